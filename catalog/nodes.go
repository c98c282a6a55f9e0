package catalog

import (
	"iter"

	"github.com/pb33f/go-yaml"
)

// The helpers below read the YAML node tree that parseYAML returns,
// keeping every node's line for messages. They see through YAML's
// aliases and merge keys (<<), which parseYAML has already counted
// against the limits, so that walking them here costs no more than the
// document was allowed to.

// deref returns the node an alias stands for, n itself for any other.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is YAML's null: `~`, `null` or nothing.
func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// isMap reports whether n is a mapping.
func isMap(n *yaml.Node) bool {
	n = deref(n)
	return n != nil && n.Kind == yaml.MappingNode
}

// pairs yields the keys and values of a mapping in document order, those
// that merge keys bring in after the mapping's own, a key given twice
// only once (its first). Anything but a mapping yields nothing.
func pairs(n *yaml.Node) iter.Seq2[*yaml.Node, *yaml.Node] {
	return func(yield func(k, v *yaml.Node) bool) {
		seen := make(map[string]bool)
		walkPairs(deref(n), seen, 0, yield)
	}
}

// walkPairs is pairs' recursion; it reports whether to go on. Merges
// nest no deeper than the document, which the limits bound.
func walkPairs(n *yaml.Node, seen map[string]bool, depth int, yield func(k, v *yaml.Node) bool) bool {
	if n == nil || n.Kind != yaml.MappingNode || depth > maxDepth {
		return true
	}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), n.Content[i+1]
		if isMerge(k) {
			merges = append(merges, deref(v))
			continue
		}
		if k.Kind == yaml.ScalarNode {
			if seen[k.Value] {
				continue
			}
			seen[k.Value] = true
		}
		if !yield(k, v) {
			return false
		}
	}
	for _, m := range merges {
		if m.Kind == yaml.SequenceNode {
			for _, c := range m.Content {
				if !walkPairs(deref(c), seen, depth+1, yield) {
					return false
				}
			}
			continue
		}
		if !walkPairs(m, seen, depth+1, yield) {
			return false
		}
	}
	return true
}

// lookup returns the value of key in the mapping n, and the key's node:
// the mapping's own key first, then one that a merge key brings in.
func lookup(n *yaml.Node, key string) (k, v *yaml.Node) {
	return lookupDepth(deref(n), key, 0)
}

func lookupDepth(n *yaml.Node, key string, depth int) (k, v *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode || depth > maxDepth {
		return nil, nil
	}
	merged := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := deref(n.Content[i])
		if k.Kind != yaml.ScalarNode {
			continue
		}
		if isMerge(k) {
			merged = true
		} else if k.Value == key {
			return k, n.Content[i+1]
		}
	}
	if !merged {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !isMerge(deref(n.Content[i])) {
			continue
		}
		m := deref(n.Content[i+1])
		from := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			from = m.Content
		}
		for _, m := range from {
			if k, v := lookupDepth(deref(m), key, depth+1); k != nil {
				return k, v
			}
		}
	}
	return nil, nil
}

// isMerge reports whether the key k is YAML's merge key, <<.
func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
}

// scalar returns the text of a scalar value, "" for anything else.
func scalar(n *yaml.Node) string {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		return ""
	}
	return n.Value
}

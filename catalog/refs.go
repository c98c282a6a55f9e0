package catalog

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pb33f/go-yaml"
)

// This file follows $refs: within the document, and to local files
// relative to the file that holds the $ref, never the network. Each file
// is read once per document and refused as a catalog would be (limits.go);
// the reading that $refs multiply (a path item or a response referred to
// from many places) counts against the same budget of nodes per byte as
// YAML's aliases, so that a small document cannot make its reading cost
// out of proportion to its size.

// A refs follows the $refs of one document.
type refs struct {
	doc   *docFile
	files map[string]*docFile // absolute path -> the file, or why it is refused
	// index holds the keys of each mapping a JSON pointer went
	// through, so that many $refs into one large mapping (components)
	// cost one pass over it.
	index map[*yaml.Node]map[string]*yaml.Node

	read   int // items read: operations, responses, $refs followed
	budget int // at most
}

// A docFile is a file of the document: the document itself or one a
// $ref reached.
type docFile struct {
	abs  string     // absolute path
	name string     // as the user would name it: relative to the document's name
	root *yaml.Node // nil for an empty file
	err  error      // why the file cannot be read
}

// A node is a YAML node and the file that holds it.
type node struct {
	file *docFile
	n    *yaml.Node
}

func (n node) pos(at *yaml.Node) Pos { return Pos{File: n.file.name, Line: at.Line} }

func newRefs(filename string, size int, root *yaml.Node) (*refs, error) {
	abs, err := filepath.Abs(filename)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filename, err)
	}
	doc := &docFile{abs: filepath.Clean(abs), name: filename, root: root}
	r := &refs{
		doc:    doc,
		files:  map[string]*docFile{doc.abs: doc},
		index:  make(map[*yaml.Node]map[string]*yaml.Node),
		budget: max(minExpansion, expansionPerByte*size),
	}
	return r, nil
}

// errorAt is an error at a node of a file of the document; in a file a
// $ref reached, it names the document too.
func (r *refs) errorAt(at node, n *yaml.Node, msg string) error {
	return fmt.Errorf("%s: %s%s", at.pos(n), msg, r.through(at.file.name))
}

func (r *refs) through(file string) string {
	if file == r.doc.name {
		return ""
	}
	return fmt.Sprintf(" (through a $ref in %s)", r.doc.name)
}

// count adds one item read, failing at n once the budget is spent.
func (r *refs) count(at node, n *yaml.Node) error {
	r.read++
	if r.read > r.budget {
		return r.errorAt(at, n, fmt.Sprintf("$refs expand the document to more than %d nodes (%d per byte of its files)", r.budget, expansionPerByte))
	}
	return nil
}

// follow returns what n stands for: n itself, or, when n is a mapping
// with a $ref, its target, followed again while it is a $ref itself.
// chain holds the mappings with a $ref met on the way, in order: the
// places for a description beside a $ref, where the first wins.
func (r *refs) follow(n node) (target node, chain []node, err error) {
	for {
		n.n = deref(n.n)
		k, v := lookup(n.n, "$ref")
		if k == nil {
			return n, chain, nil
		}
		for i, c := range chain {
			if c.n == n.n {
				// Each $ref names the next node of the circle; the
				// last one names where it closes.
				names := []string{refName(chain[len(chain)-1])}
				for _, c := range chain[i:] {
					names = append(names, refName(c))
				}
				return node{}, nil, r.errorAt(chain[i], chain[i].n, fmt.Sprintf("circular reference '%s' found during lookup: it cannot be resolved", strings.Join(names, " -> ")))
			}
		}
		if len(chain) >= maxDepth {
			return node{}, nil, r.errorAt(n, k, fmt.Sprintf("$refs nest deeper than %d levels", maxDepth))
		}
		if err := r.count(n, k); err != nil {
			return node{}, nil, err
		}
		chain = append(chain, n)
		if n, err = r.resolve(n, v); err != nil {
			return node{}, nil, err
		}
	}
}

// refName names the target of the $ref in n, in a message about a
// circle: the last token of its pointer ("NotFound" for
// #/components/responses/NotFound), else the file's name.
func refName(n node) string {
	_, v := lookup(n.n, "$ref")
	ref := scalar(v)
	file, frag, _ := strings.Cut(ref, "#")
	if i := strings.LastIndex(frag, "/"); i >= 0 && i+1 < len(frag) {
		return unescapeToken(frag[i+1:])
	}
	if file != "" {
		return filepath.Base(file)
	}
	return ref
}

// resolve returns the target of the $ref whose value is v, in the
// mapping at.
func (r *refs) resolve(at node, v *yaml.Node) (node, error) {
	v = deref(v)
	if v.Kind != yaml.ScalarNode {
		return node{}, r.errorAt(at, v, "$ref must be a string")
	}
	ref := v.Value
	fail := func(why string) (node, error) {
		return node{}, r.errorAt(at, v, fmt.Sprintf("$ref %q: %s", ref, why))
	}
	target, frag, _ := strings.Cut(ref, "#")
	file := at.file
	if target != "" {
		u, err := url.Parse(target)
		if err == nil && (u.Scheme != "" && u.Scheme != "file" || u.Host != "") || looksRemote(target) {
			return fail("only local files are read")
		}
		path := target
		if err == nil && u.Scheme == "file" {
			path = u.Path
		} else if p, err := url.PathUnescape(target); err == nil {
			path = p
		}
		path = filepath.FromSlash(path)
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(at.file.abs), path)
		}
		file = r.open(filepath.Clean(path))
		if file.err != nil {
			return fail(file.err.Error())
		}
	}
	n, ok := r.pointer(file.root, frag)
	if !ok {
		if target == "" {
			return fail("not found in the document")
		}
		return fail("not found in " + file.name)
	}
	return node{file: file, n: n}, nil
}

// looksRemote reports a target that names a host without a scheme
// ("//example.com/x.yaml").
func looksRemote(target string) bool {
	return strings.HasPrefix(target, "//")
}

// open reads the file at the absolute path abs once, refused as parseYAML
// refuses a catalog; its error names the file as the user would.
func (r *refs) open(abs string) *docFile {
	if f, ok := r.files[abs]; ok {
		return f
	}
	f := &docFile{abs: abs, name: r.nameOf(abs)}
	r.files[abs] = f
	data, err := readFile(abs)
	if err != nil {
		f.err = fmt.Errorf("%s: %v", f.name, err)
		return f
	}
	if f.root, f.err = parseYAML(f.name, data); f.err == nil {
		r.budget += expansionPerByte * len(data)
	}
	return f
}

// nameOf names the file at abs relative to the document's name, as the
// user named the document.
func (r *refs) nameOf(abs string) string {
	if abs == r.doc.abs {
		return r.doc.name
	}
	rel, err := filepath.Rel(filepath.Dir(r.doc.abs), abs)
	if err != nil {
		return abs
	}
	return filepath.Join(filepath.Dir(r.doc.name), rel)
}

// pointer follows the JSON pointer frag (RFC 6901, in a URI fragment)
// from root: "" is root itself.
func (r *refs) pointer(root *yaml.Node, frag string) (*yaml.Node, bool) {
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	n := deref(root)
	if frag == "" {
		return n, n != nil
	}
	if !strings.HasPrefix(frag, "/") || n == nil {
		return nil, false
	}
	for tok := range strings.SplitSeq(frag[1:], "/") {
		tok = unescapeToken(tok)
		switch n.Kind {
		case yaml.MappingNode:
			keys, ok := r.index[n]
			if !ok {
				keys = make(map[string]*yaml.Node)
				for k, v := range pairs(n) {
					if k.Kind == yaml.ScalarNode {
						keys[k.Value] = v
					}
				}
				r.index[n] = keys
			}
			if n, ok = keys[tok]; !ok {
				return nil, false
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Content) || tok != strconv.Itoa(i) {
				return nil, false
			}
			n = n.Content[i]
		default:
			return nil, false
		}
		n = deref(n)
	}
	return n, true
}

func unescapeToken(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

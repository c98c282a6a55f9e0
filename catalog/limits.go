package catalog

import (
	"fmt"

	"github.com/pb33f/go-yaml"
)

// A catalog, and every OpenAPI document it reaches, is repository
// content that anyone proposing a change can edit, and the linter reads
// it in every process go vet starts. These bounds refuse a document
// before reading it can cost more than a small multiple of its size.
const (
	// maxDocumentSize bounds each file: a catalog, an OpenAPI document
	// and each file reached through $ref. Large real OpenAPI documents
	// are a few MB.
	maxDocumentSize = 16 << 20
	// maxDepth bounds the nesting of mappings and sequences, which
	// recursive readers walk on the stack.
	maxDepth = 128
	// A YAML alias stands for its anchor's whole subtree, so nine
	// levels of nine aliases each expand 700 bytes into 9^9 nodes
	// ("billion laughs"). The nodes a document expands to are bounded
	// by a multiple of its size, with a floor for small documents.
	expansionPerByte = 4
	minExpansion     = 10_000
)

// A limitError says which bound a document exceeds.
type limitError struct {
	line int // 0: the whole file
	msg  string
}

// checkSize refuses a document larger than maxDocumentSize.
func checkSize(size int64) *limitError {
	if size > maxDocumentSize {
		return &limitError{msg: fmt.Sprintf("the file is %d bytes, more than the limit of %d", size, maxDocumentSize)}
	}
	return nil
}

// checkNodes walks the parsed document, counting the nodes it stands
// for once every alias is expanded, as a reader that decodes it would
// meet them, and its nesting depth. It stops at the first bound crossed,
// so its own cost stays linear in the document: each anchor's expanded
// size is computed once.
func checkNodes(root *yaml.Node, size int) *limitError {
	budget := max(minExpansion, expansionPerByte*size)
	w := nodeWalk{budget: budget, sizes: make(map[*yaml.Node]int)}
	w.walk(root, 0)
	return w.err
}

type nodeWalk struct {
	budget int
	total  int                // nodes expanded so far
	sizes  map[*yaml.Node]int // an anchored node -> its expanded size
	err    *limitError
}

// walk returns the expanded size of n and adds it to the total.
func (w *nodeWalk) walk(n *yaml.Node, depth int) int {
	if w.err != nil || n == nil {
		return 0
	}
	if depth > maxDepth {
		w.err = &limitError{line: n.Line, msg: fmt.Sprintf("nesting deeper than %d levels", maxDepth)}
		return 0
	}
	if n.Kind == yaml.AliasNode {
		size, ok := w.sizes[n.Alias]
		if !ok {
			// An alias to an anchor still open (a node holding an
			// alias of itself) is refused by the YAML parser; an
			// anchor is always walked before its aliases.
			size = 1
		}
		w.add(n, size)
		return size
	}
	size := 1
	for _, c := range n.Content {
		size += w.walk(c, depth+1)
		if w.err != nil {
			return 0
		}
	}
	if n.Kind != yaml.DocumentNode {
		w.add(n, 1)
	}
	if n.Anchor != "" {
		w.sizes[n] = size
	}
	return size
}

func (w *nodeWalk) add(n *yaml.Node, size int) {
	w.total += size
	if w.total > w.budget && w.err == nil {
		w.err = &limitError{line: n.Line, msg: fmt.Sprintf("YAML aliases expand the document to more than %d nodes (%d per byte of the file)", w.budget, expansionPerByte)}
	}
}

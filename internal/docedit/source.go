package docedit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pb33f/go-yaml"
)

// A source is one file of the document: its text, its nodes and its
// style.
type source struct {
	name  string
	text  []byte
	root  *yaml.Node // the top-level node (a mapping in a document)
	lines []int      // the offset where each line starts
	// order is the nodes in document order; a node's subtree is
	// order[index of the node : end[node]].
	order []*yaml.Node
	end   map[*yaml.Node]int
	json  bool
	style style
}

// load reads and parses a file of the document, once.
func (e *editor) load(name string) (*source, error) {
	if src := e.files[name]; src != nil {
		return src, nil
	}
	text, ok := e.texts[name]
	if !ok {
		var err error
		if text, err = os.ReadFile(name); err != nil {
			return nil, err
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		var load *yaml.LoadError
		if errors.As(err, &load) && load.Mark.Line > 0 {
			return nil, fmt.Errorf("%s:%d: %s", name, load.Mark.Line, load.Message)
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	src := &source{name: name, text: text, lines: []int{0}}
	for i, c := range text {
		if c == '\n' {
			src.lines = append(src.lines, i+1)
		}
	}
	if len(doc.Content) != 1 {
		return nil, fmt.Errorf("%s: empty document", name)
	}
	src.root = doc.Content[0]
	src.end = make(map[*yaml.Node]int)
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		src.order = append(src.order, n)
		for _, c := range n.Content {
			walk(c)
		}
		src.end[n] = len(src.order)
	}
	walk(src.root)
	// JSON: a document that is one flow mapping, from its first byte.
	src.json = src.root.Kind == yaml.MappingNode && src.root.Style&yaml.FlowStyle != 0 &&
		bytes.HasPrefix(bytes.TrimLeft(text, " \t\r\n\ufeff"), []byte("{"))
	src.style = sniff(src)
	e.files[name] = src
	return src, nil
}

// deref follows a $ref that n is ({$ref: file.yaml#/pointer}), and the
// $refs that it leads to, to the node they name and the file that holds
// it. Only local files are followed, relative to the file of the $ref.
func (e *editor) deref(src *source, n *yaml.Node) (*yaml.Node, *source, error) {
	for range 32 {
		if n.Kind == yaml.AliasNode {
			n = n.Alias
			continue
		}
		ref := lookup(n, "$ref")
		if ref == nil || ref.Kind != yaml.ScalarNode {
			return n, src, nil
		}
		from := src
		file, pointer, _ := strings.Cut(ref.Value, "#")
		if file != "" {
			if strings.Contains(file, "://") || strings.HasPrefix(file, "//") {
				return nil, nil, fmt.Errorf("%s:%d: $ref %s: only local files are edited", src.name, ref.Line, ref.Value)
			}
			other, err := e.load(filepath.Join(filepath.Dir(src.name), filepath.FromSlash(file)))
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: $ref %s: %v", src.name, ref.Line, ref.Value, err)
			}
			src = other
		}
		target, err := resolve(src.root, pointer)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: $ref %s: %v", from.name, ref.Line, ref.Value, err)
		}
		n = target
	}
	return nil, nil, fmt.Errorf("%s:%d: $refs nested too deep", src.name, n.Line)
}

// resolve follows a JSON pointer (/paths/~1orders) from root.
func resolve(root *yaml.Node, pointer string) (*yaml.Node, error) {
	pointer = unescape(pointer)
	n := root
	if pointer == "" {
		return n, nil
	}
	if pointer[0] != '/' {
		return nil, fmt.Errorf("%q is not a JSON pointer", pointer)
	}
	for _, tok := range strings.Split(pointer[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		if n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			next = lookup(n, tok)
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(tok); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
			}
		}
		if next == nil {
			return nil, fmt.Errorf("%s not found", pointer)
		}
		n = next
	}
	return n, nil
}

// unescape undoes the %XX escapes of a URI fragment.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(n))
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// offset is the offset in the text of a node's line and column.
func (src *source) offset(line, col int) int {
	if line < 1 || line > len(src.lines) {
		return len(src.text)
	}
	off := src.lines[line-1]
	// The column counts characters, not bytes.
	for i := 1; i < col && off < len(src.text) && src.text[off] != '\n'; i++ {
		_, size := utf8.DecodeRune(src.text[off:])
		off += size
	}
	return off
}

// line returns line n (from 1) without its line ending.
func (src *source) line(n int) string {
	if n < 1 || n > len(src.lines) {
		return ""
	}
	end := len(src.text)
	if n < len(src.lines) {
		end = src.lines[n] - 1
	}
	return strings.TrimSuffix(string(src.text[src.lines[n-1]:end]), "\r")
}

// lineCount is the number of lines, a last one without a newline
// included.
func (src *source) lineCount() int {
	if len(src.text) > 0 && src.text[len(src.text)-1] == '\n' {
		return len(src.lines) - 1
	}
	return len(src.lines)
}

// sniff finds how the file writes its indentation, lists and responses.
func sniff(src *source) style {
	st := style{json: src.json, nl: "\n", unit: -1, seq: -1}
	if bytes.Contains(src.text, []byte("\r\n")) {
		st.nl = "\r\n"
	}
	var walk func(n *yaml.Node, parentKey string)
	foundResp, foundPath := false, false
	walk = func(n *yaml.Node, parentKey string) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if v.Kind == yaml.MappingNode && len(v.Content) > 0 && st.unit < 0 {
					if c := v.Content[0]; c.Line > k.Line && c.Column > k.Column {
						st.unit = c.Column - k.Column
					}
				}
				if v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 && st.seq < 0 && v.Line > k.Line {
					st.seq = max(v.Column-k.Column, 0)
				}
				if parentKey == "responses" && !foundResp && order1(k.Value) {
					foundResp = true
					st.respQuote = quoteOf(k)
					st.respFlow = v.Kind == yaml.MappingNode && v.Style&yaml.FlowStyle != 0
				}
				if parentKey == "paths" && !foundPath {
					foundPath = true
					st.pathQuote = quoteOf(k)
				}
				walk(v, k.Value)
			}
		case yaml.SequenceNode, yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, "")
			}
		}
	}
	walk(src.root, "")
	if st.unit <= 0 {
		st.unit = 2
	}
	if st.seq < 0 {
		st.seq = st.unit
	}
	if !foundResp {
		st.respQuote = '\''
	}
	return st
}

func order1(key string) bool { _, ok := order(key); return ok }

// quoteOf is how a key node is quoted.
func quoteOf(k *yaml.Node) byte {
	switch {
	case k.Style&yaml.DoubleQuotedStyle != 0:
		return '"'
	case k.Style&yaml.SingleQuotedStyle != 0:
		return '\''
	}
	return 0
}

package docedit

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/pb33f/go-yaml"
)

// This file turns the entries asked for in a mapping into insertions of
// text at the places they go.

// An insertion is text to insert at an offset of a file. Where
// insertions meet, at the end of a mapping and of the one it is in, the
// inner mapping's go first: the deeper indented; then they go in the
// order they were made.
type insertion struct {
	off    int
	text   string
	indent int
}

// insertions places the pending entries of one mapping.
func (p *pending) insertions() ([]insertion, error) {
	src, m, st := p.src, p.mapping, &p.src.style
	entries := slices.Clone(p.entries)
	// Responses in code order; other keys after them, as asked.
	slices.SortStableFunc(entries, func(a, b entry) int {
		x, okA := order(a.key.text)
		y, okB := order(b.key.text)
		switch {
		case okA && okB:
			return cmp.Compare(x, y)
		case okA:
			return -1
		case okB:
			return 1
		}
		return 0
	})
	if m.Kind != yaml.MappingNode {
		// The key of an empty value: the entries are its mapping.
		return []insertion{p.afterLine(m.Line, m.Column-1+st.unit, st.block(mapping(entries...), m.Column-1+st.unit))}, nil
	}
	if m.Style&yaml.FlowStyle != 0 {
		return p.flow(entries)
	}
	keys := keysOf(m)
	col := keys[0].Column - 1
	var out []insertion
	for _, en := range entries {
		at := after(keys, en.key.text)
		text := st.block(mapping(en), col)
		var off int
		switch {
		case at < 0:
			off = src.offset(p.beforeFirst(keys[0]), 1)
		case at+1 < len(keys):
			off = src.offset(p.beforeNext(keys[at], keys[at+1]), 1)
		default:
			out = append(out, p.afterLine(p.lastLine(keys[at], m.Content[2*at+1]), col, text))
			continue
		}
		out = append(out, insertion{off, strings.ReplaceAll(text, "\n", st.nl), col})
	}
	return out, nil
}

// keysOf returns a mapping's key nodes.
func keysOf(m *yaml.Node) []*yaml.Node {
	var keys []*yaml.Node
	for i := 0; i < len(m.Content); i += 2 {
		keys = append(keys, m.Content[i])
	}
	return keys
}

// after is the index of the key that a new key goes after: for a
// response, the last key that sorts before it (-1: before them all);
// for any other key, the last.
func after(keys []*yaml.Node, k string) int {
	n, ok := order(k)
	if !ok {
		return len(keys) - 1
	}
	at, any := -1, false
	for i, key := range keys {
		if m, ok := order(key.Value); ok {
			any = true
			if m < n {
				at = i
			}
		}
	}
	if !any {
		return len(keys) - 1
	}
	return at
}

// afterLine inserts block text, indented by indent, after line n.
func (p *pending) afterLine(n, indent int, text string) insertion {
	src := p.src
	text = strings.ReplaceAll(text, "\n", src.style.nl)
	if n >= len(src.lines) {
		// After the last line: it may lack its newline.
		if len(src.text) > 0 && src.text[len(src.text)-1] != '\n' {
			text = src.style.nl + text
		}
		return insertion{len(src.text), text, indent}
	}
	return insertion{src.lines[n], text, indent}
}

// indent is the indentation of a line; -1 for a blank line.
func indent(line string) int {
	t := strings.TrimLeft(line, " ")
	if t == "" {
		return -1
	}
	return len(line) - len(t)
}

func isComment(line string) bool { return strings.HasPrefix(strings.TrimLeft(line, " "), "#") }

// beforeFirst is the line that a key before the first goes on: above
// the first key's comments.
func (p *pending) beforeFirst(first *yaml.Node) int {
	l := first.Line
	for l > 1 && isComment(p.src.line(l-1)) && indent(p.src.line(l-1)) == first.Column-1 {
		l--
	}
	return l
}

// beforeNext is the line that a key after key goes on when next follows
// it: above next's comments and the blank lines before them.
func (p *pending) beforeNext(key, next *yaml.Node) int {
	l := next.Line
	for l-1 > key.Line {
		s := p.src.line(l - 1)
		if i := indent(s); i >= 0 && !(isComment(s) && i <= key.Column-1) {
			break
		}
		l--
	}
	return l
}

// lastLine is the last line of the last entry of a block mapping, its
// value's lines and the comments indented under it included, blank
// lines and the comments after it not: the line before the next node
// of the document, or before the end of the document.
func (p *pending) lastLine(key, value *yaml.Node) int {
	src, col := p.src, key.Column-1
	next := src.lineCount() + 1
	if i := src.end[value]; i < len(src.order) {
		next = src.order[i].Line
	}
	for l := key.Line + 1; l < next; l++ {
		if s := src.line(l); strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
			next = l // the end of the document, or the start of another
			break
		}
	}
	last := next - 1
	for last > key.Line {
		s := src.line(last)
		if i := indent(s); i >= 0 && !(isComment(s) && i <= col) {
			break
		}
		last--
	}
	return last
}

// flow places the entries of a flow mapping ({...}, or any mapping of a
// JSON document): between commas, each on a line of its own where the
// mapping has its entries on lines of their own.
func (p *pending) flow(entries []entry) ([]insertion, error) {
	src, m, st := p.src, p.mapping, &p.src.style
	open := src.offset(m.Line, m.Column)
	if open >= len(src.text) || src.text[open] != '{' {
		return nil, fmt.Errorf("%s:%d: cannot find the { of this mapping", src.name, m.Line)
	}
	keys := keysOf(m)
	lineIndent := indent(src.line(m.Line))
	multi := src.json
	col := lineIndent + st.unit
	if len(keys) > 0 {
		multi = keys[0].Line > m.Line
		col = keys[0].Column - 1
	}
	render := func(en entry) string {
		switch {
		case src.json && multi:
			return jsonString(en.key.text) + ": " + strings.ReplaceAll(st.jsonText(en.value, col), "\n", st.nl)
		case src.json:
			return jsonString(en.key.text) + ": " + st.jsonText(en.value, -1)
		}
		return yamlKey(en.key, true) + ": " + st.flowYAML(en.value)
	}
	sep := " "
	if multi {
		sep = st.nl + strings.Repeat(" ", col)
	}
	if len(keys) == 0 {
		var parts []string
		for _, en := range entries {
			parts = append(parts, render(en))
		}
		text := strings.Join(parts, ", ")
		if multi {
			text = sep + strings.Join(parts, ","+sep) + st.nl + strings.Repeat(" ", lineIndent)
		}
		return []insertion{{open + 1, text, col}}, nil
	}
	var out []insertion
	for _, en := range entries {
		at := after(keys, en.key.text)
		if at < 0 {
			out = append(out, insertion{src.offset(keys[0].Line, keys[0].Column), render(en) + "," + sep, col})
			continue
		}
		v := m.Content[2*at+1]
		end, err := flowEnd(src.text, src.offset(v.Line, v.Column))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", src.name, v.Line, err)
		}
		i := end
		for i < len(src.text) && (src.text[i] == ' ' || src.text[i] == '\t') {
			i++
		}
		if i < len(src.text) && src.text[i] == ',' {
			off := i + 1
			if multi {
				// After the comma's line, whatever comment it ends with.
				rest := strings.TrimSpace(string(src.text[off:lineEnd(src.text, off)]))
				if rest == "" || rest[0] == '#' {
					off = lineEnd(src.text, off)
				}
			}
			out = append(out, insertion{off, sep + render(en) + ",", col})
			continue
		}
		out = append(out, insertion{end, "," + sep + render(en), col})
	}
	return out, nil
}

// lineEnd is the offset of the end of the line that off is on, before
// its newline.
func lineEnd(text []byte, off int) int {
	for off < len(text) && text[off] != '\n' && text[off] != '\r' {
		off++
	}
	return off
}

// flowEnd returns the offset just after the flow value that starts at
// off: a bracketed collection, a quoted string or a plain scalar.
func flowEnd(text []byte, off int) (int, error) {
	if off >= len(text) {
		return off, fmt.Errorf("a value ends the file early")
	}
	switch text[off] {
	case '"', '\'':
		return quotedEnd(text, off)
	case '{', '[':
		depth := 0
		for i := off; i < len(text); i++ {
			switch c := text[i]; c {
			case '"', '\'':
				end, err := quotedEnd(text, i)
				if err != nil {
					return 0, err
				}
				i = end - 1
			case '#':
				if i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\n') {
					i = lineEnd(text, i) - 1
				}
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, nil
				}
			}
		}
		return 0, fmt.Errorf("a %c is not closed", text[off])
	}
	i := off
	for i < len(text) && !strings.ContainsRune(",]}\n\r", rune(text[i])) {
		if text[i] == '#' && (text[i-1] == ' ' || text[i-1] == '\t') {
			break
		}
		i++
	}
	for i > off && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i, nil
}

// quotedEnd returns the offset after the quoted string at off.
func quotedEnd(text []byte, off int) (int, error) {
	q := text[off]
	for i := off + 1; i < len(text); i++ {
		switch {
		case q == '"' && text[i] == '\\':
			i++
		case text[i] == q && q == '\'' && i+1 < len(text) && text[i+1] == '\'':
			i++
		case text[i] == q:
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("a %c string is not closed", q)
}

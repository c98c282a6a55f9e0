package docedit

import (
	"strconv"
	"strings"

	"github.com/pb33f/go-yaml"
)

// A value is what is added under a key: a string, a mapping or a list,
// rendered in the style of the place it goes.
type value struct {
	kind   valueKind
	scalar string // kind scalar: the string; kind literal: true, a number
	keys   []key  // kind mapping
	vals   []*value
	items  []*value // kind list
	// flow: in YAML, this mapping is written on one line, {...}, as its
	// siblings are.
	flow bool
}

type valueKind uint8

const (
	scalarValue  valueKind = iota // a string
	literalValue                  // true: never quoted
	mappingValue
	listValue
)

// A key is a mapping key and how YAML is to quote it: a double quote,
// a single quote, or 0 for plain (quoted anyway where plain would not
// read back as the string). JSON quotes every key.
type key struct {
	text  string
	quote byte
}

func plainKey(s string) key { return key{text: s} }

func str(s string) *value { return &value{kind: scalarValue, scalar: s} }

func mapping(entries ...entry) *value {
	v := &value{kind: mappingValue}
	for _, e := range entries {
		v.keys = append(v.keys, e.key)
		v.vals = append(v.vals, e.value)
	}
	return v
}

// get returns the value under key k of a mapping.
func (v *value) get(k string) *value {
	for i, x := range v.keys {
		if x.text == k {
			return v.vals[i]
		}
	}
	return nil
}

// merge adds w's entries that v lacks to v, for two asks of one new
// path item or operation; mappings under the same key merge in turn.
func (v *value) merge(w *value) {
	if v.kind != mappingValue || w.kind != mappingValue {
		return
	}
	for i, k := range w.keys {
		if x := v.get(k.text); x != nil {
			x.merge(w.vals[i])
			continue
		}
		// A response goes in code order among the added ones.
		at := len(v.keys)
		if n, ok := order(k.text); ok {
			for j, o := range v.keys {
				if m, ok := order(o.text); ok && m > n {
					at = j
					break
				}
			}
		}
		v.keys = insertAt(v.keys, at, k)
		v.vals = insertAt(v.vals, at, w.vals[i])
	}
}

func insertAt[T any](s []T, i int, x T) []T {
	s = append(s, x)
	copy(s[i+1:], s[i:])
	s[i] = x
	return s
}

// A style is how a file writes what is added to it.
type style struct {
	json bool
	nl   string // "\n", or "\r\n" in a file that ends its lines so
	unit int    // the indentation step
	// seq is how far a list's dashes are indented under their key: 0 or
	// unit, as the file's first block list.
	seq int
	// respQuote and respFlow are how the file's first response key is
	// quoted and whether its value is a flow map: for the responses of
	// a new operation.
	respQuote byte
	respFlow  bool
	// pathQuote is how the file's first path is quoted.
	pathQuote byte
}

// block renders a mapping in YAML block style, its keys at indent.
func (st *style) block(v *value, indent int) string {
	var b strings.Builder
	pad := strings.Repeat(" ", indent)
	for i, k := range v.keys {
		b.WriteString(pad + yamlKey(k, false) + ":")
		x := v.vals[i]
		switch {
		case x.kind == mappingValue && !x.flow && len(x.keys) > 0:
			b.WriteString("\n" + st.block(x, indent+st.unit))
		case x.kind == listValue && len(x.items) > 0:
			b.WriteString("\n")
			for _, it := range x.items {
				b.WriteString(st.item(it, indent+st.seq))
			}
		default:
			b.WriteString(" " + st.flowYAML(x) + "\n")
		}
	}
	return b.String()
}

// item renders a list item in block style, its dash at indent.
func (st *style) item(v *value, indent int) string {
	if v.kind != mappingValue || v.flow || len(v.keys) == 0 {
		return strings.Repeat(" ", indent) + "- " + st.flowYAML(v) + "\n"
	}
	s := st.block(v, indent+2)
	return strings.Repeat(" ", indent) + "- " + s[indent+2:]
}

// flowYAML renders a value on one line in YAML flow style.
func (st *style) flowYAML(v *value) string {
	switch v.kind {
	case literalValue:
		return v.scalar
	case mappingValue:
		parts := make([]string, len(v.keys))
		for i, k := range v.keys {
			parts[i] = yamlKey(k, true) + ": " + st.flowYAML(v.vals[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case listValue:
		parts := make([]string, len(v.items))
		for i, it := range v.items {
			parts[i] = st.flowYAML(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return yamlScalar(v.scalar, true)
}

// jsonText renders a value as JSON: over several lines, the closing
// bracket at indent, when indent >= 0; on one line when it is -1.
func (st *style) jsonText(v *value, indent int) string {
	open, close := "{", "}"
	var parts []string
	switch v.kind {
	case literalValue:
		return v.scalar
	case scalarValue:
		return jsonString(v.scalar)
	case mappingValue:
		for i, k := range v.keys {
			parts = append(parts, jsonString(k.text)+": "+st.jsonText(v.vals[i], next(indent, st.unit)))
		}
	case listValue:
		open, close = "[", "]"
		for _, it := range v.items {
			parts = append(parts, st.jsonText(it, next(indent, st.unit)))
		}
	}
	if len(parts) == 0 {
		return open + close
	}
	if indent < 0 {
		return open + strings.Join(parts, ", ") + close
	}
	inner := strings.Repeat(" ", indent+st.unit)
	return open + "\n" + inner + strings.Join(parts, ",\n"+inner) + "\n" + strings.Repeat(" ", indent) + close
}

func next(indent, unit int) int {
	if indent < 0 {
		return -1
	}
	return indent + unit
}

// jsonString quotes s as JSON does, without escaping HTML.
func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20:
			b.WriteString(`\u00` + strconv.FormatInt(int64(r)>>4, 16) + strconv.FormatInt(int64(r)&15, 16))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// yamlKey writes a key as its quote says, in a flow mapping or a block
// one.
func yamlKey(k key, flow bool) string {
	switch k.quote {
	case '\'':
		return "'" + strings.ReplaceAll(k.text, "'", "''") + "'"
	case '"':
		return strconv.Quote(k.text)
	}
	if plainReadsBack(k.text, flow) || isCode(k.text) {
		return k.text
	}
	return strconv.Quote(k.text)
}

// yamlScalar writes a string plain where it reads back as itself, else
// double-quoted.
func yamlScalar(s string, flow bool) string {
	if plainReadsBack(s, flow) {
		return s
	}
	return strconv.Quote(s)
}

// plainReadsBack reports whether s written plain, in a flow mapping or
// in a block one, reads back as the string s.
func plainReadsBack(s string, flow bool) bool {
	if s == "" || strings.ContainsAny(s, "\n\r\t") || strings.TrimSpace(s) != s {
		return false
	}
	text := "k: " + s
	if flow {
		text = "{k: " + s + "}"
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil || len(n.Content) != 1 {
		return false
	}
	m := n.Content[0]
	if m.Kind != yaml.MappingNode || len(m.Content) != 2 {
		return false
	}
	v := m.Content[1]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == s
}

// isCode reports whether a key is a status code's three digits, which a
// document may write plain (200:) though YAML reads it as a number.
func isCode(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil && len(s) == 3
}

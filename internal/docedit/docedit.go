package docedit

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pb33f/go-yaml"

	"github.com/httpstatuslint/httpstatus/internal/statustext"
)

// An Operation is what to add for one operation of a document: a
// response for each of Codes that its responses map does not have, and
// the operation itself, in a new path item if need be, when the document
// does not have it.
type Operation struct {
	// Method is the HTTP method (GET); the operation's key is its lower
	// case.
	Method string
	// Path is the path as the document writes it under `paths`, or, for
	// a new path, as it is to be written: /orders/{id}.
	Path string
	// Codes are the status codes to document, each 100 to 599.
	Codes []int
}

// A File is a file of the document, the document itself or one that its
// $refs reach, with its text before and after the edit.
type File struct {
	// Name is the file's path: the document's as given to Edit, or the
	// $ref's joined to the directory of the file that holds it.
	Name     string
	Old, New []byte
}

// Edit returns the files of the OpenAPI document at path that adding ops
// changes, with their new text, in order of name. It writes nothing. A
// document that does not parse, or whose $refs lead nowhere, is an error
// naming the file and the line.
func Edit(path string, ops []Operation) ([]File, error) {
	files, err := edit(path, ops, nil)
	if err != nil || len(files) == 0 {
		return files, err
	}
	// The edited files, read again, must have everything in place: a
	// layout that the insertions misread (YAML that only a lenient
	// parser takes, a value less indented than its key) must not become
	// a broken document, nor one that a second run would add to again.
	edited := make(map[string][]byte)
	for _, f := range files {
		edited[f.Name] = f.New
	}
	again, err := edit(path, ops, edited)
	if err == nil && len(again) > 0 {
		err = fmt.Errorf("what was added is not where it belongs")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot add to this document as it is laid out: %v", path, err)
	}
	return files, nil
}

// edit is Edit, reading the files named in texts from there.
func edit(path string, ops []Operation, texts map[string][]byte) ([]File, error) {
	e := &editor{files: make(map[string]*source), empty: make(map[*yaml.Node]bool), texts: texts}
	src, err := e.load(path)
	if err != nil {
		return nil, err
	}
	for _, op := range ops {
		if err := e.add(src, op); err != nil {
			return nil, err
		}
	}
	return e.apply()
}

// Description is the description of an added response: the status text
// of code, as net/http's http.StatusText gives it.
func Description(code int) string {
	if t := statustext.Text(code); t != "" {
		return t
	}
	return "Status " + strconv.Itoa(code)
}

// editor collects the insertions into the files of one document.
type editor struct {
	files map[string]*source
	// empty are the keys whose value is empty (`responses:`), each the
	// stand-in for the mapping that the entries asked for under it start.
	empty map[*yaml.Node]bool
	// texts are files' texts to read in place of theirs on disk.
	texts map[string][]byte
	// pending are the entries to add to each mapping, in the order they
	// were first asked for.
	pending []*pending
}

// pending is the entries to add to one mapping of a file.
type pending struct {
	src     *source
	mapping *yaml.Node // a mapping node, or the key of an empty value
	entries []entry
}

// An entry is a key and the value to add under it.
type entry struct {
	key   key
	value *value
}

// add asks for op's responses, and its operation and path item when the
// document lacks them.
func (e *editor) add(src *source, op Operation) error {
	codes := slices.Clone(op.Codes)
	slices.Sort(codes)
	codes = slices.Compact(codes)
	for _, c := range codes {
		if c < 100 || c > 599 {
			return fmt.Errorf("%s %s: status code %d is outside 100-599", op.Method, op.Path, c)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	method := strings.ToLower(op.Method)
	root := src.root
	if err := e.mappingAt(src, root, "the document"); err != nil {
		return err
	}
	paths, psrc, err := e.get(src, root, "paths")
	if err != nil {
		return err
	}
	if paths == nil {
		item := e.pathItem(src, op.Path, op.Method, codes)
		e.queue(src, root, entry{plainKey("paths"), mapping(entry{e.pathKey(src, nil, op.Path), item})})
		return nil
	}
	if err := e.mappingAt(psrc, paths, "paths"); err != nil {
		return err
	}
	item, isrc, err := e.get(psrc, paths, op.Path)
	if err != nil {
		return err
	}
	if item == nil {
		e.queue(psrc, paths, entry{e.pathKey(psrc, paths, op.Path), e.pathItem(psrc, op.Path, op.Method, codes)})
		return nil
	}
	if err := e.mappingAt(isrc, item, op.Path); err != nil {
		return err
	}
	opKey := method
	if !fixedMethod(method) {
		// OpenAPI 3.2 puts the other methods under additionalOperations,
		// as they are written.
		opKey = op.Method
		extra, xsrc, err := e.get(isrc, item, "additionalOperations")
		if err != nil {
			return err
		}
		if extra == nil {
			e.queue(isrc, item, entry{plainKey("additionalOperations"), mapping(entry{plainKey(opKey), e.operation(isrc, item, op.Path, codes)})})
			return nil
		}
		if err := e.mappingAt(xsrc, extra, "additionalOperations of "+op.Path); err != nil {
			return err
		}
		item, isrc = extra, xsrc
	}
	opNode, osrc, err := e.get(isrc, item, opKey)
	if err != nil {
		return err
	}
	if opNode == nil {
		e.queue(isrc, item, entry{plainKey(opKey), e.operation(isrc, item, op.Path, codes)})
		return nil
	}
	if err := e.mappingAt(osrc, opNode, op.Method+" "+op.Path); err != nil {
		return err
	}
	resp, rsrc, err := e.get(osrc, opNode, "responses")
	if err != nil {
		return err
	}
	if resp == nil {
		e.queue(osrc, opNode, entry{plainKey("responses"), e.responses(osrc, nil, codes)})
		return nil
	}
	if err := e.mappingAt(rsrc, resp, "`responses` of "+op.Method+" "+op.Path); err != nil {
		return err
	}
	for _, c := range codes {
		k := strconv.Itoa(c)
		if lookup(resp, k) != nil {
			continue
		}
		e.queue(rsrc, resp, entry{responseKey(rsrc, resp, c), e.response(rsrc, resp, c)})
	}
	return nil
}

// mappingAt refuses a node that entries cannot be added to: one that
// is not a mapping, nor the key of an empty value.
func (e *editor) mappingAt(src *source, n *yaml.Node, what string) error {
	if n.Kind == yaml.MappingNode || e.empty[n] {
		return nil
	}
	return fmt.Errorf("%s:%d: %s is not a mapping", src.name, n.Line, what)
}

// queue asks for an entry in a mapping; an entry of that key already
// asked for gets the new value's entries merged into its own.
func (e *editor) queue(src *source, m *yaml.Node, en entry) {
	var p *pending
	for _, q := range e.pending {
		if q.src == src && q.mapping == m {
			p = q
		}
	}
	if p == nil {
		p = &pending{src: src, mapping: m}
		e.pending = append(e.pending, p)
	}
	for i := range p.entries {
		if p.entries[i].key.text == en.key.text {
			p.entries[i].value.merge(en.value)
			return
		}
	}
	p.entries = append(p.entries, en)
}

// get returns the value of key in the mapping m of src, following a
// $ref it is, and the file that holds it; nil when m has no such key.
func (e *editor) get(src *source, m *yaml.Node, key string) (*yaml.Node, *source, error) {
	m, src, err := e.deref(src, m)
	if err != nil || m == nil {
		return nil, nil, err
	}
	v := lookup(m, key)
	if v == nil {
		return nil, nil, nil
	}
	if isNull(v) {
		// An empty value (`responses:`) is where the entries go.
		if v.Value != "" || src.json {
			return nil, nil, fmt.Errorf("%s:%d: %s is null: write a mapping there first", src.name, v.Line, key)
		}
		k := keyNode(m, key)
		e.empty[k] = true
		return k, src, nil
	}
	return e.deref(src, v)
}

// An empty-valued key stands for its mapping-to-be: keyNode returns it.
func keyNode(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i]
		}
	}
	return nil
}

// lookup returns the value of key in mapping m, nil if it has none.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// fixedMethod reports whether a path item has a field of its own for a
// method (in lower case).
func fixedMethod(m string) bool {
	switch m {
	case "get", "put", "post", "delete", "options", "head", "patch", "trace", "query":
		return true
	}
	return false
}

// order is where a response key sorts among codes: a code at itself, a
// class such as 4XX after its codes, default after every code; ok is
// false for any other key.
func order(key string) (int, bool) {
	if key == "default" {
		return 1000, true
	}
	if len(key) == 3 && key[0] >= '1' && key[0] <= '5' && strings.EqualFold(key[1:], "xx") {
		return int(key[0]-'0')*100 + 99, true
	}
	if n, err := strconv.Atoi(key); err == nil && len(key) == 3 {
		return n, true
	}
	return 0, false
}

// apply makes the insertions and returns the files they change.
func (e *editor) apply() ([]File, error) {
	ins := make(map[*source][]insertion)
	for _, p := range e.pending {
		list, err := p.insertions()
		if err != nil {
			return nil, err
		}
		ins[p.src] = append(ins[p.src], list...)
	}
	var files []File
	for src, list := range ins {
		slices.SortStableFunc(list, func(a, b insertion) int {
			return cmp.Or(cmp.Compare(a.off, b.off), cmp.Compare(b.indent, a.indent))
		})
		var b strings.Builder
		last := 0
		for _, in := range list {
			b.Write(src.text[last:in.off])
			b.WriteString(in.text)
			last = in.off
		}
		b.Write(src.text[last:])
		files = append(files, File{Name: src.name, Old: src.text, New: []byte(b.String())})
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	return files, nil
}

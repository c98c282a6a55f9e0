package docedit

import (
	"strconv"
	"strings"

	"github.com/pb33f/go-yaml"
)

// This file builds what is added: a response, a responses map, an
// operation skeleton and a path item, each in the style of the file it
// goes into.

// response is the value of an added response, {description: TEXT}: a
// flow map where the responses beside it are flow maps.
func (e *editor) response(src *source, resp *yaml.Node, code int) *value {
	v := mapping(entry{plainKey("description"), str(Description(code))})
	v.flow = src.style.respFlow
	if resp != nil && resp.Kind == yaml.MappingNode {
		for i := 1; i < len(resp.Content); i += 2 {
			if s := resp.Content[i]; s.Kind == yaml.MappingNode {
				v.flow = s.Style&yaml.FlowStyle != 0
				break
			}
		}
	}
	return v
}

// responseKey is an added response's key, quoted as the responses beside
// it are, or as the file's first response is.
func responseKey(src *source, resp *yaml.Node, code int) key {
	k := key{text: strconv.Itoa(code), quote: src.style.respQuote}
	if resp != nil && resp.Kind == yaml.MappingNode {
		for i := 0; i < len(resp.Content); i += 2 {
			if s := resp.Content[i]; order1(s.Value) {
				k.quote = quoteOf(s)
				break
			}
		}
	}
	return k
}

// responses is a new responses map with a response for each code.
func (e *editor) responses(src *source, resp *yaml.Node, codes []int) *value {
	v := mapping()
	for _, c := range codes {
		v.keys = append(v.keys, responseKey(src, resp, c))
		v.vals = append(v.vals, e.response(src, resp, c))
	}
	return v
}

// operation is a new operation: the parameters of its path that its
// path item does not declare, then its responses.
func (e *editor) operation(src *source, item *yaml.Node, path string, codes []int) *value {
	op := mapping()
	var params []string
	for _, name := range pathParams(path) {
		if !declares(item, name) {
			params = append(params, name)
		}
	}
	if len(params) > 0 {
		list := &value{kind: listValue}
		swagger := lookup(src.root, "swagger") != nil
		for _, name := range params {
			p := mapping(
				entry{plainKey("name"), str(name)},
				entry{plainKey("in"), str("path")},
				entry{plainKey("required"), &value{kind: literalValue, scalar: "true"}},
			)
			if swagger {
				// Swagger 2.0 types a parameter in place.
				p.keys = append(p.keys, plainKey("type"))
				p.vals = append(p.vals, str("string"))
			} else {
				p.keys = append(p.keys, plainKey("schema"))
				p.vals = append(p.vals, mapping(entry{plainKey("type"), str("string")}))
			}
			list.items = append(list.items, p)
		}
		op.keys = append(op.keys, plainKey("parameters"))
		op.vals = append(op.vals, list)
	}
	op.keys = append(op.keys, plainKey("responses"))
	op.vals = append(op.vals, e.responses(src, nil, codes))
	return op
}

// pathItem is a new path item with one operation, under
// additionalOperations for a method that has no field of its own.
func (e *editor) pathItem(src *source, path, method string, codes []int) *value {
	op := e.operation(src, nil, path, codes)
	if m := strings.ToLower(method); fixedMethod(m) {
		return mapping(entry{plainKey(m), op})
	}
	return mapping(entry{plainKey("additionalOperations"), mapping(entry{plainKey(method), op})})
}

// declares reports whether a path item declares a path parameter of
// that name for all its operations.
func declares(item *yaml.Node, name string) bool {
	if item == nil {
		return false
	}
	params := lookup(item, "parameters")
	if params == nil || params.Kind != yaml.SequenceNode {
		return false
	}
	for _, p := range params.Content {
		if n, in := lookup(p, "name"), lookup(p, "in"); n != nil && in != nil && n.Value == name && in.Value == "path" {
			return true
		}
	}
	return false
}

// pathKey is a new path's key, quoted as the paths beside it are.
func (e *editor) pathKey(src *source, paths *yaml.Node, path string) key {
	k := key{text: path, quote: src.style.pathQuote}
	if paths != nil && paths.Kind == yaml.MappingNode && len(paths.Content) > 0 {
		k.quote = quoteOf(paths.Content[0])
	}
	return k
}

// pathParams are the names of a path template's parameters, in order.
func pathParams(path string) []string {
	var names []string
	for {
		open := strings.IndexByte(path, '{')
		if open < 0 {
			return names
		}
		end := strings.IndexByte(path[open:], '}')
		if end < 0 {
			return names
		}
		names = append(names, path[open+1:open+end])
		path = path[open+end+1:]
	}
}

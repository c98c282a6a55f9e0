package catalog

import (
	"fmt"
	"strings"

	"github.com/pb33f/go-yaml"
)

// This file reads what the linter needs of an OpenAPI 3.0, 3.1 or 3.2
// document, or of a Swagger 2.0 one: the operations under `paths`, each
// with its method, path template and response keys, where they are
// written. Everything else (schemas, parameters, security) is left
// unread, so that a document costs little more than its parsing, which
// matters because every process go vet starts may read it.

// methods are the operations a path item holds, by version: OpenAPI 3.2
// adds query (and additionalOperations, read apart); Swagger 2.0 has no
// trace.
var (
	methods3       = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"}
	methodsSwagger = []string{"get", "put", "post", "delete", "options", "head", "patch"}
)

// readOpenAPI reads the document in data, which parseYAML has parsed to
// root (and so checked against the limits).
func readOpenAPI(filename string, data []byte, root *yaml.Node) (*OpenAPI, error) {
	if !isMap(root) {
		return nil, fmt.Errorf("%s: not an OpenAPI 3 document: no `openapi: 3.x.y` version", filename)
	}
	r, err := newRefs(filename, len(data), root)
	if err != nil {
		return nil, err
	}
	top := node{file: r.doc, n: deref(root)}
	doc := &OpenAPI{File: filename}
	_, version := lookup(top.n, "swagger")
	swagger := version != nil
	if !swagger {
		_, version = lookup(top.n, "openapi")
	}
	doc.Version = scalar(version)
	if doc.BasePath, err = r.basePath(top, swagger); err != nil {
		return nil, err
	}
	methods := methods3
	if swagger {
		methods = methodsSwagger
	}

	_, paths := lookup(top.n, "paths")
	switch p := deref(paths); {
	case isNull(p):
		return doc, nil
	case p.Kind == yaml.SequenceNode && len(p.Content) == 0:
		// `paths: []`, as some generators write it: no paths.
		return doc, nil
	case p.Kind != yaml.MappingNode:
		return nil, errorAt(filename, p, "`paths` must map paths to path items")
	}
	for k, v := range pairs(paths) {
		if k.Kind != yaml.ScalarNode {
			return nil, errorAt(filename, k, "a path under `paths` must be a string")
		}
		if strings.HasPrefix(k.Value, "x-") {
			continue // an extension
		}
		item, _, err := r.follow(node{file: r.doc, n: v})
		if err != nil {
			return nil, err
		}
		if isNull(item.n) {
			continue
		}
		if item.n.Kind != yaml.MappingNode {
			return nil, r.errorAt(item, item.n, fmt.Sprintf("the path item of %s must be a mapping", k.Value))
		}
		pos := Pos{File: filename, Line: k.Line}
		for mk, mv := range pairs(item.n) {
			if mk.Kind != yaml.ScalarNode {
				continue
			}
			switch {
			case mk.Value == "additionalOperations" && !swagger:
				if !isNull(mv) && !isMap(mv) {
					return nil, r.errorAt(item, deref(mv), "`additionalOperations` must map methods to operations")
				}
				for ak, av := range pairs(mv) {
					if ak.Kind != yaml.ScalarNode {
						return nil, r.errorAt(item, ak, "a method under `additionalOperations` must be a string")
					}
					if err := r.operation(doc, pos, k.Value, ak.Value, node{file: item.file, n: av}); err != nil {
						return nil, err
					}
				}
			case isMethod(methods, mk.Value):
				if err := r.operation(doc, pos, k.Value, mk.Value, node{file: item.file, n: mv}); err != nil {
					return nil, err
				}
			}
		}
	}
	return doc, nil
}

func isMethod(methods []string, key string) bool {
	for _, m := range methods {
		if m == key {
			return true
		}
	}
	return false
}

// operation adds the operation op, the method of path at pos, with its
// responses: the codes and ranges in document order, then `default`.
//
// The operation and its responses may be $refs too, which OpenAPI does
// not provide for but documents split into files use and libopenapi
// reads.
func (r *refs) operation(doc *OpenAPI, pos Pos, path, method string, op node) error {
	op, _, err := r.follow(op)
	if err != nil || isNull(op.n) {
		return err
	}
	method = strings.ToUpper(method)
	if op.n.Kind != yaml.MappingNode {
		return r.errorAt(op, op.n, fmt.Sprintf("the operation %s %s must be a mapping", method, path))
	}
	if err := r.count(op, op.n); err != nil {
		return err
	}
	o := Operation{Method: method, Path: path, Pos: pos}
	_, responses := lookup(op.n, "responses")
	rs, _, err := r.follow(node{file: op.file, n: responses})
	if err != nil {
		return err
	}
	if !isNull(rs.n) && rs.n.Kind != yaml.MappingNode {
		return r.errorAt(rs, rs.n, fmt.Sprintf("the responses of %s %s must map status codes to responses", method, path))
	}
	var dflt *Response
	for k, v := range pairs(rs.n) {
		if k.Kind != yaml.ScalarNode {
			return r.errorAt(rs, k, fmt.Sprintf("a response key of %s %s must be a status code", method, path))
		}
		if strings.HasPrefix(k.Value, "x-") {
			continue // an extension
		}
		resp := Response{Key: k.Value, Pos: rs.pos(k)}
		if err := r.count(rs, k); err != nil {
			return err
		}
		target, chain, err := r.follow(node{file: rs.file, n: v})
		if err != nil {
			return err
		}
		if !isNull(target.n) && target.n.Kind != yaml.MappingNode {
			return r.errorAt(target, target.n, fmt.Sprintf("the response %s of %s %s must be a mapping", k.Value, method, path))
		}
		resp.Description = description(target, chain)
		if k.Value == "default" {
			dflt = &resp
			continue
		}
		o.Responses = append(o.Responses, resp)
	}
	if dflt != nil {
		o.Responses = append(o.Responses, *dflt)
	}
	doc.Operations = append(doc.Operations, o)
	return nil
}

// description is a response's description: the first beside a $ref of
// its chain, where OpenAPI 3.1 allows one, else the referenced
// response's own.
func description(target node, chain []node) string {
	for _, ref := range chain {
		if _, d := lookup(ref.n, "description"); d != nil && deref(d).Kind == yaml.ScalarNode {
			return scalar(d)
		}
	}
	_, d := lookup(target.n, "description")
	return scalar(d)
}

package conform

import (
	"strings"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/routes"
)

// This file matches routes to the operations of an OpenAPI document.

// A Match is a route and the operations it serves.
type Match struct {
	Route routes.Route
	// Ops are the operations the route serves, in document order; none
	// for a route the document does not have.
	Ops []*catalog.Operation
	// Unchecked says why the route is not matched, "" when it is: a
	// path or method that is not a constant.
	Unchecked string
}

// MatchRoutes matches each route to the operations it serves: the same
// path template once the path of the document's first server is taken
// off the front (parameter names and a trailing slash the document
// does not have do not count), and the same method; a
// route with no method serves every method of its path, and a GET route
// serves HEAD too unless a route of its own serves it.
func MatchRoutes(doc *catalog.OpenAPI, rs []routes.Route) []Match {
	byPath := make(map[string][]*catalog.Operation)
	for i := range doc.Operations {
		op := &doc.Operations[i]
		k := template(op.Path)
		byPath[k] = append(byPath[k], op)
	}
	// The paths where a route serves HEAD itself.
	head := make(map[string]bool)
	for _, r := range rs {
		if m := strings.ToUpper(r.Method); m == "HEAD" || m == frameworks.AnyMethod {
			if p, ok := relative(doc, r.Path); ok {
				head[key(byPath, p)] = true
			}
		}
	}
	matches := make([]Match, 0, len(rs))
	for _, r := range rs {
		m := Match{Route: r}
		method := strings.ToUpper(r.Method)
		switch {
		case strings.Contains(r.Path, "<"):
			m.Unchecked = "its path is not a constant"
		case strings.Contains(method, "<"):
			m.Unchecked = "its method is not a constant"
		default:
			p, ok := relative(doc, r.Path)
			if !ok {
				break
			}
			k := key(byPath, p)
			for _, op := range byPath[k] {
				if method == frameworks.AnyMethod || op.Method == method || op.Method == "HEAD" && method == "GET" && !head[k] {
					m.Ops = append(m.Ops, op)
				}
			}
		}
		matches = append(matches, m)
	}
	return matches
}

// key returns the template of the document's path that a route's path
// serves: its own, or, when the document has no such path, the same
// path with or without a trailing slash. The routers disagree on a
// trailing slash (chi serves /orders with the "/" route of a router
// mounted there, fiber ignores it, gin and net/http redirect to it),
// and a route registered as "/" under a prefix is the prefix's
// operation.
func key(byPath map[string][]*catalog.Operation, path string) string {
	k := template(path)
	if _, ok := byPath[k]; ok || k == "/" {
		return k
	}
	other := k + "/"
	if strings.HasSuffix(k, "/") {
		other = strings.TrimSuffix(k, "/")
	}
	if _, ok := byPath[other]; ok {
		return other
	}
	return k
}

// relative returns a route's path below the path of the document's first
// server, and whether it is below it.
func relative(doc *catalog.OpenAPI, path string) (string, bool) {
	if doc.BasePath == "" {
		return path, true
	}
	rest, ok := strings.CutPrefix(path, doc.BasePath)
	if !ok || rest != "" && rest[0] != '/' {
		return "", false
	}
	if rest == "" {
		rest = "/"
	}
	return rest, true
}

// template returns a path template with its parameters' names left out,
// so that /orders/{id} and /orders/{orderID} are the same path.
func template(path string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(path, '{')
		if open < 0 {
			b.WriteString(path)
			return b.String()
		}
		end := strings.IndexByte(path[open:], '}')
		if end < 0 {
			b.WriteString(path)
			return b.String()
		}
		b.WriteString(path[:open+1])
		b.WriteByte('}')
		path = path[open+end+1:]
	}
}

// DocumentPath returns where a route's path is documented under the
// document's `paths`: the path of the operations it serves, as the
// document writes it, or, when the document has no such path, the
// route's own path below the path of the first server; ok is false for
// a path that is not below the server's.
func DocumentPath(doc *catalog.OpenAPI, path string) (docPath string, ok bool) {
	p, ok := relative(doc, path)
	if !ok {
		return "", false
	}
	byPath := make(map[string][]*catalog.Operation)
	for i := range doc.Operations {
		op := &doc.Operations[i]
		byPath[template(op.Path)] = append(byPath[template(op.Path)], op)
	}
	if ops := byPath[key(byPath, p)]; len(ops) > 0 {
		return ops[0].Path, true
	}
	return p, true
}

// Template returns a path with its parameters' names left out: two paths
// with the same template are one path to OpenAPI (/orders/{id} and
// /orders/{orderID}).
func Template(path string) string { return template(path) }

package main

import (
	"bytes"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/baseline"
	"github.com/httpstatuslint/httpstatus/internal/written"
	"github.com/httpstatuslint/httpstatus/routes"
)

// This file holds what httpstatus routes adds when a package's catalog is
// an OpenAPI document: each route against the operations it serves, the
// operations no route serves, and what -check counts as a difference.

// A row is an entry of the route table: a route, with the result of its
// check when its package's catalog is an OpenAPI document, or (Unserved)
// an operation of such a document that no route serves. Without an
// OpenAPI document only the route's own fields are set, so its JSON is
// the route's.
type row struct {
	routes.Route
	verdict
}

// verdict is what a row adds to its route: the result of the check.
type verdict struct {
	// OpenAPI is the document the route is checked against.
	OpenAPI string `json:"openapi,omitempty"`
	// Operations are the operations the route serves, or, for an
	// unserved entry, the operation.
	Operations []operation `json:"operations,omitempty"`
	// NotInDocument: the route's method and path match no operation.
	NotInDocument bool `json:"undocumented_route,omitempty"`
	// Unchecked says why the route is not checked: a path or method
	// that is not a constant, a catalog that is not an OpenAPI document.
	Unchecked string `json:"unchecked,omitempty"`
	// Unserved: the entry is an operation that no route serves. Its
	// method and path are the operation's (the path under the server's
	// path, as a route would register it), its posn is the operation's
	// file:line in the document, and it has no handler and no codes.
	Unserved bool `json:"unserved,omitempty"`
	// Silenced: the registration is where the linter's findings are
	// silenced (//nolint:httpstatus, //httpstatus:ignore, a generated
	// file), so the route's differences do not count for -check.
	Silenced bool `json:"silenced,omitempty"`
	// Differs: -check counts this entry as a difference.
	Differs bool `json:"differs,omitempty"`
}

// MarshalJSON writes the route's fields, then the verdict's: a route
// without a check has the JSON of a route alone.
func (x row) MarshalJSON() ([]byte, error) {
	return routes.MarshalJSON(struct {
		routes.RouteJSON
		verdict
	}{x.Route.JSON(), x.verdict})
}

// A posn is a position that JSON writes as "file:line:col".
type posn token.Position

func (p posn) MarshalText() ([]byte, error) { return []byte(written.Posn(token.Position(p))), nil }

// catalogPosn is the position of a line of an OpenAPI document.
func catalogPosn(p catalog.Pos) token.Position {
	return token.Position{Filename: p.File, Line: p.Line}
}

// An operation is an operation of the document that a route serves, and
// how the codes the route's handler can write differ from its responses.
type operation struct {
	Method string `json:"method"`
	// Path is the path template as the document writes it, under the
	// path of its first server.
	Path string `json:"path"`
	// Posn is the line of the operation's path in the document.
	Posn posn `json:"posn"`
	// Documented are the operation's response keys, in document order.
	Documented []string `json:"documented"`
	// Undocumented are the codes the handler can write that the
	// operation does not document, each with where it is written.
	Undocumented []undocumented `json:"undocumented,omitempty"`
	// Unwritten are the response keys that no code written falls under
	// (never default).
	Unwritten []string `json:"unwritten,omitempty"`
}

// undocumented is a code that an operation does not document, with the
// places where it is written.
type undocumented struct {
	Code  int    `json:"code"`
	Posns []posn `json:"posns"`
}

// A routeTable is the routes of the packages in order, then the
// operations no route serves.
type routeTable struct {
	rows []row
	// checked: some package's catalog is an OpenAPI document, so the
	// routes are shown against it.
	checked bool
	// hints are printed under the table: what the user can set when the
	// document and the routes do not meet at all (see baseHints).
	hints []string
}

// buildTable puts together the results of the root packages: the routes
// in order, each with its check when its catalog is an OpenAPI document,
// then the operations of those documents that no route of any package
// serves, by document and in document order.
func buildTable(results []*conform.Result) routeTable {
	var t routeTable
	// The routers some package mounts: their unmounted routes are
	// listed where they are mounted.
	mounted := make(map[string]bool)
	for _, res := range results {
		if res.OpenAPI != nil {
			t.checked = true
		}
		for _, m := range res.Mounts {
			mounted[m] = true
		}
	}

	// The operations that some route serves, by document.
	served := make(map[*catalog.OpenAPI]map[*catalog.Operation]bool)
	var docs []*catalog.OpenAPI
	for _, res := range results {
		doc := res.OpenAPI
		if doc == nil {
			for _, r := range res.Routes {
				if mounted[r.Unmounted] {
					continue
				}
				x := row{Route: r}
				if t.checked {
					x.Unchecked = "its catalog is not an OpenAPI document"
				}
				t.rows = append(t.rows, x)
			}
			continue
		}
		if served[doc] == nil {
			served[doc] = make(map[*catalog.Operation]bool)
			docs = append(docs, doc)
		}
		for _, m := range res.Matches {
			if mounted[m.Route.Unmounted] {
				continue
			}
			for _, op := range m.Ops {
				served[doc][op] = true
			}
			x := checkRoute(doc, m)
			if pos, _ := m.Route.At(); pos.IsValid() && res.Checks != nil && !res.Checks(pos) {
				x.Silenced, x.Differs = true, false
			}
			t.rows = append(t.rows, x)
		}
	}
	slices.SortStableFunc(t.rows, func(a, b row) int { return routes.CompareRoutes(a.Route, b.Route) })
	t.hints = baseHints(docs, t.rows)
	// Packages that share a catalog share its document; two catalogs
	// naming one file each read it, so a document is known by its file.
	slices.SortStableFunc(docs, func(a, b *catalog.OpenAPI) int { return strings.Compare(a.File, b.File) })
	seen := make(map[string]bool)
	for _, doc := range docs {
		if seen[doc.File] {
			continue
		}
		seen[doc.File] = true
		for i := range doc.Operations {
			op := &doc.Operations[i]
			if servedAnywhere(served, doc.File, op) {
				continue
			}
			t.rows = append(t.rows, row{
				Route: routes.Route{
					Method: op.Method,
					Path:   fullPath(doc, op),
					Posn:   catalogPosn(op.Pos),
					Codes:  []written.Code{},
				},
				verdict: verdict{
					OpenAPI:    doc.File,
					Operations: []operation{{Method: op.Method, Path: op.Path, Posn: posn(catalogPosn(op.Pos)), Documented: op.Keys()}},
					Unserved:   true,
					Differs:    true,
				},
			})
		}
	}
	return t
}

// servedAnywhere reports whether a route of any package serves the
// operation of the document in file at op's method and path.
func servedAnywhere(served map[*catalog.OpenAPI]map[*catalog.Operation]bool, file string, op *catalog.Operation) bool {
	for doc, ops := range served {
		if doc.File != file {
			continue
		}
		for o := range ops {
			if o.Method == op.Method && o.Path == op.Path {
				return true
			}
		}
	}
	return false
}

// fullPath is an operation's path as a route registers it: under the path
// of the document's first server.
func fullPath(doc *catalog.OpenAPI, op *catalog.Operation) string {
	return strings.TrimSuffix(doc.BasePath, "/") + op.Path
}

// checkRoute compares a route with the operations it serves.
func checkRoute(doc *catalog.OpenAPI, m conform.Match) row {
	x := row{Route: m.Route, verdict: verdict{OpenAPI: doc.File, Unchecked: m.Unchecked}}
	if m.Unchecked != "" {
		return x
	}
	if len(m.Ops) == 0 {
		x.NotInDocument = true
		x.Differs = true
		return x
	}
	unknown := x.hasUnknown()
	for _, op := range m.Ops {
		d := conform.Compare(op, m.Route.Codes)
		o := operation{Method: op.Method, Path: op.Path, Posn: posn(catalogPosn(op.Pos)),
			Documented: op.Keys(), Unwritten: d.Unwritten}
		for _, w := range d.Undocumented {
			u := undocumented{Code: w.Code}
			for _, p := range w.Posns {
				u.Posns = append(u.Posns, posn(p))
			}
			o.Undocumented = append(o.Undocumented, u)
		}
		// A code that is not known statically may be any of the keys
		// that no known code writes: they are shown, but only a route
		// whose codes are all known is held to them.
		if len(o.Undocumented) > 0 || len(o.Unwritten) > 0 && !unknown {
			x.Differs = true
		}
		x.Operations = append(x.Operations, o)
	}
	return x
}

// hasUnknown reports whether the route can write a code that is not
// known statically.
func (x *row) hasUnknown() bool {
	return slices.ContainsFunc(x.Codes, func(c written.Code) bool { return !c.Known() })
}

// differences counts the differences that -check fails on, by kind.
type differences struct {
	routes, codes, unwritten, unserved int
	docs                               []string
	// baseline, when set, is the baseline file that records the other
	// differences.
	baseline string
}

func countDifferences(t routeTable) differences {
	var d differences
	eachDifference(t, func(e baseline.Entry) { d.add(e.Kind, e.Document) })
	return d
}

// add counts a difference of the kind in the document.
func (d *differences) add(kind, doc string) {
	if !slices.Contains(d.docs, filepath.Base(doc)) {
		d.docs = append(d.docs, filepath.Base(doc))
	}
	switch kind {
	case baseline.Route:
		d.routes++
	case baseline.Undocumented:
		d.codes++
	case baseline.Unwritten:
		d.unwritten++
	case baseline.Unserved:
		d.unserved++
	}
}

// eachDifference calls f with each difference that -check fails on: a
// route the document lacks (the route's method and path), and, by the
// operation's method and path, each code written that it does not
// document, each key it documents that no code written falls under (on
// a route whose codes are all known), and an operation no route serves.
// An operation that two routes serve has its differences once per route.
func eachDifference(t routeTable, f func(baseline.Entry)) {
	for _, x := range t.rows {
		if !x.Differs {
			continue
		}
		switch {
		case x.Unserved:
			o := x.Operations[0]
			f(baseline.Entry{Document: x.OpenAPI, Method: o.Method, Path: o.Path, Kind: baseline.Unserved})
			continue
		case x.NotInDocument:
			path, _ := cells(x.Route)
			f(baseline.Entry{Document: x.OpenAPI, Method: x.Method, Path: path, Kind: baseline.Route})
		}
		for _, o := range x.Operations {
			for _, u := range o.Undocumented {
				f(baseline.Entry{Document: x.OpenAPI, Method: o.Method, Path: o.Path, Kind: baseline.Undocumented, Code: strconv.Itoa(u.Code)})
			}
			if x.hasUnknown() {
				continue
			}
			for _, key := range o.Unwritten {
				f(baseline.Entry{Document: x.OpenAPI, Method: o.Method, Path: o.Path, Kind: baseline.Unwritten, Code: key})
			}
		}
	}
}

func (d differences) total() int { return d.routes + d.codes + d.unwritten + d.unserved }

// String is the line -check prints when the routes differ from their
// documents.
func (d differences) String() string {
	var parts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(d.routes, "route not in the document", "routes not in the document")
	add(d.codes, "code written but not documented for its operation", "codes written but not documented for their operations")
	add(d.unwritten, "documented code never written", "documented codes never written")
	add(d.unserved, "operation no route serves", "operations no route serves")
	var beyond string
	if d.baseline != "" {
		beyond = " in what " + d.baseline + " does not record"
	}
	return fmt.Sprintf("the routes differ from %s%s: %s", strings.Join(d.docs, ", "), beyond, strings.Join(parts, ", "))
}

// printChecked writes the table of routes checked against their OpenAPI
// documents: the plain table with a DOCUMENTED column (the response keys
// of the operations each route serves) and a last column of notes, then
// the operations no route serves. A note that -check counts as a
// difference starts with "!"; one it does not count starts with "?".
func printChecked(w io.Writer, rows []row) {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	line := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")) }
	line("METHOD", "PATH", "HANDLER", "DOCUMENTED", "CODES", "")
	var unserved []row
	for _, x := range rows {
		if x.Unserved {
			unserved = append(unserved, x)
			continue
		}
		path, handler := cells(x.Route)
		// Name an operation in a note only where the route serves more
		// than one or one of another method (GET serving HEAD).
		qualify := len(x.Operations) > 1 || len(x.Operations) == 1 && x.Operations[0].Method != x.Method
		var docs []string
		switch {
		case x.Unchecked != "":
			docs = []string{"?"}
		case x.NotInDocument:
			docs = []string{"-"}
		}
		for _, o := range x.Operations {
			keys := strings.Join(o.Documented, ", ")
			if keys == "" {
				keys = "none"
			}
			if qualify {
				keys = o.Method + ": " + keys
			}
			docs = append(docs, keys)
		}
		// A silenced route's differences are shown as what -check does
		// not count.
		bang := "! "
		if x.Silenced {
			bang = "? "
		}
		codes, notes := []string{"-"}, []string{""}
		if len(x.Codes) > 0 {
			codes, notes = nil, nil
			for _, c := range x.Codes {
				codes = append(codes, code(c))
				notes = append(notes, undocumentedNote(x, c.Code, qualify, bang))
			}
		}
		switch {
		case x.Unchecked != "":
			notes[0] = "? not checked: " + x.Unchecked
		case x.NotInDocument:
			notes[0] = bang + "not in " + filepath.Base(x.OpenAPI)
		}
		for i := range max(len(docs), len(codes), len(handler)) {
			cells := []string{"", "", at(handler, i), at(docs, i), at(codes, i), at(notes, i)}
			if i == 0 {
				cells[0], cells[1] = x.Method, path
			}
			line(cells...)
		}
		if x.Silenced {
			line("", "", "", "", "", "? silenced at the registration: -check does not count this route")
		}
		for _, o := range x.Operations {
			for _, key := range o.Unwritten {
				note := bang + key + " documented, never written"
				if x.hasUnknown() {
					note = "? " + key + " documented, written only if an unknown code is"
				}
				if qualify {
					note += " (" + o.Method + ")"
				}
				line("", "", "", "", "", note)
			}
		}
	}
	if len(unserved) > 0 {
		line()
		line("Operations no route serves:")
		line("METHOD", "PATH", "DOCUMENTED", "DECLARED", "")
		for _, x := range unserved {
			line(x.Method, x.Path, strings.Join(x.Operations[0].Documented, ", "), written.Posn(x.Posn), "! no route")
		}
	}
	tw.Flush()
	for l := range strings.Lines(buf.String()) {
		fmt.Fprintln(w, strings.TrimRight(l, " \n"))
	}
}

// undocumentedNote is the note on a code the route can write: which of
// its operations do not document it.
func undocumentedNote(x row, code int, qualify bool, bang string) string {
	var ops []string
	for _, o := range x.Operations {
		if slices.ContainsFunc(o.Undocumented, func(u undocumented) bool { return u.Code == code }) {
			ops = append(ops, o.Method)
		}
	}
	switch {
	case len(ops) == 0:
		return ""
	case qualify:
		return bang + "not documented (" + strings.Join(ops, ", ") + ")"
	}
	return bang + "not documented"
}

func at(cells []string, i int) string {
	if i < len(cells) {
		return cells[i]
	}
	return ""
}

// baseHints returns, for each document whose first server has a path
// (https://petstore.example.com/api), a hint when routes are checked
// against it, none of them is under that path and none serves an
// operation: the usual cause is a gateway or proxy that adds the path,
// so the code mounts the document's paths at the root, which a catalog
// file's base says. Only then, since a route that serves an operation
// shows the base is right for it.
func baseHints(docs []*catalog.OpenAPI, rows []row) []string {
	var hints []string
	seen := make(map[string]bool)
	for _, doc := range docs {
		if doc.BasePath == "" || seen[doc.File] {
			continue
		}
		seen[doc.File] = true
		checked, under := 0, false
		for _, x := range rows {
			if x.OpenAPI != doc.File || x.Unserved || x.Unchecked != "" {
				continue
			}
			checked++
			if len(x.Operations) > 0 || below(x.Path, doc.BasePath) {
				under = true
				break
			}
		}
		if checked > 0 && !under {
			hints = append(hints, fmt.Sprintf("no route is under %s, where the first server of %s puts its paths; "+
				"if a gateway or proxy adds %s in front of the service, set `base: /` beside `openapi:` in the catalog file (.httpstatus.yaml)",
				doc.BasePath, filepath.Base(doc.File), doc.BasePath))
		}
	}
	return hints
}

// below reports whether path is base or under it.
func below(path, base string) bool {
	rest, ok := strings.CutPrefix(path, base)
	return ok && (rest == "" || rest[0] == '/')
}

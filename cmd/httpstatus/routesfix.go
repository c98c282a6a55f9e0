package main

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/diff"
	"github.com/httpstatuslint/httpstatus/internal/docedit"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file is httpstatus routes -fix: it adds to each OpenAPI document
// what the route table finds missing from it (package docedit edits the
// text), and with -diff prints the change instead of writing it.

// A fix is what -fix adds to one document, and what it leaves.
type fix struct {
	doc *catalog.OpenAPI
	ops []docedit.Operation
	// newPaths are the paths added for routes, by template: a second
	// route on the same template goes under the first one's path, as
	// OpenAPI has one path per template.
	newPaths map[string]string
	// left are the differences -fix cannot mend, one line each.
	left []string
}

// planFixes gathers, per document, the responses and operations to add:
// for each route whose differences -check counts, a response for each
// code written that its operation does not document, and the operation
// for a route the document does not have. A code outside 100-599 cannot
// be documented, nor a route outside the server's path, nor one whose
// codes are none of them known: those are left, and said.
func planFixes(results []*conform.Result, t routeTable) []*fix {
	byFile := make(map[string]*fix)
	var fixes []*fix
	for _, res := range results {
		if res.OpenAPI != nil && byFile[res.OpenAPI.File] == nil {
			f := &fix{doc: res.OpenAPI}
			byFile[res.OpenAPI.File] = f
			fixes = append(fixes, f)
		}
	}
	slices.SortFunc(fixes, func(a, b *fix) int { return strings.Compare(a.doc.File, b.doc.File) })
	for _, x := range t.rows {
		f := byFile[x.OpenAPI]
		if f == nil || !x.Differs || x.Unserved {
			continue
		}
		if x.NotInDocument {
			f.addRoute(x)
			continue
		}
		for _, o := range x.Operations {
			var codes []int
			for _, u := range o.Undocumented {
				if u.Code < catalog.MinCode || u.Code > catalog.MaxCode {
					f.left = append(f.left, fmt.Sprintf("%s %s: %d is not a status code (100-599), so it is not documented", o.Method, o.Path, u.Code))
					continue
				}
				codes = append(codes, u.Code)
			}
			if len(codes) > 0 {
				f.ops = append(f.ops, docedit.Operation{Method: o.Method, Path: o.Path, Codes: codes})
			}
		}
	}
	return fixes
}

// addRoute asks for the operation of a route the document lacks: its
// method (GET for a route of every method, which then serves it) under
// its path, with a response for each valid code it writes.
func (f *fix) addRoute(x row) {
	method := strings.ToUpper(x.Method)
	if method == "*" {
		method = "GET"
	}
	path, ok := conform.DocumentPath(f.doc, x.Path)
	if !ok {
		f.left = append(f.left, fmt.Sprintf("route %s %s is outside the server's path %s, so it is not added", x.Method, x.Path, f.doc.BasePath))
		return
	}
	if f.newPaths == nil {
		f.newPaths = make(map[string]string)
	}
	if p, ok := f.newPaths[conform.Template(path)]; ok {
		path = p
	} else {
		f.newPaths[conform.Template(path)] = path
	}
	var codes []int
	for _, c := range x.Codes {
		if c.Code >= catalog.MinCode && c.Code <= catalog.MaxCode {
			codes = append(codes, c.Code)
		}
	}
	if len(codes) == 0 {
		f.left = append(f.left, fmt.Sprintf("route %s %s writes no code known statically, so it is not added", x.Method, x.Path))
		return
	}
	f.ops = append(f.ops, docedit.Operation{Method: method, Path: path, Codes: codes})
}

// runFixes edits the documents, or with showDiff prints the change as a
// unified diff on stdout; it reports on stderr what it wrote and what it
// could not add.
func runFixes(fixes []*fix, showDiff bool, wd string, stdout, stderr io.Writer) int {
	for _, f := range fixes {
		name := rel(f.doc.File, wd)
		files, err := docedit.Edit(f.doc.File, f.ops)
		if err != nil {
			fmt.Fprintln(stderr, "httpstatus routes:", err)
			return routesError
		}
		if len(files) == 0 && !showDiff {
			fmt.Fprintf(stderr, "httpstatus routes: %s: nothing to add\n", name)
		}
		for _, file := range files {
			if showDiff {
				n := rel(file.Name, wd)
				fmt.Fprint(stdout, diff.Unified(n+" (old)", n+" (new)", string(file.Old), string(file.New)))
				continue
			}
			mode := os.FileMode(0o644)
			if fi, err := os.Stat(file.Name); err == nil {
				mode = fi.Mode().Perm()
			}
			if err := os.WriteFile(file.Name, file.New, mode); err != nil {
				fmt.Fprintln(stderr, "httpstatus routes:", err)
				return routesError
			}
			fmt.Fprintf(stderr, "httpstatus routes: wrote %s\n", rel(file.Name, wd))
		}
		for _, l := range f.left {
			fmt.Fprintf(stderr, "httpstatus routes: %s: %s\n", name, l)
		}
	}
	return routesOK
}

// rel is a file's name relative to dir when it is under it.
func rel(name, dir string) string {
	return written.Relative(token.Position{Filename: name}, dir).Filename
}

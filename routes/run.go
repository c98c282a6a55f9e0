package routes

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

func run(pass *analysis.Pass, status *analysis.Analyzer) (any, error) {
	res := new(Result)
	w := resolve(pass.Pkg)
	if w == nil || isStd(pass.Pkg.Path()) {
		return res, nil
	}
	found, _ := pass.ResultOf[status].(*analyzer.Result)
	if found == nil {
		found = new(analyzer.Result)
	}
	s := &state{
		pass:    pass,
		w:       w,
		writes:  found.Writes(),
		writeAt: make(map[ast.Expr]bool),
		decls:   make(map[*types.Func]*ast.FuncDecl),
		sums:    make(map[ast.Node]*writes),
		ext:     make(map[*types.Func]*writes),
		regs:    make(map[*types.Func][]relRoute),
		done:    make(map[*ast.FuncDecl]bool),
	}
	for _, w := range s.writes {
		s.writeAt[w.Status] = true
	}
	var decls []*ast.FuncDecl
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				decls = append(decls, fd)
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					s.decls[obj] = fd
				}
			}
		}
	}
	// Every function's codes, so that each gets its fact; then the routes.
	for _, fd := range decls {
		s.nodeWrites(fd)
	}
	for _, fd := range decls {
		s.walkDecl(fd)
	}
	for _, r := range s.routes {
		r.Path = openAPI(r.Path)
		if r.Codes == nil {
			r.Codes = []Code{} // an empty list in JSON, not null
		}
		res.Routes = append(res.Routes, r)
	}
	Sort(res.Routes)
	return res, nil
}

// isStd reports whether path is a standard library package's: its first
// element has no dot. The standard library's handlers are not followed
// into: what it writes is known from the sink table (http.Error,
// http.Redirect, http.RedirectHandler), and its positions would change
// with every Go release.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// Sort puts routes in order of path, method and position.
func Sort(routes []Route) {
	slices.SortStableFunc(routes, func(a, b Route) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Method, b.Method),
			strings.Compare(a.Host, b.Host), comparePosn(a.Posn, b.Posn))
	})
}

package routes

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/internal/std"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

func run(pass *analysis.Pass, status *analysis.Analyzer) (any, error) {
	res := new(Result)
	world := resolveWorld(pass.Pkg)
	// The standard library's handlers are not followed into: what it
	// writes is known from the sink table (http.Error, http.Redirect,
	// http.RedirectHandler), and its positions would change with every
	// Go release.
	if world == nil || std.Is(pass.Pkg.Path()) {
		return res, nil
	}
	found, _ := pass.ResultOf[status].(*analyzer.Result)
	if found == nil {
		found = new(analyzer.Result)
	}
	s := &state{
		pass:        pass,
		world:       world,
		status:      found,
		writeAt:     make(map[ast.Expr]bool),
		nodes:       make(map[*types.Func]*fnode),
		litNodes:    make(map[*ast.FuncLit]*fnode),
		ext:         make(map[*types.Func]*writes),
		extAnswers:  make(map[*types.Func]*answers),
		groupParams: make(map[*types.Func]groups),
		mounted:     make(map[*types.Func]bool),
		errVars:     make(map[*types.Var]int),
		generated:   generatedFiles(pass),
	}
	for _, wr := range found.Writes() {
		s.writeAt[wr.Status] = true
	}
	s.coded = s.codedErrors()
	s.errorVars()
	// One walk of each body that the summaries need: every function's
	// when the package registers routes, else those that take part in a
	// response, the only ones with codes to summarize.
	forRoutes := s.registersAny()
	var nodes, decls []*fnode
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if !forRoutes {
				obj, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if obj == nil || !s.responds(obj.Signature()) && !s.answersErrors(obj, obj.Signature()) && s.yieldMethods(obj.Signature()) == nil {
					continue
				}
			}
			fns := s.collect(fd, forRoutes)
			if fns[0].obj != nil {
				s.nodes[fns[0].obj] = fns[0]
			}
			nodes = append(nodes, fns...)
			decls = append(decls, fns[0])
		}
	}
	order := s.order(nodes)
	// The codes, then the facts, once final.
	for _, f := range nodes {
		s.initSummary(f)
	}
	s.solve(phaseCodes, order, s.summarize)
	for _, f := range decls {
		if f.obj != nil && f.responds && (len(f.sum.Codes) > 0 || f.sum.Always || len(f.sum.Calls)+len(f.sum.Forwards) > 0) {
			pass.ExportObjectFact(f.obj, &f.sum)
		}
		if f.obj != nil && f.errs && len(f.ans.Codes)+len(f.ans.Coded) > 0 {
			pass.ExportObjectFact(f.obj, &f.ans)
		}
		if f.obj != nil && len(f.yieldFor) > 0 {
			pass.ExportObjectFact(f.obj, &yields{f.yld})
		}
	}
	if !forRoutes {
		return res, nil
	}
	// The routes, with the codes final.
	order = slices.DeleteFunc(order, func(f *fnode) bool { return f.lit != nil })
	s.solve(phaseRoutes, order, s.walkRoutes)
	for _, f := range order {
		if f.obj != nil && len(f.rel)+len(f.uses) > 0 {
			pass.ExportObjectFact(f.obj, &registers{f.rel, f.uses})
		}
		if f.obj != nil {
			if g := s.groupOf(f.obj); g.Path >= 0 {
				pass.ExportObjectFact(f.obj, &g)
			}
		}
		for _, r := range f.abs {
			r.Path = openAPI(r.Path)
			if r.Codes == nil {
				r.Codes = []written.Code{} // an empty list in JSON, not null
			}
			res.Routes = append(res.Routes, r)
		}
	}
	// The routers that exported functions and methods build and return,
	// and those that exported methods register on their receiver's
	// router, that nothing here mounts or calls: listed from their root,
	// marked, the receiver's prefix as its field. Not those of a
	// generated file: a generated server offers a function per way of
	// mounting it (oapi-codegen's Handler, HandlerFromMux and the
	// others), and its routes are listed where the user's code calls the
	// one it uses.
	for _, f := range order {
		if f.obj == nil || !f.obj.Exported() || s.mounted[f.obj] || s.inGenerated(f.obj) {
			continue
		}
		for _, rr := range f.rel {
			if !unmountable(rr) {
				continue
			}
			r := rr.Route
			r.Path, r.Method = render(r.Path), render(r.Method)
			finishPattern(&r)
			r.Codes = written.Normalize(append(slices.Clone(r.Codes), unknowns(rr.Calls)...))
			r.Path = openAPI(r.Path)
			r.Unmounted = f.obj.FullName()
			if r.Codes == nil {
				r.Codes = []written.Code{}
			}
			res.Routes = append(res.Routes, r)
		}
	}
	for fn := range s.mounted {
		if fn.Pkg() != s.pass.Pkg {
			res.Mounts = append(res.Mounts, fn.FullName())
		}
	}
	slices.Sort(res.Mounts)
	Sort(res.Routes)
	return res, nil
}

// unmountable reports whether a function's route can be listed where the
// function is not called: one on the router it returns, or one on its
// receiver's that waits only for the receiver's prefix.
func unmountable(rr relRoute) bool {
	switch rr.Param {
	case -1:
		return !isTemplate(rr.Route, rr.HandlerArg)
	case recvParam:
		return isRelay(rr)
	}
	return false
}

// registersAny reports whether the package uses a registration method of
// a router or a function of another package that registers routes. A
// package that uses neither registers no route in any of its functions,
// and its bodies need no walk: most packages that import net/http.
func (s *state) registersAny() bool {
	for _, obj := range s.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		fn = fn.Origin()
		if s.world.row(fn) != nil {
			return true
		}
		var f registers
		if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg && s.pass.ImportObjectFact(fn, &f) {
			return true
		}
	}
	return false
}

// errorVars exports the statusError facts of the package's error
// variables: var ErrNotFound = NewHTTPError(http.StatusNotFound).
func (s *state) errorVars() {
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := s.pass.TypesInfo.Defs[name].(*types.Var)
					if !ok || !types.Implements(v.Type(), errorType) {
						continue
					}
					if code := s.constantError(vs.Values[i]); code != 0 {
						s.errVars[v] = code
						s.pass.ExportObjectFact(v, &statusError{code})
					}
				}
			}
		}
	}
}

// constantError returns the code of an error made by a call whose status
// argument is one constant, or by a literal that stores one into a
// status field of the table (echo v5's &httpError{http.StatusNotFound});
// 0 for any other expression.
func (s *state) constantError(e ast.Expr) int {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if lit, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
			return s.literalError(lit)
		}
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return s.literalError(lit)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return 0
	}
	for _, wr := range s.status.WritesIn(call) {
		if len(wr.Codes) == 1 && !wr.Forwarded {
			return int(wr.Codes[0].Value)
		}
	}
	return 0
}

// literalError returns the constant a struct literal stores into a
// status field, keyed or positional; 0 when it stores none.
func (s *state) literalError(lit *ast.CompositeLit) int {
	info := s.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return 0
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return 0
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				field, _ = info.Uses[key].(*types.Var)
			}
			elt = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field == nil || !s.world.statusFields[field.Origin()] {
			continue
		}
		if v := constant.ToInt(info.Types[elt].Value); v.Kind() == constant.Int {
			if code, exact := constant.Int64Val(v); exact {
				return int(code)
			}
		}
	}
	return 0
}

// errorCode returns the code of an error variable with a statusError
// fact, 0 for any other expression.
func (s *state) errorCode(e ast.Expr) int {
	v, ok := usedObject(s.pass.TypesInfo, e).(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return 0
	}
	if v.Pkg() == s.pass.Pkg {
		return s.errVars[v]
	}
	var f statusError
	if s.pass.ImportObjectFact(v, &f) {
		return f.Code
	}
	return 0
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// Sort puts routes in order of path, method and position.
func Sort(routes []Route) { slices.SortStableFunc(routes, CompareRoutes) }

// CompareRoutes orders two routes by path, method, host and position, as
// Sort does.
func CompareRoutes(a, b Route) int {
	return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Method, b.Method),
		strings.Compare(a.Host, b.Host), written.ComparePosn(a.Posn, b.Posn))
}

// inGenerated reports whether fn is declared in a generated file of the
// package.
func (s *state) inGenerated(fn *types.Func) bool {
	return fn.Pkg() == s.pass.Pkg && s.generated[s.pass.Fset.File(fn.Pos())]
}

// generatedFiles returns the package's files that a tool generated (a
// "Code generated ... DO NOT EDIT." comment).
func generatedFiles(pass *analysis.Pass) map[*token.File]bool {
	files := make(map[*token.File]bool)
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			files[pass.Fset.File(f.Pos())] = true
		}
	}
	return files
}

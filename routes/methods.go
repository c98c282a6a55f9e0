package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file finds the parts of a function that run only for some
// request methods (a CORS middleware's preflight branch,
// if r.Method == http.MethodOptions { ... }), so that a code written
// there counts only for the routes that can see those methods.

// A methodRegion is a part of a function's body that runs only for some
// request methods: a branch of an if or a case of a switch on the
// request's method, or the rest of a block after an if that returns for
// the other methods. methods is as written.Code's Methods.
type methodRegion struct {
	pos, end token.Pos
	methods  string
}

// readsMethod reports whether e reads the request's method: r.Method,
// c.Request.Method, c.Method(), string(ctx.Method()).
func (s *state) readsMethod(e ast.Expr) bool {
	info := s.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return s.world.methodReads[info.Uses[e.Sel]]
	case *ast.CallExpr:
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return s.readsMethod(e.Args[0]) // string(ctx.Method())
		}
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		return ok && s.world.methodReads[fn] && s.world.methodTests[fn] == ""
	}
	return false
}

// methodTest returns the methods a condition tests the request's method
// against, and whether it holds for them (==, a || of ==, ctx.IsGet())
// or for every other method (!=, a && of !=, !ctx.IsGet()); ok is false
// for any other condition.
func (s *state) methodTest(cond ast.Expr) (methods []string, eq, ok bool) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		if fn, isFn := typeutil.Callee(s.pass.TypesInfo, c).(*types.Func); isFn && s.world.methodTests[fn] != "" {
			return []string{s.world.methodTests[fn]}, true, true
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			m, eq, ok := s.methodTest(c.X)
			return m, !eq, ok
		}
	}
	b, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin {
		return nil, false, false
	}
	switch b.Op {
	case token.EQL, token.NEQ:
		x, y := b.X, b.Y
		if !s.readsMethod(x) {
			x, y = y, x
		}
		m, isConst := s.methodConst(y)
		if !s.readsMethod(x) || !isConst {
			return nil, false, false
		}
		return []string{m}, b.Op == token.EQL, true
	case token.LOR, token.LAND:
		mx, eqx, okx := s.methodTest(b.X)
		my, eqy, oky := s.methodTest(b.Y)
		// r.Method == "GET" || r.Method == "HEAD", and its negation.
		if okx && oky && eqx == eqy && eqx == (b.Op == token.LOR) {
			return append(mx, my...), eqx, true
		}
	}
	return nil, false, false
}

// methodConst returns the string constant e, a method.
func (s *state) methodConst(e ast.Expr) (string, bool) {
	tv, ok := s.pass.TypesInfo.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return strings.ToUpper(constant.StringVal(tv.Value)), true
}

// methodsText writes a set of methods as written.Code's Methods.
func methodsText(methods []string, eq bool) string {
	slices.Sort(methods)
	text := strings.Join(slices.Compact(methods), " ")
	if !eq {
		text = "!" + text
	}
	return text
}

// methodRegions returns the parts of body that run only for some
// request methods.
func (s *state) methodRegions(body *ast.BlockStmt) []methodRegion {
	var out []methodRegion
	add := func(n ast.Node, methods []string, eq bool) {
		if n != nil {
			out = append(out, methodRegion{n.Pos(), n.End(), methodsText(methods, eq)})
		}
	}
	// rest adds the regions after an if that returns for the methods it
	// tests: the rest of the block runs for the others.
	rest := func(stmts []ast.Stmt, end token.Pos) {
		for _, st := range stmts {
			ifs, ok := st.(*ast.IfStmt)
			if !ok || ifs.Else != nil || ifs.Init != nil || !returns(ifs.Body) {
				continue
			}
			if methods, eq, ok := s.methodTest(ifs.Cond); ok {
				out = append(out, methodRegion{ifs.End(), end, methodsText(methods, !eq)})
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			rest(n.List, n.End()) // the end of a body, where a handler finishes, too
		case *ast.CaseClause:
			rest(n.Body, n.End())
		case *ast.IfStmt:
			if methods, eq, ok := s.methodTest(n.Cond); ok {
				add(n.Body, methods, eq)
				add(n.Else, methods, !eq)
			}
		case *ast.SwitchStmt:
			s.switchRegions(n, add)
		}
		return true
	})
	return out
}

// switchRegions adds the cases of a switch on the request's method
// (switch r.Method { case http.MethodGet: ... }) or of a switch whose
// cases test it, the default case taking the methods no case names.
func (s *state) switchRegions(sw *ast.SwitchStmt, add func(ast.Node, []string, bool)) {
	var named []string
	var dflt ast.Node
	for _, st := range sw.Body.List {
		cc := st.(*ast.CaseClause)
		if cc.List == nil {
			dflt = cc
			continue
		}
		var methods []string
		for _, e := range cc.List {
			var m []string
			var ok bool
			if sw.Tag != nil && s.readsMethod(sw.Tag) {
				var c string
				c, ok = s.methodConst(e)
				m = []string{c}
			} else if sw.Tag == nil {
				var eq bool
				m, eq, ok = s.methodTest(e)
				ok = ok && eq
			}
			if !ok {
				return // a case that is not a method: the switch is on something else
			}
			methods = append(methods, m...)
		}
		named = append(named, methods...)
		add(cc, methods, true)
	}
	if dflt != nil && len(named) > 0 {
		add(dflt, named, false)
	}
}

// returns reports whether a block ends in a return.
func returns(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// methodsAt returns the methods the innermost region around pos runs
// for, "" when none is around it.
func methodsAt(regions []methodRegion, pos token.Pos) string {
	methods, span := "", token.Pos(-1)
	for _, r := range regions {
		if r.pos <= pos && pos < r.end && (span < 0 || r.end-r.pos < span) {
			methods, span = r.methods, r.end-r.pos
		}
	}
	return methods
}

// guard gives codes written at pos the methods of the region around it,
// where they have none of their own.
func guard(codes []written.Code, regions []methodRegion, pos token.Pos) []written.Code {
	m := methodsAt(regions, pos)
	if m == "" {
		return codes
	}
	out := slices.Clone(codes)
	for i := range out {
		if out[i].Methods == "" {
			out[i].Methods = m
		}
	}
	return out
}

// forMethod returns the codes a route for method can write: a GET route
// never runs a branch for OPTIONS. A route for every method, or for a
// method that is not a constant, can write them all; a GET route serves
// HEAD too (net/http's patterns do, and the check matches HEAD
// operations to it). A wrapper's method, known where it is called,
// keeps them all until then.
func forMethod(codes []written.Code, method string) []written.Code {
	if method == frameworks.AnyMethod || strings.HasPrefix(method, "<") || hasMarkers(method) {
		return codes
	}
	sees := []string{method}
	if method == "GET" {
		sees = append(sees, "HEAD")
	}
	return slices.DeleteFunc(codes, func(c written.Code) bool {
		if c.Methods == "" {
			return false
		}
		not := strings.HasPrefix(c.Methods, "!")
		set := strings.Fields(strings.TrimPrefix(c.Methods, "!"))
		for _, m := range sees {
			if slices.Contains(set, m) != not {
				return false // m runs it
			}
		}
		return true
	})
}

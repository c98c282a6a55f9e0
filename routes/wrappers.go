package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file makes registration wrappers of functions that pass their
// path, pattern or handler parameter on to a registration, as status
// wrappers are sinks: func (s *Server) route(pattern string, h
// http.HandlerFunc) { s.mux.HandleFunc(pattern, logged(h)) } registers,
// where it is called (s.route("GET /orders/{id}", s.get)), the route of
// the pattern and handler given there, with what it wraps around the
// handler. Its route is a template: the parameters' places in its path
// and method are markers, filled in at each call with the arguments (a
// caller that passes its own parameter on is a wrapper in turn), and its
// handler is the argument of HandlerArg. A wrapper that registers on a
// field of its receiver registers on the receiver, whose prefix is what
// the receiver's group methods join into its prefix field
// (func (b *Bundle) Group(p string) *Bundle { return &Bundle{mux: b.mux,
// prefix: b.prefix + p} }); one that registers on a router of no
// parameter that is shared (a package variable, the DefaultServeMux)
// registers on a router of its caller's; one that registers on a router
// it makes itself lists its routes with the parameters' names.

// Where a relative route is registered besides a parameter (0, 1, …) and
// the result (-1).
const (
	// recvParam: on the receiver of the method called.
	recvParam = -2
	// absParam: on a router of the caller's own.
	absParam = -3
)

// A marker stands in a template's path or method for what is not known
// until the wrapper is called: "\x00" + the parameter's index (or "r:"
// and the name of the receiver's field, its prefix) + "|" + the text
// shown when it stays unknown, the expression in angle brackets +
// "\x00".
const markerSep = "\x00"

func paramMarker(i int, e ast.Expr) string {
	return markerSep + strconv.Itoa(i) + "|<" + types.ExprString(e) + ">" + markerSep
}

func recvMarker(e ast.Expr, field string) string {
	return markerSep + recvKey + field + "|<" + types.ExprString(e) + ">" + markerSep
}

// recvKey begins the key of a receiver field's marker.
const recvKey = "r:"

func hasMarkers(s string) bool { return strings.Contains(s, markerSep) }

// fill replaces the markers of s: a parameter's, or a field's of a
// parameter (field not ""), by arg(i, field), a receiver field's by
// recv(field), where they report true; it keeps the others.
func fill(s string, arg func(i int, field string) (string, bool), recv func(field string) (string, bool)) string {
	return mapMarkers(s, func(key, m string) string {
		if field, ok := strings.CutPrefix(key, recvKey); ok {
			if v, ok := recv(field); ok {
				return v
			}
			return m
		}
		if n, field, ok := splitFieldKey(key); ok {
			if v, ok := arg(n, field); ok {
				return v
			}
		}
		return m
	})
}

// render shows the markers left in s as their text.
func render(s string) string {
	return mapMarkers(s, func(_, m string) string {
		_, text, _ := strings.Cut(strings.Trim(m, markerSep), "|")
		return text
	})
}

// mapMarkers replaces each marker m of s, whose key is key, by f(key, m).
func mapMarkers(s string, f func(key, m string) string) string {
	if !hasMarkers(s) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, markerSep)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.Index(s[i+1:], markerSep)
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		m := s[i : i+1+j+1]
		key, _, _ := strings.Cut(m[1:len(m)-1], "|")
		b.WriteString(f(key, m))
		s = s[i+1+j+1:]
	}
}

// finishPattern splits a route's net/http pattern into its method, host
// and path once no marker is left where they meet: a wrapper's pattern
// parameter is split where the wrapper is called.
func finishPattern(r *Route) {
	if r.Method != frameworks.FromPattern || hasMarkers(r.Path) {
		return
	}
	r.Method, r.Path = splitPattern(r.Path)
	r.Host, r.Path = splitHost(r.Path)
}

// paramText returns the marker of a string parameter of the function
// walked, or of a string field of its receiver, for path.
func (fw *fnWalk) paramText(e ast.Expr) (string, bool) {
	info := fw.s.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			if i, ok := fw.params[v]; ok && isString(v.Type()) {
				return paramMarker(i, e), true
			}
		}
	case *ast.SelectorExpr:
		if fw.isRecv(e.X) {
			if v, ok := info.Uses[e.Sel].(*types.Var); ok && v.IsField() && isString(v.Type()) {
				return recvMarker(e, v.Name()), true
			}
		}
		return fw.fieldParamText(e)
	}
	return "", false
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// isGlobal reports whether v is a package-level variable.
func isGlobal(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// isRecv reports whether e is the receiver of the method walked.
func (fw *fnWalk) isRecv(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && fw.recvVar != nil && fw.s.pass.TypesInfo.Uses[id] == fw.recvVar
}

// handlerParam returns the index of the handler parameter that the
// handler expression h passes on (h, logged(h), http.HandlerFunc(h)), -1
// when it passes none.
func (fw *fnWalk) handlerParam(h ast.Expr) int {
	info := fw.s.pass.TypesInfo
	idx := -1
	ast.Inspect(h, func(n ast.Node) bool {
		if idx >= 0 {
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				if i, ok := fw.params[v]; ok && fw.s.isHandlerValue(v.Type()) {
					idx = i
				}
			}
		}
		return true
	})
	return idx
}

// isTemplate reports whether a route is a wrapper's: its path or method
// waits for an argument, or its handler is one.
func isTemplate(r Route, handlerArg int) bool {
	return handlerArg >= 0 || hasMarkers(r.Path) || hasMarkers(r.Method) || r.Method == frameworks.FromPattern
}

// instantiate returns the route that a wrapper's template rr, of fn,
// registers at call: its markers filled in with the arguments and the
// receiver's fields, its handler the argument at HandlerArg with its
// codes, registered at the call (where only the receiver's prefix was
// left to know, where the template was); the parameter of the walked
// function that the handler argument is, -1 when it is none; and the
// dispatches left to the walked function's callers, the template's and
// the handler's.
func (fw *fnWalk) instantiate(rr relRoute, call *ast.CallExpr, fn *types.Func) (Route, int, []Dispatch) {
	s := fw.s
	r := rr.Route
	r.Codes = append([]written.Code(nil), r.Codes...)
	var b bound
	s.bindCall(rr.Calls, call, fn, fw.scope, &b)
	arg := func(i int, field string) (string, bool) {
		if i < 0 || i >= len(call.Args) {
			return "", false
		}
		if field != "" {
			return fw.argField(call.Args[i], field, 0)
		}
		return fw.path(call.Args[i]), true
	}
	recv := fw.recvFields(rr, call)
	byArgs := rr.HandlerArg >= 0 || hasParamMarkers(r.Path) || hasParamMarkers(r.Method)
	r.Path = fill(r.Path, arg, recv)
	r.Method = fill(r.Method, arg, recv)
	finishPattern(&r)
	harg := -1
	if i := rr.HandlerArg; i >= 0 && i < len(call.Args) {
		h := call.Args[i]
		codes, hpos := s.handler(h, fw.locals, 0)
		r.Codes = written.Normalize(append(r.Codes, codes...))
		r.Handler = handlerName(h)
		r.HandlerPosn = token.Position{}
		if hpos.IsValid() {
			r.HandlerPosn = s.posn(hpos)
		}
		harg = fw.handlerParam(h)
		s.handlerCalls(h, fw.scope, 0, &b)
	}
	r.Codes = written.Normalize(append(r.Codes, b.codes...))
	r.Impls = addImpls(r.Impls, b.impls)
	if !byArgs {
		return s.through(r, fn, call), harg, normalizeCalls(b.calls)
	}
	r.Posn = s.posn(call.Pos())
	r.at, r.end = call.Pos(), call.End()
	return r, harg, normalizeCalls(b.calls)
}

// isRelay reports whether a template waits only for the receiver's
// fields: a method that registers through a wrapper on its own receiver
// (func (s *Server) routes() { s.handle("GET", "/x", h) }).
func isRelay(rr relRoute) bool {
	return rr.HandlerArg < 0 && !hasParamMarkers(rr.Path) && !hasParamMarkers(rr.Method)
}

// hasParamMarkers reports whether s has a parameter's marker.
func hasParamMarkers(s string) bool {
	found := false
	mapMarkers(s, func(key, m string) string {
		found = found || !strings.HasPrefix(key, recvKey)
		return m
	})
	return found
}

// recvFields returns how the markers of the receiver's fields in the
// template rr are filled at call, a call of a method: on the walked
// method's own receiver they stay, known where it is called; on a
// struct literal (&Server{mux: mux, prefix: "/api"}), the literal's
// field, empty when it sets none; on any other receiver of a route
// registered on it, empty: the prefix its groups joined is carried by
// the router it is followed to.
func (fw *fnWalk) recvFields(rr relRoute, call *ast.CallExpr) func(field string) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || fw.isRecv(sel.X) {
		return func(string) (string, bool) { return "", false }
	}
	lit := fw.literal(sel.X, 0)
	return func(field string) (string, bool) {
		if lit == nil {
			return "", rr.Param == recvParam
		}
		if v := fw.fieldValue(lit, field); v != nil {
			return fw.path(v), true
		}
		return "", true
	}
}

// literal returns the struct literal that e is, or points to, followed
// through the local variables assigned once; nil for any other value.
func (fw *fnWalk) literal(e ast.Expr, depth int) *ast.CompositeLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return fw.literal(e.X, depth)
		}
	case *ast.CompositeLit:
		if t := fw.s.pass.TypesInfo.TypeOf(e); t != nil {
			if _, ok := t.Underlying().(*types.Struct); ok {
				return e
			}
		}
	case *ast.Ident:
		if v, ok := fw.s.pass.TypesInfo.Uses[e].(*types.Var); ok && depth < 8 {
			if rhs := fw.locals[v]; len(rhs) == 1 {
				return fw.literal(rhs[0], depth+1)
			}
		}
	}
	return nil
}

// fieldValue returns the value that a struct literal gives its field
// named field, keyed or positional; nil when it gives none.
func (fw *fnWalk) fieldValue(lit *ast.CompositeLit, field string) ast.Expr {
	info := fw.s.pass.TypesInfo
	t := info.TypeOf(lit)
	var pkg *types.Package // the package of the type's unexported fields
	if n, ok := types.Unalias(t).(*types.Named); ok {
		pkg = n.Obj().Pkg()
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, pkg, field)
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		return nil
	}
	st := t.Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && info.Uses[key] == v {
				return kv.Value
			}
			continue
		}
		if i < st.NumFields() && st.Field(i) == v {
			return elt
		}
	}
	return nil
}

// wrapperRouter returns the router a wrapper's route rr is registered on
// at call: the receiver of the method called, or a router of the caller's
// own.
func (fw *fnWalk) wrapperRouter(rr relRoute, fn *types.Func, call *ast.CallExpr) (ref, bool) {
	switch rr.Param {
	case recvParam:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return ref{}, false
		}
		return fw.ref(sel.X)
	case absParam:
		return ref{b: fw.base(fn, -1, nil)}, true
	}
	return ref{}, false
}

// groupOf returns the index of the parameter that a method joins to its
// receiver's prefix field in the router it returns, and that field, a
// group of a router library's own (func (b *Bundle) Group(prefix string)
// *Bundle { return &Bundle{mux: b.mux, prefix: b.prefix + prefix} });
// Path -1 for any other function.
func (s *state) groupOf(fn *types.Func) groups {
	if fn.Pkg() != s.pass.Pkg {
		var g groups
		if s.pass.ImportObjectFact(fn, &g) {
			return g
		}
		return groups{Path: -1}
	}
	if g, ok := s.groupParams[fn]; ok {
		return g
	}
	g := groups{Path: -1}
	if f := s.nodes[fn]; f != nil {
		g = s.findGroup(f)
	}
	s.groupParams[fn] = g
	return g
}

// findGroup is groupOf for a function of the package.
func (s *state) findGroup(f *fnode) groups {
	info := s.pass.TypesInfo
	sig := f.obj.Signature()
	recv := sig.Recv()
	found := groups{Path: -1}
	if recv == nil || sig.Results().Len() != 1 {
		return found
	}
	named := func(t types.Type) *types.Named {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, _ := t.(*types.Named)
		return n
	}
	rt := named(recv.Type())
	if rt == nil || named(sig.Results().At(0).Type()) != rt {
		return found
	}
	params := make(map[*types.Var]int)
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i
	}
	for _, ret := range f.returns {
		if len(ret.Results) != 1 {
			continue
		}
		e := ast.Unparen(ret.Results[0])
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, _ := kv.Key.(*ast.Ident)
			b, ok := ast.Unparen(kv.Value).(*ast.BinaryExpr)
			if key == nil || !ok || b.Op != token.ADD {
				continue
			}
			// b.prefix + prefix: the receiver's field of the same name,
			// then a string parameter.
			sel, ok := ast.Unparen(b.X).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != key.Name {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || info.Uses[id] != recv {
				continue
			}
			if id, ok := ast.Unparen(b.Y).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && isString(v.Type()) {
					if i, ok := params[v]; ok {
						found = groups{i, key.Name}
					}
				}
			}
		}
	}
	return found
}

// groupRef returns the router that a call of a group method of a
// router library's own returns: its receiver's, under the prefix.
func (fw *fnWalk) groupRef(e *ast.CallExpr, fn *types.Func) (ref, bool) {
	g := fw.s.groupOf(fn)
	if g.Path < 0 || g.Path >= len(e.Args) {
		return ref{}, false
	}
	if b := fw.bases[e]; b != nil {
		return ref{b: b}, true
	}
	sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
	if !ok {
		return ref{}, false
	}
	on, ok := fw.ref(sel.X)
	if !ok {
		return ref{}, false
	}
	// A root made here with its prefix: &Bundle{mux: mux, prefix: "/api"}.
	prefix := ""
	if lit := fw.literal(sel.X, 0); lit != nil {
		if v := fw.fieldValue(lit, g.Field); v != nil {
			prefix = fw.path(v)
		}
	}
	at := &ref{b: on.b, prefix: on.prefix + prefix + fw.path(e.Args[g.Path]), mws: on.mws}
	b := fw.base(e, -1, fw.s.pass.TypesInfo.TypeOf(e))
	b.parent = at
	return ref{b: b}, true
}

// calledGroup reports whether e calls a group method of a router
// library's own.
func (fw *fnWalk) calledGroup(e *ast.CallExpr) (*types.Func, bool) {
	fn, ok := typeutil.Callee(fw.s.pass.TypesInfo, e).(*types.Func)
	return fn, ok && fw.s.world.row(fn) == nil && fw.s.groupOf(fn).Path >= 0
}

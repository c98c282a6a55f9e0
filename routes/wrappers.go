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
// until the wrapper is called: "\x00" + the parameter's index (or "r",
// the receiver's prefix field) + "|" + the text shown when it stays
// unknown, the expression in angle brackets + "\x00".
const markerSep = "\x00"

func paramMarker(i int, e ast.Expr) string {
	return markerSep + strconv.Itoa(i) + "|<" + types.ExprString(e) + ">" + markerSep
}

func recvMarker(e ast.Expr) string {
	return markerSep + "r|<" + types.ExprString(e) + ">" + markerSep
}

func hasMarkers(s string) bool { return strings.Contains(s, markerSep) }

// fill replaces the markers of s: a parameter's, or a field's of a
// parameter (field not ""), by arg(i, field) where it reports true, the
// receiver's by recv when recvKnown; it keeps the others.
func fill(s string, arg func(i int, field string) (string, bool), recv string, recvKnown bool) string {
	return mapMarkers(s, func(key, m string) string {
		if key == "r" {
			if recvKnown {
				return recv
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
				return recvMarker(e), true
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

// instantiate returns the route that a wrapper's template rr registers
// at call: its markers filled in with the arguments, its handler the
// argument at HandlerArg with its codes, registered at the call; the
// parameter of the walked function that the handler argument is, -1
// when it is none; and the dispatches left to the walked function's
// callers, the template's and the handler's.
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
	// The receiver's prefix is what its groups joined, carried by the
	// router it is followed to.
	recvKnown := rr.Param == recvParam
	r.Path = fill(r.Path, arg, "", recvKnown)
	r.Method = fill(r.Method, arg, "", recvKnown)
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
	r.Posn = s.posn(call.Pos())
	r.at, r.end = call.Pos(), call.End()
	return r, harg, normalizeCalls(b.calls)
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

// groupParam returns the index of the parameter that a method joins to
// its receiver's prefix field in the router it returns, a group of a
// router library's own (func (b *Bundle) Group(prefix string) *Bundle {
// return &Bundle{mux: b.mux, prefix: b.prefix + prefix} }); -1 for any
// other function.
func (s *state) groupParam(fn *types.Func) int {
	if fn.Pkg() != s.pass.Pkg {
		var g groups
		if s.pass.ImportObjectFact(fn, &g) {
			return g.Path
		}
		return -1
	}
	if i, ok := s.groupParams[fn]; ok {
		return i
	}
	i := -1
	if f := s.nodes[fn]; f != nil {
		i = s.findGroup(f)
	}
	s.groupParams[fn] = i
	return i
}

// findGroup is groupParam for a function of the package.
func (s *state) findGroup(f *fnode) int {
	info := s.pass.TypesInfo
	sig := f.obj.Signature()
	recv := sig.Recv()
	if recv == nil || sig.Results().Len() != 1 {
		return -1
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
		return -1
	}
	params := make(map[*types.Var]int)
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i
	}
	found := -1
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
						found = i
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
	i := fw.s.groupParam(fn)
	if i < 0 || i >= len(e.Args) {
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
	at := &ref{b: on.b, prefix: on.prefix + fw.path(e.Args[i]), mws: on.mws}
	b := fw.base(e, -1, fw.s.pass.TypesInfo.TypeOf(e))
	b.parent = at
	return ref{b: b}, true
}

// calledGroup reports whether e calls a group method of a router
// library's own.
func (fw *fnWalk) calledGroup(e *ast.CallExpr) (*types.Func, bool) {
	fn, ok := typeutil.Callee(fw.s.pass.TypesInfo, e).(*types.Func)
	return fn, ok && fw.s.world.row(fn) == nil && fw.s.groupParam(fn) >= 0
}

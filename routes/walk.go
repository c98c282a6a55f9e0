package routes

import (
	"github.com/httpstatuslint/httpstatus/internal/written"

	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds the registrations in a function's body. A router
// expression is followed to its origin, a base: a parameter of the
// function, a router it makes, or one it cannot follow further (a field,
// a package variable), each with the prefix and middleware that groups
// add on the way.

// A base is a router the function registers on.
type base struct {
	param  int  // index of the function's parameter; -1 for another router
	result bool // the function returns it
	// parent is where the router is mounted, if it is.
	parent *ref
	// mws are the codes of the middleware its Use adds.
	mws []written.Code
}

// A ref is the value of a router expression: a base, and what the groups
// between it and the expression add.
type ref struct {
	b      *base
	prefix string
	mws    []written.Code
	// methods restrict the routes registered on it (gorilla's Methods).
	methods []string
}

// A pending route is one registered on a ref, its path relative to it.
type pending struct {
	on ref
	Route
}

// fnWalk is the walk of one function declaration.
type fnWalk struct {
	s      *state
	params map[*types.Var]int
	locals map[*types.Var][]ast.Expr
	// callbacks maps the router parameter of a function literal passed
	// to chi's Route or Group to that call.
	callbacks map[*types.Var]*ast.CallExpr
	bases     map[any]*base // by *types.Var or ast.Node
	refs      map[*types.Var]*ref
	pending   []pending
}

// walkDecl finds the routes that decl registers: routes on its
// parameters or on the router it returns are its summary, exported as a
// fact; the others go to the package's result.
func (s *state) walkDecl(decl *ast.FuncDecl) []relRoute {
	obj, _ := s.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if s.done[decl] {
		if obj != nil {
			return s.regs[obj]
		}
		return nil
	}
	s.done[decl] = true
	if decl.Body == nil {
		return nil
	}
	w := &fnWalk{
		s:         s,
		params:    make(map[*types.Var]int),
		locals:    make(map[*types.Var][]ast.Expr),
		callbacks: make(map[*types.Var]*ast.CallExpr),
		bases:     make(map[any]*base),
		refs:      make(map[*types.Var]*ref),
	}
	info := s.pass.TypesInfo
	if obj != nil {
		params := obj.Signature().Params()
		for i := range params.Len() {
			w.params[params.At(i)] = i
		}
	}
	w.scan(decl.Body)
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if call, ok := n.(*ast.CallExpr); ok {
			w.call(call, stack)
		}
		return true
	})
	// The routers it returns.
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				if s.w.isRouter(info.TypeOf(e)) || s.w.isHandler(info.TypeOf(e)) {
					if r, ok := w.ref(e); ok && r.b.param < 0 {
						r.b.result = true
					}
				}
			}
		}
		return true
	})
	var rel []relRoute
	for _, p := range w.pending {
		route, b := w.resolve(p)
		switch {
		case b.param >= 0:
			rel = append(rel, relRoute{b.param, route})
		case b.result:
			rel = append(rel, relRoute{-1, route})
		default:
			s.routes = append(s.routes, route)
		}
	}
	if obj != nil {
		s.regs[obj] = rel
		if len(rel) > 0 {
			s.pass.ExportObjectFact(obj, &registers{rel})
		}
	}
	return rel
}

// resolve follows a pending route's base to where it is mounted.
func (w *fnWalk) resolve(p pending) (Route, *base) {
	r := p.Route
	r.Path = join(p.on.prefix, r.Path)
	r.Codes = append(append([]written.Code(nil), r.Codes...), p.on.mws...)
	b := p.on.b
	for range 32 { // a router mounted in itself ends too
		r.Codes = append(r.Codes, b.mws...)
		if b.parent == nil {
			break
		}
		r.Path = join(b.parent.prefix, r.Path)
		r.Codes = append(r.Codes, b.parent.mws...)
		b = b.parent.b
	}
	r.Codes = written.Normalize(r.Codes)
	return r, b
}

// scan records the local variables' assignments and the callbacks'
// router parameters.
func (w *fnWalk) scan(body *ast.BlockStmt) {
	info := w.s.pass.TypesInfo
	add := func(id *ast.Ident, rhs ast.Expr) {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			w.locals[v] = append(w.locals[v], rhs)
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
				for i, lhs := range n.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						add(id, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					add(id, n.Values[i])
				}
			}
		case *ast.CallExpr:
			if row := w.row(n); row != nil && row.op == opCallback && row.handler < len(n.Args) {
				if lit, ok := ast.Unparen(n.Args[row.handler]).(*ast.FuncLit); ok {
					if params := lit.Type.Params.List; len(params) > 0 && len(params[0].Names) > 0 {
						if v, ok := info.Defs[params[0].Names[0]].(*types.Var); ok {
							w.callbacks[v] = n
						}
					}
				}
			}
		}
		return true
	})
}

func (w *fnWalk) row(call *ast.CallExpr) *row {
	if fn, ok := typeutil.Callee(w.s.pass.TypesInfo, call).(*types.Func); ok {
		return w.s.w.rows[fn]
	}
	return nil
}

// call handles a registration, or a call to a function that registers
// routes on a router it is passed or returns.
func (w *fnWalk) call(call *ast.CallExpr, stack []ast.Node) {
	s := w.s
	info := s.pass.TypesInfo
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return
	}
	row := s.w.rows[fn]
	if row == nil {
		for _, rr := range s.registersOf(fn) {
			var on ref
			switch {
			case rr.Param >= 0 && rr.Param < len(call.Args):
				on, ok = w.ref(call.Args[rr.Param])
			case rr.Param == -1:
				on, ok = w.ref(call)
			default:
				ok = false
			}
			if ok {
				w.pending = append(w.pending, pending{on, s.through(rr.Route, fn, call)})
			}
		}
		return
	}
	on, ok := w.recv(call, fn)
	if !ok {
		return
	}
	args := call.Args
	switch row.op {
	case opRoute:
		on.methods = append(on.methods, w.chainMethods(stack)...)
		w.route(call, row, on)
	case opUse:
		on.b.mws = append(on.b.mws, w.middleware(args[min(row.mws, len(args)):])...)
	case opMount:
		if row.path >= len(args) || row.handler >= len(args) {
			return
		}
		h := args[row.handler]
		prefix := w.path(args[row.path])
		if w.isRouterExpr(h, 0) {
			if sub, ok := w.ref(h); ok && sub.b.param < 0 && sub.b.parent == nil && sub.b != on.b {
				sub.b.parent = &ref{b: on.b, prefix: join(on.prefix, join(prefix, sub.prefix)), mws: on.mws}
				return
			}
		}
		w.add(call, on, anyMethod, "", join(prefix, row.mount), h)
	case opCallback:
		if row.handler >= len(args) {
			return
		}
		// A named function as the callback registers on the group.
		if cb, ok := typeutil.Callee(info, &ast.CallExpr{Fun: args[row.handler]}).(*types.Func); ok {
			group, ok := w.ref(call)
			if !ok {
				return
			}
			for _, rr := range s.registersOf(cb) {
				if rr.Param == 0 {
					w.pending = append(w.pending, pending{group, s.through(rr.Route, cb, call)})
				}
			}
		}
	}
}

// recv returns the router a registration method is called on.
func (w *fnWalk) recv(call *ast.CallExpr, fn *types.Func) (ref, bool) {
	if w.s.w.global[fn] {
		// The package's own router: http.DefaultServeMux.
		b := w.bases[fn.Pkg()]
		if b == nil {
			b = &base{param: -1}
			w.bases[fn.Pkg()] = b
		}
		return ref{b: b}, true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ref{}, false
	}
	return w.ref(sel.X)
}

// chainMethods returns the methods that calls chained on a registration
// add: gorilla's HandleFunc(path, h).Methods("GET").
func (w *fnWalk) chainMethods(stack []ast.Node) []string {
	var methods []string
	for i := len(stack) - 1; i >= 2; i -= 2 {
		sel, ok := stack[i-1].(*ast.SelectorExpr)
		if !ok || sel.X != stack[i] {
			break
		}
		outer, ok := stack[i-2].(*ast.CallExpr)
		if !ok || outer.Fun != sel {
			break
		}
		if row := w.row(outer); row != nil && row.op == opMethods {
			for _, a := range outer.Args {
				methods = append(methods, w.path(a))
			}
		}
	}
	return methods
}

// route registers the route of an opRoute call.
func (w *fnWalk) route(call *ast.CallExpr, row *row, on ref) {
	args := call.Args
	hi := row.handler
	if hi == -2 {
		hi = len(args) - 1
	}
	if hi < 0 || hi >= len(args) || row.path >= len(args) {
		return
	}
	path := ""
	if row.path >= 0 {
		path = w.path(args[row.path])
	}
	method, host := row.method, ""
	switch method {
	case fromPattern:
		method, path = splitPattern(path)
		host, path = splitHost(path)
	case fromArg:
		if row.methodArg < len(args) {
			method = w.path(args[row.methodArg])
		}
	case fromList:
		methods := w.methodList(args[row.methodArg])
		if len(methods) == 0 {
			return // an empty list registers nothing
		}
		method = anyMethod
		on.methods = append(slices.Clip(on.methods), methods...)
	}
	if row.mws >= 0 && row.mws < len(args) {
		end := len(args)
		if row.mws < hi {
			end = hi
		}
		on.mws = append(append([]written.Code(nil), on.mws...), w.middleware(args[row.mws:end])...)
	}
	if len(on.methods) > 0 && method == anyMethod {
		for _, m := range on.methods {
			w.add(call, on, m, host, path, args[hi])
		}
		return
	}
	w.add(call, on, method, host, path, args[hi])
}

// methodList returns the methods of a Match call's slice argument: each
// element of a slice literal as far as it is known, else the argument
// in angle brackets, a method that is not a constant.
func (w *fnWalk) methodList(e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return []string{"<" + types.ExprString(e) + ">"}
	}
	var methods []string
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		methods = append(methods, w.path(elt))
	}
	return methods
}

// add registers handler h for method and path on a ref.
func (w *fnWalk) add(call *ast.CallExpr, on ref, method, host, path string, h ast.Expr) {
	s := w.s
	codes, hpos := s.handler(h, w.locals, 0)
	r := Route{
		Method:  method,
		Host:    host,
		Path:    path,
		Handler: handlerName(h),
		Posn:    s.posn(call.Pos()),
		Codes:   codes,
		at:      call.Pos(),
		end:     call.End(),
	}
	if hpos.IsValid() {
		r.HandlerPosn = s.posn(hpos)
	}
	w.pending = append(w.pending, pending{on, r})
}

// middleware returns the codes of middleware arguments.
func (w *fnWalk) middleware(args []ast.Expr) []written.Code {
	var codes []written.Code
	for _, a := range args {
		if !w.s.isHandlerValue(w.s.pass.TypesInfo.TypeOf(a)) {
			continue // fiber's Use takes a prefix too
		}
		c, _ := w.s.handler(a, w.locals, 0)
		codes = append(codes, c...)
	}
	return codes
}

// ref follows a router expression to its base.
func (w *fnWalk) ref(e ast.Expr) (ref, bool) {
	s := w.s
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return ref{}, false
		}
		if i, ok := w.params[v]; ok {
			return ref{b: w.base(v, i)}, true
		}
		if call := w.callbacks[v]; call != nil {
			return w.ref(call)
		}
		if r := w.refs[v]; r != nil {
			return *r, r.b != nil
		}
		if rhs := w.locals[v]; len(rhs) == 1 {
			w.refs[v] = new(ref) // a cycle ends here
			r, ok := w.ref(rhs[0])
			if ok {
				w.refs[v] = &r
			}
			return r, ok
		}
		return ref{b: w.base(v, -1)}, true
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return w.ref(e.X)
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return ref{b: w.base(v, -1)}, true // a field, a package variable
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if row := s.w.rows[fn]; row != nil && row.op == opMethods {
				on, ok := w.recv(e, fn)
				if !ok {
					return ref{}, false
				}
				on.methods = nil
				for _, a := range e.Args {
					on.methods = append(on.methods, w.path(a))
				}
				return on, true
			}
			if row := s.w.rows[fn]; row != nil && (row.op == opGroup || row.op == opCallback) {
				// A group is a router of its own, mounted where it is made:
				// its Use adds middleware to its routes only.
				if b := w.bases[e]; b != nil {
					return ref{b: b}, true
				}
				on, ok := w.recv(e, fn)
				if !ok {
					return ref{}, false
				}
				at := &ref{b: on.b, prefix: on.prefix, mws: on.mws}
				if row.path >= 0 && row.path < len(e.Args) {
					at.prefix = join(at.prefix, w.path(e.Args[row.path]))
				}
				if row.mws >= 0 && row.mws < len(e.Args) {
					end := len(e.Args)
					if row.op == opCallback && row.handler >= row.mws {
						end = min(row.handler, end)
					}
					at.mws = append(append([]written.Code(nil), at.mws...), w.middleware(e.Args[row.mws:end])...)
				}
				b := w.base(e, -1)
				b.parent = at
				return ref{b: b}, true
			}
		}
		return ref{b: w.base(e, -1)}, true // a router made here
	}
	return ref{}, false
}

// isRouterExpr reports whether e is a router whose routes can be known:
// a value of a router type, or a handler that a function returns after
// registering routes on it (orders.Routes()).
func (w *fnWalk) isRouterExpr(e ast.Expr, depth int) bool {
	info := w.s.pass.TypesInfo
	e = ast.Unparen(e)
	if w.s.w.isRouter(info.TypeOf(e)) {
		return true
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && w.s.w.rows[fn] == nil {
			for _, rr := range w.s.registersOf(fn) {
				if rr.Param == -1 {
					return true
				}
			}
		}
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && depth < 8 {
			if rhs := w.locals[v]; len(rhs) == 1 {
				return w.isRouterExpr(rhs[0], depth+1)
			}
		}
	}
	return false
}

func (w *fnWalk) base(key any, param int) *base {
	b := w.bases[key]
	if b == nil {
		b = &base{param: param}
		w.bases[key] = b
	}
	return b
}

// registersOf returns the routes fn registers relative to a router.
func (s *state) registersOf(fn *types.Func) []relRoute {
	if fn.Pkg() == s.pass.Pkg {
		if decl := s.decls[fn]; decl != nil {
			return s.walkDecl(decl)
		}
		return nil
	}
	var f registers
	if s.pass.ImportObjectFact(fn, &f) {
		return f.Routes
	}
	return nil
}

// through returns a route that fn registers as registered by call: in
// this package, the call is where it gets its full path.
func (s *state) through(r Route, fn *types.Func, call *ast.CallExpr) Route {
	if fn.Pkg() != s.pass.Pkg {
		r.at, r.end = call.Pos(), call.End()
	}
	return r
}

// handlerName is the handler as the registration writes it.
func handlerName(e ast.Expr) string {
	if _, ok := ast.Unparen(e).(*ast.FuncLit); ok {
		return "func literal"
	}
	return types.ExprString(e)
}

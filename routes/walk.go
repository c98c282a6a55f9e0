package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
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
	// uses are the middleware its Use calls add.
	uses []use
	// first is where the first route, group or mount is registered on
	// it; NoPos before any.
	first token.Pos
	// join is how its router joins paths.
	join frameworks.Join
	// recv: the router is the receiver of the method walked, or one of
	// its fields; shared: a package variable, or the DefaultServeMux.
	recv, shared bool
}

// A use is a call of a router's Use: the codes of its middleware, where
// it is called, and which routes of the router get them.
type use struct {
	at    token.Pos
	order frameworks.UseOrder
	codes []written.Code
}

// usesAt returns the codes of the middleware that b's Use calls give a
// route registered on it at pos (a group's routes: where the group is
// made), as its router gives them: to the routes registered after the
// Use, to every route, or, when nothing was registered before the Use
// (chi), to every route.
func (b *base) usesAt(at token.Pos) []written.Code {
	var codes []written.Code
	for _, u := range b.uses {
		switch u.order {
		case frameworks.UseAfter:
			if at < u.at {
				continue
			}
		case frameworks.UseBeforeRoutes:
			if b.first.IsValid() && b.first < u.at {
				continue
			}
		}
		codes = append(codes, u.codes...)
	}
	return codes
}

// register records that a route, group or mount is registered on b at
// pos.
func (b *base) register(at token.Pos) {
	if !b.first.IsValid() || at < b.first {
		b.first = at
	}
}

// A ref is the value of a router expression: a base, and what the groups
// between it and the expression add.
type ref struct {
	b      *base
	prefix string
	mws    []written.Code
	// at is where the group or mount it is the parent of is made: the
	// routes under it are registered on b there, for b's Use.
	at token.Pos
	// methods restrict the routes registered on it (gorilla's Methods).
	methods []string
}

// joined returns the prefix of r's routes under the routers its base is
// mounted on, in the function walked.
func (r ref) joined() string {
	p, b := r.prefix, r.b
	for range 32 { // a router mounted in itself ends too
		if b.parent == nil {
			break
		}
		p = b.parent.b.join.Join(b.parent.prefix, p)
		b = b.parent.b
	}
	return p
}

// A pendingRoute is one registered on a ref, its path relative to it,
// at the opening parenthesis of the call that registers it: the calls
// chained on one line are in order there.
type pendingRoute struct {
	on ref
	at token.Pos
	Route
	// handlerArg is the parameter of the function walked that is the
	// route's handler, -1 for none (see wrappers.go).
	handlerArg int
	// calls are the dispatches of its handler left to the function's
	// callers (see dispatch.go).
	calls []Dispatch
}

// fnWalk is the walk for routes of one function declaration, over what
// collect gathered of its body.
type fnWalk struct {
	s       *state
	syntax  *routeSyntax
	scope   scope
	params  map[*types.Var]int
	recvVar *types.Var // the receiver of a method
	locals  map[*types.Var][]ast.Expr
	// callbacks maps the router parameter of a function literal passed
	// to chi's Route or Group to that call.
	callbacks map[*types.Var]*ast.CallExpr
	bases     map[any]*base // by *types.Var or ast.Node
	refs      map[*types.Var]*ref
	pending   []pendingRoute
}

// walkRoutes finds the routes that a declaration registers, from the
// summaries of the functions it calls: routes on its parameters or on
// the router it returns are its summary (rel), the others go to the
// package's result (abs). It reports whether rel changed. A function
// that registers under a prefix on a router it passes to itself would
// have routes without end: after maxRounds its routes are taken as they
// are.
func (s *state) walkRoutes(f *fnode) bool {
	fw := &fnWalk{
		s:         s,
		syntax:    f.syntax,
		params:    make(map[*types.Var]int),
		locals:    f.syntax.locals,
		callbacks: f.syntax.callbacks,
		bases:     make(map[any]*base),
		refs:      make(map[*types.Var]*ref),
		scope:     s.scopeOf(f),
	}
	info := s.pass.TypesInfo
	if f.obj != nil {
		params := f.obj.Signature().Params()
		for i := range params.Len() {
			fw.params[params.At(i)] = i
		}
		fw.recvVar = f.obj.Signature().Recv()
	}
	s.walkParams = fw.params
	defer func() { s.walkParams = nil }()
	for _, c := range f.syntax.calls {
		fw.call(c)
	}
	// The routers it returns.
	var results []ref
	for _, ret := range f.returns {
		for _, e := range ret.Results {
			if s.world.isRouter(info.TypeOf(e)) || s.world.isHandler(info.TypeOf(e)) {
				if r, ok := fw.ref(e); ok && r.b.param < 0 {
					r.b.result = true
					results = append(results, r)
				}
			}
		}
	}
	var rel []relRoute
	var abs []Route
	for _, p := range fw.pending {
		route, b := fw.follow(p)
		switch {
		case b.param >= 0:
			rel = addRel(rel, relRoute{b.param, route, p.handlerArg, p.calls})
		case b.result:
			rel = addRel(rel, relRoute{-1, route, p.handlerArg, p.calls})
		case (isTemplate(route, p.handlerArg) || len(p.calls) > 0) && b.recv:
			rel = addRel(rel, relRoute{recvParam, route, p.handlerArg, p.calls})
		case (isTemplate(route, p.handlerArg) || len(p.calls) > 0) && b.shared && f.obj != nil:
			rel = addRel(rel, relRoute{absParam, route, p.handlerArg, p.calls})
		default:
			route.Codes = written.Normalize(append(route.Codes, unknowns(p.calls)...))
			route.Path, route.Method = render(route.Path), render(route.Method)
			finishPattern(&route)
			abs = append(abs, route)
		}
	}
	f.abs = abs
	uses := fw.relUses(f.obj, results)
	if f.rounds > maxRounds || reflect.DeepEqual(rel, f.rel) && sameUses(uses, f.uses) {
		return false
	}
	f.rel, f.uses = rel, uses
	return true
}

// addRel adds a route to a function's relative routes unless it is
// there: around a cycle of calls the same registration comes back, and
// is one route.
func addRel(rel []relRoute, r relRoute) []relRoute {
	if slices.ContainsFunc(rel, func(x relRoute) bool { return reflect.DeepEqual(x, r) }) {
		return rel
	}
	return append(rel, r)
}

// maxRounds bounds how often the routes of a function are computed: a
// cycle of functions that register on the router they pass each other
// under a prefix has a route for every number of rounds.
const maxRounds = 8

// follow follows a pending route's base to where it is mounted.
func (fw *fnWalk) follow(p pendingRoute) (Route, *base) {
	r := p.Route
	b := p.on.b
	r.Path = b.join.Join(p.on.prefix, r.Path)
	r.Codes = slices.Concat(r.Codes, p.on.mws, b.chainCodes(p.at))
	for range 32 { // a router mounted in itself ends too
		if b.parent == nil {
			break
		}
		r.Path = b.parent.b.join.Join(b.parent.prefix, r.Path)
		b = b.parent.b
	}
	if b.param < 0 && !strings.HasPrefix(r.Path, markerSep) {
		// A router of its own, not a group: its root is known; not for
		// a wrapper's path, known where the wrapper is called.
		r.Path = b.join.Root(r.Path)
	}
	r.Codes = forMethod(written.Normalize(r.Codes), r.Method)
	return r, b
}

func (fw *fnWalk) row(call *ast.CallExpr) *frameworks.Row {
	if fn, ok := typeutil.Callee(fw.s.pass.TypesInfo, call).(*types.Func); ok {
		return fw.s.world.row(fn)
	}
	return nil
}

// call handles a registration, or a call to a function that registers
// routes on a router it is passed or returns.
func (fw *fnWalk) call(site callSite) {
	s := fw.s
	info := s.pass.TypesInfo
	call, fn := site.call, site.callee
	if fn == nil {
		return
	}
	row := s.world.row(fn)
	if row == nil {
		for _, rr := range s.registersOf(fn) {
			var on ref
			var ok bool
			switch {
			case rr.Param >= 0 && rr.Param < len(call.Args):
				on, ok = fw.ref(call.Args[rr.Param])
			case rr.Param == -1:
				on, ok = fw.ref(call)
			default:
				on, ok = fw.wrapperRouter(rr, fn, call)
			}
			if !ok {
				continue
			}
			on.b.register(call.Lparen)
			if rr.Param == -1 || rr.Param == recvParam && isRelay(rr) {
				s.mounted[fn] = true // the router it returns, or registers on, is used here
			}
			if isTemplate(rr.Route, rr.HandlerArg) {
				// A registration wrapper registers here.
				r, harg, calls := fw.instantiate(rr, call, fn)
				fw.pending = append(fw.pending, pendingRoute{on, call.Lparen, r, harg, calls})
				continue
			}
			r := s.through(rr.Route, fn, call)
			var b bound
			s.bindCall(rr.Calls, call, fn, fw.scope, &b)
			if len(b.codes) > 0 {
				r.Codes = written.Normalize(append(slices.Clone(r.Codes), b.codes...))
			}
			r.Impls = addImpls(r.Impls, b.impls)
			fw.pending = append(fw.pending, pendingRoute{on, call.Lparen, r, -1, b.calls})
		}
		fw.applyUses(fn, call)
		return
	}
	on, ok := fw.recv(call, fn)
	if !ok {
		return
	}
	args := call.Args
	switch row.Op {
	case frameworks.OpRoute:
		on.methods = append(on.methods, fw.chainMethods(call)...)
		fw.route(call, row, on)
	case frameworks.OpFiles:
		fw.files(call, row, on)
	case frameworks.OpUse:
		on.b.uses = append(on.b.uses, use{call.Lparen, row.Order, fw.middleware(args[min(row.Middleware, len(args)):])})
	case frameworks.OpMount:
		if row.Path >= len(args) || row.Handler >= len(args) {
			return
		}
		h := args[row.Handler]
		prefix := fw.path(args[row.Path])
		if fw.isRouterExpr(h, 0) {
			if sub, ok := fw.ref(h); ok && sub.b.param < 0 && sub.b.parent == nil && sub.b != on.b {
				sub.b.parent = &ref{b: on.b, prefix: on.b.join.Join(on.prefix, on.b.join.Join(prefix, sub.prefix)), mws: on.mws, at: call.Lparen}
				on.b.register(call.Lparen)
				return
			}
		}
		fw.add(call, on, frameworks.AnyMethod, "", on.b.join.Join(prefix, row.Mount), h)
	case frameworks.OpCallback:
		if row.Handler >= len(args) {
			return
		}
		// A named function as the callback registers on the group.
		if cb, ok := typeutil.Callee(info, &ast.CallExpr{Fun: args[row.Handler]}).(*types.Func); ok {
			group, ok := fw.ref(call)
			if !ok {
				return
			}
			for _, rr := range s.registersOf(cb) {
				if rr.Param == 0 {
					r := s.through(rr.Route, cb, call)
					r.Codes = written.Normalize(append(slices.Clone(r.Codes), unknowns(rr.Calls)...))
					fw.pending = append(fw.pending, pendingRoute{group, call.Lparen, r, -1, nil})
				}
			}
		}
	}
}

// recv returns the router a registration method is called on.
func (fw *fnWalk) recv(call *ast.CallExpr, fn *types.Func) (ref, bool) {
	if fw.s.world.global[fn] {
		// The package's own router: http.DefaultServeMux.
		b := fw.base(fn.Pkg(), -1, nil)
		b.shared = true
		return ref{b: b}, true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ref{}, false
	}
	return fw.ref(sel.X)
}

// chainMethods returns the methods that calls chained on a registration
// add: gorilla's HandleFunc(path, h).Methods("GET").
func (fw *fnWalk) chainMethods(call *ast.CallExpr) []string {
	var methods []string
	for outer := fw.syntax.outer[call]; outer != nil; outer = fw.syntax.outer[outer] {
		if row := fw.row(outer); row != nil && row.Op == frameworks.OpMethods {
			for _, a := range outer.Args {
				methods = append(methods, fw.path(a))
			}
		}
	}
	return methods
}

// route registers the route of an frameworks.OpRoute call.
func (fw *fnWalk) route(call *ast.CallExpr, row *frameworks.Row, on ref) {
	args := call.Args
	hi := row.Handler
	if hi == frameworks.LastArg {
		hi = len(args) - 1
	}
	if hi < 0 || hi >= len(args) || row.Path >= len(args) {
		return
	}
	path := ""
	if row.Path >= 0 {
		path = fw.path(args[row.Path])
	}
	method, host := row.Method, ""
	switch method {
	case frameworks.FromPattern:
		if hasMarkers(path) {
			break // a wrapper's pattern parameter: split where it is called
		}
		method, path = splitPattern(path)
		host, path = splitHost(path)
	case frameworks.FromArg:
		if row.MethodArg < len(args) {
			method = fw.path(args[row.MethodArg])
		}
	case frameworks.FromList:
		methods := fw.methodList(args[row.MethodArg])
		if len(methods) == 0 {
			return // an empty list registers nothing
		}
		method = frameworks.AnyMethod
		on.methods = append(slices.Clip(on.methods), methods...)
	}
	if row.Middleware >= 0 && row.Middleware < len(args) {
		end := len(args)
		if row.Middleware < hi {
			end = hi
		}
		on.mws = append(append([]written.Code(nil), on.mws...), fw.middleware(args[row.Middleware:end])...)
	}
	if method == frameworks.AnyMethod && host == "" && fw.stripMount(call, on, args[hi]) {
		return
	}
	if len(on.methods) > 0 && method == frameworks.AnyMethod {
		for _, m := range on.methods {
			fw.add(call, on, m, host, path, args[hi])
		}
		return
	}
	fw.add(call, on, method, host, path, args[hi])
}

// stripMount mounts a router that a registration for every method serves
// with a prefix stripped (mux.Handle("/api/", http.StripPrefix("/api",
// api))) under that prefix, and reports whether h is such a handler. The
// prefix is the request's path as the router on which it is registered
// sees it: under a group (gorilla's PathPrefix("/api/")), what it adds to
// the group's prefix; a prefix that does not begin with the group's is
// not mounted.
func (fw *fnWalk) stripMount(call *ast.CallExpr, on ref, h ast.Expr) bool {
	inner, ok := ast.Unparen(h).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(fw.s.pass.TypesInfo, inner).(*types.Func)
	if !ok {
		return false
	}
	r := fw.s.world.responders[fn]
	if r == nil || !r.Strips || r.Inner < 0 || r.Inner >= len(inner.Args) || len(inner.Args) == 0 || !fw.isRouterExpr(inner.Args[r.Inner], 0) {
		return false
	}
	strip := fw.path(inner.Args[0])
	group := strings.TrimSuffix(on.joined(), "/")
	rel, ok := strings.CutPrefix(strip, group)
	if !ok || rel != "" && !strings.HasPrefix(rel, "/") {
		return false
	}
	sub, ok := fw.ref(inner.Args[r.Inner])
	if !ok || sub.b.param >= 0 || sub.b.parent != nil || sub.b == on.b {
		return false
	}
	sub.b.parent = &ref{b: on.b, prefix: on.b.join.Join(on.prefix, rel), mws: on.mws, at: call.Lparen}
	on.b.register(call.Lparen)
	return true
}

// files registers the routes of a file server (frameworks.OpFiles):
// one for each of the row's methods, at its path and the path it adds
// under it, answering the row's codes where the files are named.
func (fw *fnWalk) files(call *ast.CallExpr, row *frameworks.Row, on ref) {
	args := call.Args
	if row.Path >= len(args) || row.Handler >= len(args) {
		return
	}
	named := args[row.Handler]
	path := on.b.join.Join(fw.path(args[row.Path]), row.Files)
	var codes []written.Code
	for _, c := range row.Codes {
		codes = append(codes, fw.s.code(c, named.Pos()))
	}
	for _, m := range row.Methods {
		fw.pending = append(fw.pending, pendingRoute{on, call.Lparen, Route{
			Method:  m,
			Path:    path,
			Handler: handlerName(named),
			Posn:    fw.s.posn(call.Pos()),
			Codes:   codes,
			at:      call.Pos(),
			end:     call.End(),
		}, -1, nil})
	}
	on.b.register(call.Lparen)
}

// methodList returns the methods of a Match call's slice argument: each
// element of a slice literal as far as it is known, else the argument
// in angle brackets, a method that is not a constant.
func (fw *fnWalk) methodList(e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return []string{"<" + types.ExprString(e) + ">"}
	}
	var methods []string
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		methods = append(methods, fw.path(elt))
	}
	return methods
}

// add registers handler h for method and path on a ref.
func (fw *fnWalk) add(call *ast.CallExpr, on ref, method, host, path string, h ast.Expr) {
	s := fw.s
	codes, hpos := s.handler(h, fw.locals, 0)
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
	var b bound
	s.handlerCalls(h, fw.scope, 0, &b)
	if len(b.codes) > 0 {
		r.Codes = written.Normalize(append(r.Codes, b.codes...))
	}
	r.Impls = normalizeImpls(b.impls)
	fw.pending = append(fw.pending, pendingRoute{on, call.Lparen, r, fw.handlerParam(h), normalizeCalls(b.calls)})
	on.b.register(call.Lparen)
}

// middleware returns the codes of middleware arguments.
func (fw *fnWalk) middleware(args []ast.Expr) []written.Code {
	var codes []written.Code
	for _, a := range args {
		t := fw.s.pass.TypesInfo.TypeOf(a)
		if !fw.s.isHandlerValue(t) {
			continue // fiber's Use takes a prefix too
		}
		c, _ := fw.s.handler(a, fw.locals, 0)
		if fw.s.world.chains(t) {
			// A gin middleware that returns without aborting or writing
			// passes the request on: no implicit 200 where it does.
			c = without(c, fw.s.ends(a, fw.locals, 0))
		}
		codes = append(codes, c...)
	}
	return codes
}

// ref follows a router expression to its base.
func (fw *fnWalk) ref(e ast.Expr) (ref, bool) {
	s := fw.s
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return ref{}, false
		}
		if i, ok := fw.params[v]; ok {
			return ref{b: fw.base(v, i, v.Type())}, true
		}
		if v == fw.recvVar && v != nil {
			b := fw.base(v, -1, v.Type())
			b.recv = true
			return ref{b: b}, true
		}
		if call := fw.callbacks[v]; call != nil {
			return fw.ref(call)
		}
		if r := fw.refs[v]; r != nil {
			return *r, r.b != nil
		}
		if rhs := fw.locals[v]; len(rhs) == 1 {
			fw.refs[v] = new(ref) // a cycle ends here
			r, ok := fw.ref(rhs[0])
			if ok {
				fw.refs[v] = &r
			}
			return r, ok
		}
		b := fw.base(v, -1, v.Type())
		b.shared = isGlobal(v)
		return ref{b: b}, true
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return fw.ref(e.X)
		}
	case *ast.CompositeLit:
		// A value made here: &Server{mux: http.NewServeMux()}.
		return ref{b: fw.base(e, -1, info.TypeOf(e))}, true
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			b := fw.base(v, -1, v.Type()) // a field, a package variable
			b.recv = b.recv || fw.isRecv(e.X)
			b.shared = isGlobal(v)
			return ref{b: b}, true
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if row := s.world.row(fn); row != nil && row.Op == frameworks.OpMethods {
				on, ok := fw.recv(e, fn)
				if !ok {
					return ref{}, false
				}
				on.methods = nil
				for _, a := range e.Args {
					on.methods = append(on.methods, fw.path(a))
				}
				return on, true
			}
			if row := s.world.row(fn); row != nil && (row.Op == frameworks.OpGroup || row.Op == frameworks.OpCallback) {
				// A group is a router of its own, mounted where it is made:
				// its Use adds middleware to its routes only.
				if b := fw.bases[e]; b != nil {
					return ref{b: b}, true
				}
				on, ok := fw.recv(e, fn)
				if !ok {
					return ref{}, false
				}
				at := &ref{b: on.b, prefix: on.prefix, mws: on.mws, at: e.Lparen}
				on.b.register(e.Lparen)
				if row.Path >= 0 && row.Path < len(e.Args) {
					at.prefix = on.b.join.Join(at.prefix, fw.path(e.Args[row.Path]))
				}
				if row.Middleware >= 0 && row.Middleware < len(e.Args) {
					end := len(e.Args)
					if row.Op == frameworks.OpCallback && row.Handler >= row.Middleware {
						end = min(row.Handler, end)
					}
					at.mws = append(append([]written.Code(nil), at.mws...), fw.middleware(e.Args[row.Middleware:end])...)
				}
				b := fw.base(e, -1, info.TypeOf(e))
				b.parent = at
				return ref{b: b}, true
			}
			if row := s.world.row(fn); row != nil && row.Op == frameworks.OpUse {
				// gin's and fiber's Use return the router they are
				// called on: Group("/user").Use(mw).POST("", h).
				return fw.recv(e, fn)
			}
			if _, ok := fw.calledGroup(e); ok {
				return fw.groupRef(e, fn)
			}
		}
		return ref{b: fw.base(e, -1, info.TypeOf(e))}, true // a router made here
	}
	return ref{}, false
}

// isRouterExpr reports whether e is a router whose routes can be known:
// a value of a router type, or a handler that a function returns after
// registering routes on it (orders.Routes()).
func (fw *fnWalk) isRouterExpr(e ast.Expr, depth int) bool {
	info := fw.s.pass.TypesInfo
	e = ast.Unparen(e)
	if fw.s.world.isRouter(info.TypeOf(e)) {
		return true
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && fw.s.world.row(fn) == nil {
			for _, rr := range fw.s.registersOf(fn) {
				if rr.Param == -1 {
					return true
				}
			}
		}
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && depth < 8 {
			if rhs := fw.locals[v]; len(rhs) == 1 {
				return fw.isRouterExpr(rhs[0], depth+1)
			}
		}
	}
	return false
}

// base returns the base of key, made on first use for a router of type
// t (nil: one that joins paths with one slash).
func (fw *fnWalk) base(key any, param int, t types.Type) *base {
	b := fw.bases[key]
	if b == nil {
		b = &base{param: param, join: fw.s.world.join(t)}
		fw.bases[key] = b
	}
	return b
}

// registersOf returns the routes fn registers relative to a router.
func (s *state) registersOf(fn *types.Func) []relRoute {
	routes, _ := s.registered(fn)
	return routes
}

// registered returns what fn registers on the routers it is passed or
// returns: its routes, and the middleware its Use calls leave there;
// from the graph of the package, or from fn's fact.
func (s *state) registered(fn *types.Func) ([]relRoute, []relUse) {
	if fn.Pkg() == s.pass.Pkg {
		if f := s.nodes[fn]; f != nil {
			s.read(f, phaseRoutes)
			return f.rel, f.uses
		}
		return nil, nil
	}
	var f registers
	if s.pass.ImportObjectFact(fn, &f) {
		return f.Routes, f.Uses
	}
	return nil, nil
}

// through returns a route that fn registers as registered by call: in
// this package, the call is where it gets its full path. So is a
// route that a function of a generated file of this package registers:
// generated files are not reported, the code that calls them is
// (oapi-codegen's HandlerFromMux called from the package's own main).
func (s *state) through(r Route, fn *types.Func, call *ast.CallExpr) Route {
	if fn.Pkg() != s.pass.Pkg || s.inGenerated(fn) {
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

package routes

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file follows calls whose callee is known only where a value is:
// a method of an interface (siw.Handler.FindPets(w, r, params), where
// the Handler field holds the implementation of a generated server's
// interface) and the function a field holds (siw.ErrorHandlerFunc(w, r,
// err)). A summary carries such a call symbolically, as a dispatch on
// one of its parameters or its receiver, a path of fields below it; the
// caller binds it to its arguments as registrations are bound to
// prefixes: to a value of a concrete type (the codes of that type's
// method), to the functions stored into the field (a composite literal,
// an assignment to the field, the default a generated constructor stores
// when it is nil), or to a parameter of its own, for its caller in turn.
// A value that cannot be followed writes what is not known (code 0).

// A Dispatch is a call whose callee is known only where the value it is
// made on is: the value of parameter Param (recvParam: the receiver),
// then of its Fields in order.
type Dispatch struct {
	Param  int
	Fields []string
	// Method is the interface method called on the value; "" when the
	// value is a function, called.
	Method string
	// Via, when set, is the method called on the value whose result
	// Method is called on: a strict server's implementation returns the
	// response object whose Visit method writes.
	Via string
	// Status: the value is itself the status written (a response's
	// StatusCode field), not called.
	Status bool
	// Posn is where it is called: a code that cannot be known is there.
	Posn token.Position
	// Args are the constant integer arguments of the call: a function
	// that writes the status it is given (gin's default ErrorHandler,
	// c.JSON(statusCode, ...)) writes them, as a wrapper does.
	Args []ArgCode
}

// An ArgCode is a constant integer argument of a dispatch: the index of
// its parameter, its value, where it is.
type ArgCode struct {
	Param int
	Code  int
	Posn  token.Position
}

func (d Dispatch) String() string {
	on := fmt.Sprint(d.Param)
	if d.Param == recvParam {
		on = "recv"
	}
	parts := append([]string{on}, d.Fields...)
	call := "()"
	switch {
	case d.Status:
		call = "=status"
	case d.Method != "":
		call = "." + d.Method
	}
	if d.Via != "" {
		call = "." + d.Via + "()" + call
	}
	p := d.Posn
	p.Filename = filepathBase(p.Filename)
	out := strings.Join(parts, ".") + call + "@" + written.Posn(p)
	for _, a := range d.Args {
		out += fmt.Sprintf(" %d:%d", a.Param, a.Code)
	}
	return out
}

func filepathBase(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// on is d made on parameter param of the caller, under fields.
func (d Dispatch) on(param int, fields []string) Dispatch {
	d.Param = param
	d.Fields = slices.Clone(fields)
	return d
}

func compareDispatch(a, b Dispatch) int {
	return cmp.Or(cmp.Compare(a.Param, b.Param), slices.Compare(a.Fields, b.Fields),
		strings.Compare(a.Method, b.Method), strings.Compare(a.Via, b.Via),
		cmp.Compare(btoi(a.Status), btoi(b.Status)), written.ComparePosn(a.Posn, b.Posn))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// normalizeCalls sorts dispatches and drops repeats.
func normalizeCalls(calls []Dispatch) []Dispatch {
	slices.SortFunc(calls, compareDispatch)
	return slices.CompactFunc(calls, func(a, b Dispatch) bool { return compareDispatch(a, b) == 0 })
}

// maxFields bounds the path of fields a dispatch carries: a function
// that passes a field of its parameter to itself would add one a round.
const maxFields = 4

// A scope is what binding needs of the function the binding is in: its
// parameters and receiver, what is assigned to its locals and stored
// into their fields (nil when its body was not walked for them).
type scope struct {
	sig    *types.Signature
	locals map[*types.Var][]ast.Expr
	stores map[*types.Var][]fieldStore
	// results are the expressions whose first result a variable is:
	// response, err := handler(...); v, ok := x.(T).
	results map[*types.Var]ast.Expr
	// elems are the collections a range loop's value variable ranges
	// over.
	elems map[*types.Var]ast.Expr
}

// A fieldStore is an assignment to a field of a variable: v.F = rhs.
type fieldStore struct {
	field string
	rhs   ast.Expr
}

// param returns the index of v among the scope's parameters, recvParam
// for its receiver.
func (sc scope) param(v *types.Var) (int, bool) {
	if sc.sig == nil {
		return 0, false
	}
	if v == sc.sig.Recv() && v != nil {
		return recvParam, true
	}
	for i := range sc.sig.Params().Len() {
		if sc.sig.Params().At(i) == v {
			return i, true
		}
	}
	return 0, false
}

// scopeOf is the scope of f's declaration: a literal binds to the
// parameters of the declaration it is inside.
func (s *state) scopeOf(f *fnode) scope {
	if f.top != nil {
		f = f.top
	}
	sc := scope{sig: f.sig}
	if f.obj == nil {
		sc.sig = nil
	}
	if f.syntax != nil {
		sc.locals, sc.stores, sc.results, sc.elems = f.syntax.locals, f.syntax.stores, f.syntax.results, f.syntax.elems
	}
	return sc
}

// bound is what binding dispatches gives: codes, dispatches left to
// the caller of the scope's function, and the methods of concrete types
// they were bound to (a route names them beside its handler).
type bound struct {
	codes []written.Code
	calls []Dispatch
	impls []Impl
}

func (b *bound) unknown(d Dispatch) {
	b.codes = append(b.codes, written.Code{Posn: d.Posn})
}

// dispatches reports whether fn is an interface method whose
// implementations write the response: it takes one to write. A
// handler's ServeHTTP is not: the handler it is made on counts where it
// is given (next.ServeHTTP in a middleware).
func (s *state) dispatches(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || !s.world.takesWriter(fn.Signature()) || s.world.row(fn) != nil {
		return false
	}
	return fn.Name() != "ServeHTTP" || !s.world.isHandler(recv.Type())
}

// callDispatch returns the dispatch that call makes in scope sc, if it
// makes one: an interface method that writes, or a function held by a
// field that takes a response to write.
func (s *state) callDispatch(call *ast.CallExpr, callee *types.Func, sc scope, out *bound) bool {
	info := s.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && callee == nil {
		return s.wrappedDispatch(call, id, sc, out)
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if callee != nil {
		if !s.dispatches(callee) {
			return false
		}
		s.bind(sel.X, nil, Dispatch{Method: callee.Name(), Posn: s.posn(call.Lparen)}, sc, 0, out)
		return true
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || !v.IsField() {
		return false
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || !s.world.takesWriter(sig) {
		return false
	}
	d := Dispatch{Posn: s.posn(call.Lparen)}
	for i, arg := range call.Args {
		if i < sig.Params().Len() && isInteger(sig.Params().At(i).Type()) {
			if v, ok := constant.Int64Val(constant.ToInt(info.Types[arg].Value)); ok {
				d.Args = append(d.Args, ArgCode{i, int(v), s.posn(arg.Pos())})
			}
		}
	}
	s.bind(sel, nil, d, sc, 0, out)
	return true
}

// wrappedDispatch returns the dispatches of a call of the local
// function variable id that takes a response to write, where a value
// known only where it is wraps it: handler = middleware(handler, "FindPets")
// in a strict server, the middleware an element of a slice field. Such a
// middleware writes what the function it returns writes, before or
// instead of calling the one it wraps: what its summary holds.
func (s *state) wrappedDispatch(call *ast.CallExpr, id *ast.Ident, sc scope, out *bound) bool {
	info := s.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if _, isParam := sc.param(v); isParam {
		return false
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || !s.world.takesWriter(sig) {
		return false
	}
	found := false
	for _, rhs := range sc.locals[v] {
		wrap, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok || info.Types[wrap.Fun].IsType() {
			continue
		}
		if _, static := typeutil.Callee(info, wrap).(*types.Func); static {
			continue // a function's own codes count where it is called
		}
		s.bind(wrap.Fun, nil, Dispatch{Posn: s.posn(call.Lparen)}, sc, 0, out)
		found = true
	}
	return found
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// forwarded returns the codes that a function which writes the status
// its parameters forwards give (see writes.Forwards) is given by d.
func forwarded(d Dispatch, forwards []int) []written.Code {
	var out []written.Code
	for _, a := range d.Args {
		if slices.Contains(forwards, a.Param) {
			out = append(out, written.Code{Code: a.Code, Posn: a.Posn})
		}
	}
	return out
}

// bindCall binds the dispatches of a function called by call, in scope
// sc: a parameter's to the argument, the receiver's to the value the
// method is called on.
func (s *state) bindCall(calls []Dispatch, call *ast.CallExpr, callee *types.Func, sc scope, out *bound) {
	for _, d := range calls {
		switch {
		case d.Param >= 0 && d.Param < len(call.Args):
			s.bind(call.Args[d.Param], d.Fields, d, sc, 0, out)
		case d.Param == recvParam && callee != nil && callee.Signature().Recv() != nil:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				s.bind(sel.X, d.Fields, d, sc, 0, out)
				continue
			}
			out.unknown(d)
		default:
			out.unknown(d)
		}
	}
}

// bindValue binds the dispatches of a function used as a value (a method
// value x.M, a function stored in a field): the receiver's to x; its
// parameters' are not known.
func (s *state) bindValue(calls []Dispatch, e ast.Expr, sc scope, depth int, out *bound) {
	for _, d := range calls {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && d.Param == recvParam && s.pass.TypesInfo.Selections[sel] != nil {
			s.bind(sel.X, d.Fields, d, sc, depth+1, out)
			continue
		}
		out.unknown(d)
	}
}

// bind binds dispatch d to its value: expression e of scope sc, then
// e's fields.
func (s *state) bind(e ast.Expr, fields []string, d Dispatch, sc scope, depth int, out *bound) {
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 8 || len(fields) > maxFields {
		out.unknown(d)
		return
	}
	if len(fields) == 0 {
		t := info.TypeOf(e)
		if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
			t = tup.At(0).Type() // response, err := handler(...)
		}
		if d.Status {
			if v, ok := constant.Int64Val(constant.ToInt(info.Types[e].Value)); ok {
				out.codes = append(out.codes, s.code(int(v), e.Pos()))
				return
			}
		} else if d.Method != "" && t != nil && !types.IsInterface(t) {
			s.bindMethod(t, e, d, sc, depth, out)
			return
		}
		if d.Method == "" && s.bindFunc(e, d, sc, depth, out) {
			return
		}
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return // nil: nothing is called
		}
		for _, st := range sc.stores[v] {
			if len(fields) > 0 && st.field == fields[0] {
				s.bind(st.rhs, fields[1:], d, sc, depth+1, out)
			}
		}
		if i, ok := sc.param(v); ok {
			out.calls = append(out.calls, d.on(i, fields))
			return
		}
		if rhs := sc.locals[v]; len(rhs) > 0 {
			for _, r := range rhs {
				if !mentions(info, r, v) { // handler = middleware(handler): the value it wraps
					s.bind(r, fields, d, sc, depth+1, out)
				}
			}
			return
		}
		if r := sc.results[v]; r != nil {
			s.bind(r, fields, d, sc, depth+1, out)
			return
		}
		if x := sc.elems[v]; x != nil {
			// An element of a collection: bound where the collection's
			// elements are.
			s.bind(x, fields, d, sc, depth+1, out)
			return
		}
		if len(sc.stores[v]) > 0 && len(fields) > 0 {
			// var opts T; opts.F = f: a field holds what is stored
			// into it, nothing where nothing is.
			return
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && v.IsField() {
			s.bind(e.X, append([]string{e.Sel.Name}, fields...), d, sc, depth+1, out)
			return
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			s.bind(e.X, fields, d, sc, depth+1, out)
			return
		}
	case *ast.CompositeLit:
		if len(fields) == 0 {
			// A call made on an element of a slice or an array (a
			// range over a strict server's middlewares) is made on
			// each element of the literal.
			var t types.Type = types.Typ[types.Invalid]
			if lt := info.TypeOf(e); lt != nil {
				t = lt.Underlying()
			}
			switch t.(type) {
			case *types.Slice, *types.Array:
				for _, elt := range e.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						elt = kv.Value
					}
					s.bind(elt, nil, d, sc, depth+1, out)
				}
				return
			}
			break
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok && key.Name == fields[0] {
					s.bind(kv.Value, fields[1:], d, sc, depth+1, out)
				}
			}
		}
		return // a field not set holds nothing to call
	case *ast.TypeAssertExpr:
		s.bind(e.X, fields, d, sc, depth+1, out) // response.(FindPetsResponseObject)
		return
	case *ast.CallExpr:
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			s.bind(e.Args[0], fields, d, sc, depth+1, out) // ServerInterface(store)
			return
		}
		if len(fields) == 0 && !d.Status && d.Method != "" && s.bindResult(e, d, sc, depth, out) {
			return
		}
		if len(fields) > 0 && s.bindReturned(e, fields, d, sc, depth, out) {
			return
		}
	}
	out.unknown(d)
}

// bindResult binds d, a method called on the result of call: a function
// that returns values of concrete types (its yields), a method of an
// interface (the result of the implementation's, bound where that is
// known), a function literal held by a local. It reports false for any
// other call.
func (s *state) bindResult(call *ast.CallExpr, d Dispatch, sc scope, depth int, out *bound) bool {
	info := s.pass.TypesInfo
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		if d.Via != "" {
			return false
		}
		if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			d.Via = fn.Name()
			s.bind(sel.X, nil, d, sc, depth+1, out)
			return true
		}
		y := s.funcYields(fn, d.Method)
		if y == nil {
			return false
		}
		out.codes = append(out.codes, y.Codes...)
		s.bindCall(y.Calls, call, fn, sc, out)
		return true
	case *types.Var:
		// handler(ctx, w, r, request), handler a literal that returns
		// what the implementation returns.
		found := false
		for _, rhs := range sc.locals[fn] {
			lit, ok := ast.Unparen(rhs).(*ast.FuncLit)
			if !ok {
				continue
			}
			if f := s.litNodes[lit]; f != nil {
				for _, ret := range f.returns {
					if len(ret.Results) > 0 {
						s.bind(ret.Results[0], nil, d, sc, depth+1, out)
						found = true
					}
				}
			}
		}
		return found
	}
	return false
}

// bindReturned binds d, made on fields of the value that call returns,
// to the values a function of the package returns, in its own scope: a
// helper that builds the options and stores the error handler into
// them (opts.ErrorHandlerFunc = f; return opts). What is left on the
// helper's parameters is bound to the call's arguments. It reports
// false for a call of any other function.
func (s *state) bindReturned(call *ast.CallExpr, fields []string, d Dispatch, sc scope, depth int, out *bound) bool {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() != s.pass.Pkg {
		return false
	}
	f := s.nodes[fn]
	if f == nil || f.syntax == nil {
		return false
	}
	var sub bound
	for _, ret := range f.returns {
		if len(ret.Results) > 0 {
			s.bind(ret.Results[0], fields, d, s.scopeOf(f), depth+1, &sub)
		}
	}
	out.codes = append(out.codes, sub.codes...)
	s.bindCall(sub.calls, call, fn, sc, out)
	return true
}

// mentions reports whether e uses v.
func mentions(info *types.Info, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// bindMethod binds d to the method of the concrete type t, called on the
// value e: the method's codes, and its own dispatches on its receiver
// bound to e.
func (s *state) bindMethod(t types.Type, e ast.Expr, d Dispatch, sc scope, depth int, out *bound) {
	name := d.Method
	if d.Via != "" {
		name = d.Via
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkgOf(t), name)
	fn, ok := obj.(*types.Func)
	if !ok {
		out.unknown(d)
		return
	}
	if types.IsInterface(fn.Signature().Recv().Type()) {
		// A method promoted from an embedded interface calls the value
		// that fills the field, which is not followed.
		out.unknown(d)
		return
	}
	out.impls = append(out.impls, s.implOf(fn))
	var codes []written.Code
	var calls []Dispatch
	if d.Via != "" {
		// The implementation's method returns the values whose Method
		// writes.
		y := s.funcYields(fn, d.Method)
		if y == nil {
			out.unknown(d)
			return
		}
		codes, calls = y.Codes, y.Calls
	} else if sum := s.funcWrites(fn); sum != nil {
		codes, calls = sum.Codes, sum.Calls
	}
	out.codes = append(out.codes, codes...)
	for _, c := range calls {
		if c.Param == recvParam {
			s.bind(e, c.Fields, c, sc, depth+1, out)
			continue
		}
		out.unknown(c)
	}
}

// bindFunc binds a call of the function value e: a literal, a function,
// a method value. It reports false for any other expression.
func (s *state) bindFunc(e ast.Expr, d Dispatch, sc scope, depth int, out *bound) bool {
	switch e := e.(type) {
	case *ast.FuncLit:
		if f := s.litNodes[e]; f != nil {
			s.read(f, phaseCodes)
			out.codes = append(out.codes, f.sum.Codes...)
			out.codes = append(out.codes, forwarded(d, f.sum.Forwards)...)
			out.calls = append(out.calls, f.sum.Calls...)
		}
		return true
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := usedObject(s.pass.TypesInfo, e).(*types.Func); ok {
			if sum := s.funcWrites(fn); sum != nil {
				out.codes = append(out.codes, sum.Codes...)
				out.codes = append(out.codes, forwarded(d, sum.Forwards)...)
				s.bindValue(sum.Calls, e, sc, depth, out)
			}
			return true
		}
	}
	return false
}

func pkgOf(t types.Type) *types.Package {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
}

// unknowns are the codes of dispatches that nothing binds: not known.
func unknowns(calls []Dispatch) []written.Code {
	var out []written.Code
	for _, d := range calls {
		out = append(out, written.Code{Posn: d.Posn})
	}
	return out
}

// handlerCalls binds the dispatches of what the handler expression e
// writes in scope sc: those of a method value to its receiver, those of
// a literal as they are (they are the scope's), those of a middleware or
// a handler factory to its arguments.
func (s *state) handlerCalls(e ast.Expr, sc scope, depth int, out *bound) {
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 8 {
		return
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		if f := s.litNodes[e]; f != nil {
			out.calls = append(out.calls, f.sum.Calls...)
		}
		return
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := usedObject(info, e).(type) {
		case *types.Func:
			if sum := s.funcWrites(obj); sum != nil {
				s.bindValue(sum.Calls, e, sc, depth, out)
			}
			return
		case *types.Var:
			if rhs := sc.locals[obj]; len(rhs) == 1 {
				s.handlerCalls(rhs[0], sc, depth+1, out)
				return
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			s.handlerCalls(e.Args[0], sc, depth+1, out) // http.HandlerFunc(f)
			return
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			if sum := s.funcWrites(fn); sum != nil {
				s.bindCall(sum.Calls, e, fn, sc, out)
			}
			for _, arg := range e.Args {
				if s.isHandlerValue(info.TypeOf(arg)) {
					s.handlerCalls(arg, sc, depth+1, out)
				}
			}
			return
		}
	}
	// A value of a type with ServeHTTP: its dispatches on its receiver
	// are made on the value.
	if m := s.serveHTTP(info.TypeOf(e)); m != nil {
		if sum := s.funcWrites(m); sum != nil {
			for _, d := range sum.Calls {
				if d.Param == recvParam {
					s.bind(e, d.Fields, d, sc, depth+1, out)
					continue
				}
				out.unknown(d)
			}
		}
	}
}

// paramIndex returns the index of v among sig's parameters, -1 when it
// is none of them.
func paramIndex(sig *types.Signature, v *types.Var) int {
	if sig == nil {
		return -1
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// isRecvField reports whether e is a field (of a field…) of the receiver
// of sc's method: a status written from it is the value's.
func (s *state) isRecvField(e ast.Expr, sc scope) bool {
	if sc.sig == nil || sc.sig.Recv() == nil {
		return false
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	for ok {
		if v, isVar := s.pass.TypesInfo.Uses[sel.Sel].(*types.Var); !isVar || !v.IsField() {
			return false
		}
		if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID {
			return s.pass.TypesInfo.Uses[id] == sc.sig.Recv()
		}
		sel, ok = ast.Unparen(sel.X).(*ast.SelectorExpr)
	}
	return false
}

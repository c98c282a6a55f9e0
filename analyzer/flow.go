package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file follows values to sinks (SPEC sections 2 and 3): a constant
// argument is checked where it stands; a local variable is traced to every
// constant assigned to it in its function; a parameter makes its function
// a wrapper, whose callers are checked in turn.

// A function is a FuncDecl or a FuncLit of the package being analyzed.
type function struct {
	obj   *types.Func // nil for a function literal
	kinds []kind      // kinds[i]: what reaches a sink through parameter i
}

// A param is parameter idx of fn (the receiver not counted).
type param struct {
	fn  *function
	idx int
}

// A source is where a value reaching a sink comes from: a constant
// expression, or a parameter of the enclosing function.
type source struct {
	expr  ast.Expr // constant expression, or nil
	param param
}

// A localCall passes arg to parameter idx of a function of this package,
// which may turn out to be a wrapper once every body has been seen.
type localCall struct {
	callee param
	arg    ast.Expr
}

// flow holds what one pass learns about functions and local variables.
type flow struct {
	r *run

	funcs  map[ast.Node]*function     // *ast.FuncDecl or *ast.FuncLit
	byObj  map[*types.Func]*function  // declared functions and methods
	params map[*types.Var]param       // every parameter of the package
	facts  map[*types.Func]*isWrapper // imported wrapper facts, memoized

	// assigns maps each local variable to the expressions assigned to it
	// (:=, =, var); built on first need.
	assigns map[*types.Var][]ast.Expr

	// pending: arguments of local calls, waiting to know whether the callee
	// parameter is a wrapper. The values are the arguments' sources.
	pending map[param][]source
}

func newFlow(r *run) *flow {
	return &flow{
		r:       r,
		funcs:   make(map[ast.Node]*function),
		byObj:   make(map[*types.Func]*function),
		params:  make(map[*types.Var]param),
		facts:   make(map[*types.Func]*isWrapper),
		pending: make(map[param][]source),
	}
}

// declare registers a function and its parameters.
func (fl *flow) declare(node ast.Node, obj *types.Func, ftype *ast.FuncType) {
	fn := &function{obj: obj}
	fl.funcs[node] = fn
	if obj != nil {
		fl.byObj[obj] = fn
	}
	idx := 0
	for _, field := range ftype.Params.List {
		if len(field.Names) == 0 {
			idx++
			continue
		}
		for _, name := range field.Names {
			if v, ok := fl.r.pass.TypesInfo.Defs[name].(*types.Var); ok {
				fl.params[v] = param{fn, idx}
			}
			idx++
		}
	}
	fn.kinds = make([]kind, idx)
}

// sources appends to out where the value of e comes from.
func (fl *flow) sources(e ast.Expr, seen map[*types.Var]bool, out []source) []source {
	info := fl.r.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return append(out, source{expr: e})
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return out
		}
		if p, ok := fl.params[v]; ok {
			return append(out, source{param: p})
		}
		if !fl.isLocal(v) || seen[v] {
			return out
		}
		if seen == nil {
			seen = make(map[*types.Var]bool)
		}
		seen[v] = true
		for _, rhs := range fl.assigned(v) {
			out = fl.sources(rhs, seen, out)
		}
	case *ast.CallExpr:
		// A conversion, int(code) or Code(status), passes its operand on.
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return fl.sources(e.Args[0], seen, out)
		}
	}
	return out
}

// isLocal reports whether v is a variable declared inside a function.
func (fl *flow) isLocal(v *types.Var) bool {
	return !v.IsField() && v.Parent() != nil && v.Parent() != fl.r.pass.Pkg.Scope() && v.Pkg() == fl.r.pass.Pkg
}

// assigned returns the expressions assigned to the local variable v.
func (fl *flow) assigned(v *types.Var) []ast.Expr {
	if fl.assigns == nil {
		fl.assigns = make(map[*types.Var][]ast.Expr)
		info := fl.r.pass.TypesInfo
		add := func(id *ast.Ident, rhs ast.Expr) {
			if lv, ok := info.ObjectOf(id).(*types.Var); ok && fl.isLocal(lv) {
				fl.assigns[lv] = append(fl.assigns[lv], rhs)
			}
		}
		for n := range fl.r.inspect.PreorderSeq((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if (n.Tok != token.DEFINE && n.Tok != token.ASSIGN) || len(n.Lhs) != len(n.Rhs) {
					continue // op-assignments and tuple results carry no constant
				}
				for i, lhs := range n.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						add(id, n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) != len(n.Values) {
					continue
				}
				for i, id := range n.Names {
					add(id, n.Values[i])
				}
			}
		}
	}
	return fl.assigns[v]
}

// use records that e reaches a sink of kind k: its constant sources are
// checked, its parameter sources make their functions wrappers.
func (fl *flow) use(e ast.Expr, k kind, consts string) {
	for _, s := range fl.sources(e, nil, nil) {
		if s.expr != nil {
			fl.r.check(s.expr, k, consts)
		} else {
			fl.wrap(s.param, k)
		}
	}
}

// wrap marks parameter p as reaching a sink of kind k and passes the news
// back to the callers that hand their own parameters to it. Kinds only
// grow, so recursion and mutual recursion end.
func (fl *flow) wrap(p param, k kind) {
	if p.fn.kinds[p.idx]|k == p.fn.kinds[p.idx] {
		return
	}
	p.fn.kinds[p.idx] |= k
	for _, s := range fl.pending[p] {
		if s.expr == nil {
			fl.wrap(s.param, p.fn.kinds[p.idx])
		}
	}
}

// call handles a call: to a sink, to a wrapper of another package, or to a
// function of this package that may be a wrapper.
func (fl *flow) call(call *ast.CallExpr) {
	r := fl.r
	info := r.pass.TypesInfo
	var fn *types.Func
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Func:
		// A method of a generic type comes instantiated (Resp[int].Send);
		// functions and facts are keyed by the declared one.
		fn = obj.Origin()
	case *types.Var:
		// A local variable bound once to a function literal or to a
		// function or method value: reply := func(code int) {...};
		// f := w.WriteHeader.
		if !fl.isLocal(obj) {
			return
		}
		rhs := fl.assigned(obj)
		if len(rhs) != 1 {
			return
		}
		switch v := ast.Unparen(rhs[0]).(type) {
		case *ast.FuncLit:
			if callee := fl.funcs[v]; callee != nil {
				fl.callLocal(callee, call.Args, call.Ellipsis.IsValid())
			}
			return
		case *ast.SelectorExpr:
			fn, _ = info.Uses[v.Sel].(*types.Func)
		case *ast.Ident:
			fn, _ = info.Uses[v].(*types.Func)
		}
		if fn == nil {
			return
		}
	default:
		return
	}
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):] // (*T).M(t, code): the receiver comes first
		}
	}
	spread := call.Ellipsis.IsValid()

	if s := r.sinks.calls[fn]; s != nil {
		if s.arg < len(args) && !(spread && s.arg == len(args)-1) {
			fl.use(args[s.arg], s.kinds(), s.consts)
		}
		return
	}
	if r.sinks.writesHeader(fn) {
		if len(args) == 1 {
			fl.use(args[0], sets|strict, "")
		}
		return
	}
	if fn.Pkg() == r.pass.Pkg {
		if callee := fl.byObj[fn]; callee != nil {
			fl.callLocal(callee, args, spread)
		}
		return
	}
	if f := fl.importedFact(fn); f != nil {
		for i, k := range f.Kinds {
			if k != 0 && i < len(args) && !(spread && i == len(args)-1) {
				fl.use(args[i], k, "")
			}
		}
	}
}

// callLocal records the arguments of a call to a function of this
// package. Whether the callee is a wrapper is known only once every body
// has been walked, so the sources wait in pending; a parameter already
// known to be a wrapper passes its kind on at once.
func (fl *flow) callLocal(callee *function, args []ast.Expr, spread bool) {
	for i, arg := range args {
		if i >= len(callee.kinds) || (spread && i == len(args)-1) {
			break
		}
		if !isInteger(fl.r.pass.TypesInfo.TypeOf(arg)) {
			continue
		}
		p := param{callee, i}
		srcs := fl.sources(arg, nil, nil)
		fl.pending[p] = append(fl.pending[p], srcs...)
		if k := callee.kinds[i]; k != 0 {
			for _, s := range srcs {
				if s.expr == nil {
					fl.wrap(s.param, k)
				}
			}
		}
	}
}

// importedFact returns the wrapper fact of a function of another package.
func (fl *flow) importedFact(fn *types.Func) *isWrapper {
	if f, ok := fl.facts[fn]; ok {
		return f
	}
	var f *isWrapper
	if fact := new(isWrapper); fl.r.pass.ImportObjectFact(fn, fact) {
		f = fact
	}
	fl.facts[fn] = f
	return f
}

// finish checks the constants passed to local wrappers, now that every
// wrapper is known, and exports the facts of this package's wrappers.
func (fl *flow) finish() {
	for p, srcs := range fl.pending {
		k := p.fn.kinds[p.idx]
		if k == 0 {
			continue
		}
		for _, s := range srcs {
			if s.expr != nil {
				fl.r.check(s.expr, k, "")
			}
		}
	}
	for obj, fn := range fl.byObj {
		for _, k := range fn.kinds {
			if k != 0 {
				fl.r.pass.ExportObjectFact(obj, &isWrapper{Kinds: fn.kinds})
				break
			}
		}
	}
}

// isInteger reports whether t can hold a status code: an integer type, or
// a type parameter whose type set holds only integers.
func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	if tp, ok := t.(*types.TypeParam); ok {
		return integerSet(tp.Constraint(), 0)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// integerSet reports whether every type of the type set of t is an
// integer: a union of integer terms, or an interface that embeds one,
// directly or through named constraints (constraints.Integer embeds
// Signed | Unsigned). An interface's type set is the intersection of its
// embedded elements', so one integer element is enough.
func integerSet(t types.Type, depth int) bool {
	if depth > 8 {
		return false // constraints do not nest deeper than this in practice
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		for i := range u.NumEmbeddeds() {
			if integerSet(u.EmbeddedType(i), depth+1) {
				return true
			}
		}
		return false
	case *types.Union:
		for i := range u.Len() {
			if !integerSet(u.Term(i).Type(), depth+1) {
				return false
			}
		}
		return u.Len() > 0
	}
	return isInteger(t)
}

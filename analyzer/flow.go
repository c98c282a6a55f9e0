package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"
)

// This file follows values to sinks: a constant argument is checked where
// it stands; a local variable is traced to every constant assigned to it
// in its function; a parameter makes its function a wrapper, whose callers
// are checked in turn; a function result that reaches a sink makes its
// function a status function, whose returns are checked; an integer field
// that reaches a sink is a status field, whose stores are checked.
//
// Parameters, results and fields are slots. Values flow into a slot from
// sources (arguments, return statements, stores), and a slot reaches sinks
// of some kind. Sources wait in pending until every body has been walked;
// then the constants among them are checked by the kind of their slot. A
// parameter keeps only the arguments passed to it, whose sources are
// found if it turns out to reach a sink.

// A function is a FuncDecl or a FuncLit of the package being analyzed.
type function struct {
	obj     *types.Func // nil for a function literal
	body    *ast.BlockStmt
	sig     *types.Signature
	nparams int
	ifs     []ifGuard // guards of its body, on first need
	scanned bool
}

// A slot is a parameter or a result of a function of this package, or a
// struct field of any package.
type slot struct {
	fn    *function
	idx   int        // parameter index (receiver not counted), or -1-i for result i
	field *types.Var // a field's origin, when fn is nil
}

func (s slot) isParam() bool { return s.fn != nil && s.idx >= 0 }

// A source is where a value reaching a slot or a sink comes from.
type source struct {
	expr ast.Expr // a constant expression; else
	slot slot     // a slot, when call is nil; else
	call *ast.CallExpr
	// codes: call is to a status function of another package whose fact
	// lists the codes it returns.
	codes *isStatusFunc
	// guard: what the value of a slot source satisfies where it is used
	// (if code != 0 { w.WriteHeader(code) }).
	guard []cond
}

// A cond holds for a value: value op c.
type cond struct {
	op token.Token
	c  constant.Value
}

// An assign is a value assigned to a local variable: rhs, or result idx
// of the call rhs when idx >= 0 (code, err := statusOf(x)).
type assign struct {
	rhs ast.Expr
	idx int
}

// flow holds what one pass learns about functions, variables and fields.
type flow struct {
	r *run

	funcs   map[ast.Node]*function    // *ast.FuncDecl or *ast.FuncLit
	byObj   map[*types.Func]*function // declared functions and methods
	list    []*function               // in declaration order
	params  map[*types.Var]slot       // every parameter of the package
	byScope map[*types.Scope]*function

	wrapFacts  map[*types.Func]*isWrapper // imported facts, memoized
	funcFacts  map[*types.Func]*isStatusFunc
	fieldKinds map[*types.Var]bool // fields whose table row or fact has been looked up

	kinds   map[slot]kind
	guards  map[slot][]cond // params: what every value reaching a sink satisfies
	pending map[slot][]source
	// args holds the arguments passed to each parameter of this package.
	// A parameter's sources are found from them only once it reaches a
	// sink: few do, and a large package passes integers to its own
	// functions hundreds of thousands of times.
	args    map[slot][]ast.Expr
	order   []slot // slots in the order they were first met, for the checks
	tracked map[slot]bool

	// assigns maps each local variable to the values assigned to it (:=,
	// =, var); built on first need.
	assigns map[*types.Var][]assign

	scratch []source // feedFrom's buffer
}

func newFlow(r *run) *flow {
	return &flow{
		r:          r,
		funcs:      make(map[ast.Node]*function),
		byObj:      make(map[*types.Func]*function),
		params:     make(map[*types.Var]slot),
		byScope:    make(map[*types.Scope]*function),
		wrapFacts:  make(map[*types.Func]*isWrapper),
		funcFacts:  make(map[*types.Func]*isStatusFunc),
		fieldKinds: make(map[*types.Var]bool),
		kinds:      make(map[slot]kind),
		guards:     make(map[slot][]cond),
		pending:    make(map[slot][]source),
		args:       make(map[slot][]ast.Expr),
		tracked:    make(map[slot]bool),
	}
}

// declare registers a function and its parameters.
func (fl *flow) declare(node ast.Node, obj *types.Func, ftype *ast.FuncType, body *ast.BlockStmt) {
	info := fl.r.pass.TypesInfo
	fn := &function{obj: obj, body: body}
	if obj != nil {
		fn.sig = obj.Signature()
		fl.byObj[obj] = fn
	} else if lit, ok := node.(*ast.FuncLit); ok {
		fn.sig, _ = info.TypeOf(lit).(*types.Signature)
	}
	fl.funcs[node] = fn
	fl.list = append(fl.list, fn)
	if sc := info.Scopes[ftype]; sc != nil {
		fl.byScope[sc] = fn
	}
	idx := 0
	for _, field := range ftype.Params.List {
		if len(field.Names) == 0 {
			idx++
			continue
		}
		for _, name := range field.Names {
			if v, ok := info.Defs[name].(*types.Var); ok {
				fl.params[v] = slot{fn: fn, idx: idx}
			}
			idx++
		}
	}
	fn.nparams = idx
}

// intResult reports whether result i of fn is an integer.
func (fn *function) intResult(i int) bool {
	return fn.sig != nil && i < fn.sig.Results().Len() && isInteger(fn.sig.Results().At(i).Type())
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
		if v, ok := info.Uses[e].(*types.Var); ok {
			return fl.varSources(v, e.Pos(), seen, out)
		}
	case *ast.SelectorExpr:
		if v := fl.fieldOf(e); v != nil {
			return append(out, source{slot: slot{field: v}})
		}
	case *ast.CallExpr:
		// A conversion, int(code) or Code(status), passes its operand on.
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return fl.sources(e.Args[0], seen, out)
		}
		return fl.resultSources(e, 0, out)
	}
	return out
}

// varSources appends the sources of variable v used at pos: a parameter
// is a slot source, and a local variable (a parameter too) is traced to
// the values assigned to it. The guards at pos filter what gets through.
func (fl *flow) varSources(v *types.Var, pos token.Pos, seen map[*types.Var]bool, out []source) []source {
	p, isParam := fl.params[v]
	if isParam {
		// The value the caller passed, unless an if before pos replaced it.
		out = append(out, source{slot: p, guard: fl.guardAt(v, pos, true)})
	}
	if !fl.isLocal(v) || seen[v] {
		return out
	}
	if seen == nil {
		seen = make(map[*types.Var]bool)
	}
	seen[v] = true
	start := len(out)
	for _, a := range fl.assigned(v) {
		if a.idx < 0 {
			out = fl.sources(a.rhs, seen, out)
		} else if call, ok := a.rhs.(*ast.CallExpr); ok {
			out = fl.resultSources(call, a.idx, out)
		}
	}
	if g := fl.guardAt(v, pos, false); len(g) > 0 {
		kept := out[:start]
		for _, s := range out[start:] {
			if s.expr != nil {
				if !fl.satisfies(s.expr, g) {
					continue
				}
			} else {
				s.guard = append(append([]cond(nil), s.guard...), g...)
			}
			kept = append(kept, s)
		}
		out = kept
	}
	return out
}

// resultSources appends the source of result idx of call: a result slot
// of a function of this package, or the codes of a status function of
// another package.
func (fl *flow) resultSources(call *ast.CallExpr, idx int, out []source) []source {
	fn, ok := typeutil.Callee(fl.r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return out // interface methods of user types, function values: not followed
	}
	fn = fn.Origin()
	if fn.Pkg() == fl.r.pass.Pkg {
		if callee := fl.byObj[fn]; callee != nil && callee.intResult(idx) {
			out = append(out, source{slot: slot{fn: callee, idx: -1 - idx}})
		}
		return out
	}
	if f := fl.importedFunc(fn); f != nil && f.Result == idx {
		out = append(out, source{call: call, codes: f})
	}
	return out
}

// fieldOf returns the integer field that sel selects (its origin, for a
// field of a generic type), or nil. The client fields of the fieldSinks
// table are not status fields: they hold codes other services sent.
func (fl *flow) fieldOf(sel *ast.SelectorExpr) *types.Var {
	s := fl.r.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, ok := s.Obj().(*types.Var)
	if !ok {
		return nil
	}
	return fl.statusCandidate(v)
}

// statusCandidate returns the origin of field v if it can be a status
// field: an integer, not a client field.
func (fl *flow) statusCandidate(v *types.Var) *types.Var {
	v = v.Origin()
	if fl.r.sinks.fields[v] || !isInteger(v.Type()) {
		return nil
	}
	return v
}

// isLocal reports whether v is a variable declared inside a function.
func (fl *flow) isLocal(v *types.Var) bool {
	return !v.IsField() && v.Parent() != nil && v.Parent() != fl.r.pass.Pkg.Scope() && v.Pkg() == fl.r.pass.Pkg
}

// assigned returns the values assigned to the local variable v.
func (fl *flow) assigned(v *types.Var) []assign {
	if fl.assigns == nil {
		fl.assigns = make(map[*types.Var][]assign)
		info := fl.r.pass.TypesInfo
		add := func(id *ast.Ident, rhs ast.Expr, idx int) {
			if lv, ok := info.ObjectOf(id).(*types.Var); ok && fl.isLocal(lv) {
				fl.assigns[lv] = append(fl.assigns[lv], assign{rhs, idx})
			}
		}
		for n := range fl.r.inspect.PreorderSeq((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			var lhs, rhs []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
					continue // op-assignments carry no constant
				}
				lhs, rhs = n.Lhs, n.Rhs
			case *ast.ValueSpec:
				rhs = n.Values
				for _, id := range n.Names {
					lhs = append(lhs, id)
				}
			}
			switch {
			case len(lhs) == len(rhs):
				for i, l := range lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						add(id, rhs[i], -1)
					}
				}
			case len(rhs) == 1:
				// code, err := statusOf(x): result i of a call.
				if _, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
					for i, l := range lhs {
						if id, ok := ast.Unparen(l).(*ast.Ident); ok {
							add(id, ast.Unparen(rhs[0]), i)
						}
					}
				}
			}
		}
	}
	return fl.assigns[v]
}

// use records that e reaches a sink of kind k: its constant sources that
// meet guard are checked, its slot sources reach the sink in turn.
func (fl *flow) use(e ast.Expr, k kind, consts string, guard []cond) {
	srcs := fl.sources(e, nil, nil)
	fl.r.record(e, k, srcs)
	for _, s := range srcs {
		switch {
		case s.expr != nil:
			if fl.satisfies(s.expr, guard) {
				fl.r.check(s.expr, k, consts)
			}
		case s.call != nil:
			fl.importedResult(s, k)
		default:
			fl.wrap(s.slot, k, joinConds(s.guard, guard))
		}
	}
}

// importedResult handles a status function of another package whose
// result reaches a sink of kind k: its codes are checked at the call, and
// the arguments of the parameters it returns reach the sink too.
func (fl *flow) importedResult(s source, k kind) {
	// The callee is looked up again rather than kept in every source:
	// calls to another package's status functions are few.
	callee := typeutil.Callee(fl.r.pass.TypesInfo, s.call).(*types.Func).Origin()
	fl.r.checkImported(s.call, callee, s.codes, k)
	args := s.call.Args
	if sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr); ok {
		if sn := fl.r.pass.TypesInfo.Selections[sel]; sn != nil && sn.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):]
		}
	}
	for _, i := range s.codes.Through {
		if i < len(args) && !(s.call.Ellipsis.IsValid() && i == len(args)-1) {
			fl.use(args[i], k, "", nil)
		}
	}
}

// feed records that the values of srcs flow into slot dst. Whether dst
// reaches a sink is known only once every body has been walked, so the
// sources wait in pending; a slot already known to reach one passes its
// kind on at once.
func (fl *flow) feed(dst slot, srcs []source) {
	if len(srcs) == 0 {
		return
	}
	fl.touch(dst)
	fl.track(dst)
	fl.pending[dst] = append(fl.pending[dst], srcs...)
	if k := fl.kinds[dst]; k != 0 {
		fl.passOn(srcs, k, fl.guards[dst])
	}
}

// pendingOf returns the sources that flow into s: a parameter's are found
// from its arguments, in a new slice; another slot's are pending.
func (fl *flow) pendingOf(s slot) []source {
	if !s.isParam() {
		return fl.pending[s]
	}
	var out []source
	for _, arg := range fl.args[s] {
		out = fl.sources(arg, nil, out)
	}
	return out
}

// feedFrom feeds dst the sources of e. feed copies them, so they are
// gathered into a buffer reused from call to call: most values have one
// source, and a slice for each would be garbage at once.
func (fl *flow) feedFrom(dst slot, e ast.Expr) {
	fl.scratch = fl.sources(e, nil, fl.scratch[:0])
	fl.feed(dst, fl.scratch)
}

// track lists s in order, once.
func (fl *flow) track(s slot) {
	if !fl.tracked[s] {
		fl.tracked[s] = true
		fl.order = append(fl.order, s)
	}
}

// touch gives a field slot, on first sight, the kind its table row or
// the fact of its package says.
func (fl *flow) touch(s slot) {
	v := s.field
	if v == nil || fl.fieldKinds[v] {
		return
	}
	fl.fieldKinds[v] = true
	fl.track(s) // its fact is exported even if nothing here stores into it
	var k kind
	if sf := fl.r.sinks.status[v]; sf != nil {
		k = sets | strict
	} else if v.Pkg() != nil && v.Pkg() != fl.r.pass.Pkg {
		if f := new(isStatusField); fl.r.pass.ImportObjectFact(v, f) {
			k = f.Kind
		}
	}
	if k != 0 {
		fl.kinds[s] |= k
	}
}

// wrap marks slot s as reaching a sink of kind k, a parameter only with
// values that meet guard, and passes the news back to the slots that feed
// it. Kinds only grow and a parameter's guard only shrinks (to the
// conditions every path meets), so recursion ends.
func (fl *flow) wrap(s slot, k kind, guard []cond) {
	fl.touch(s)
	old := fl.kinds[s]
	changed := old|k != old
	if s.isParam() {
		if prev, ok := fl.guards[s]; !ok || old == 0 {
			fl.guards[s] = guard
			changed = true
		} else if g := meetConds(prev, guard); len(g) != len(prev) {
			fl.guards[s] = g
			changed = true
		}
	}
	if !changed {
		return
	}
	fl.kinds[s] = old | k
	fl.passOn(fl.pendingOf(s), fl.kinds[s], fl.guards[s])
}

// passOn marks the slots among srcs as reaching a sink of kind k, with
// values that meet guard where the sink is.
func (fl *flow) passOn(srcs []source, k kind, guard []cond) {
	for _, src := range srcs {
		if src.expr == nil && src.call == nil {
			fl.wrap(src.slot, k, joinConds(src.guard, guard))
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
		if len(rhs) != 1 || rhs[0].idx >= 0 {
			return
		}
		switch v := ast.Unparen(rhs[0].rhs).(type) {
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
		fn = fn.Origin()
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
			fl.use(args[s.arg], s.kinds(), s.consts, nil)
		}
		return
	}
	if r.sinks.writesHeader(fn) {
		if len(args) == 1 {
			fl.use(args[0], sets|strict, "", nil)
		}
		return
	}
	if fn.Pkg() == r.pass.Pkg {
		if callee := fl.byObj[fn]; callee != nil {
			fl.callLocal(callee, args, spread)
		}
		return
	}
	if f := fl.importedWrapper(fn); f != nil {
		for i, k := range f.Kinds {
			if k != 0 && i < len(args) && !(spread && i == len(args)-1) {
				var guard []cond
				if i < len(f.Guards) {
					for _, g := range f.Guards[i] {
						guard = append(guard, cond{g.Op, constant.MakeInt64(g.C)})
					}
				}
				fl.use(args[i], k, "", guard)
			}
		}
	}
}

// callLocal records the arguments of a call to a function of this
// package.
func (fl *flow) callLocal(callee *function, args []ast.Expr, spread bool) {
	for i, arg := range args {
		if i >= callee.nparams || (spread && i == len(args)-1) {
			break
		}
		if !isInteger(fl.r.pass.TypesInfo.TypeOf(arg)) {
			continue
		}
		p := slot{fn: callee, idx: i}
		fl.track(p)
		fl.args[p] = append(fl.args[p], arg)
		if k := fl.kinds[p]; k != 0 {
			// Already known to reach a sink: pass the news on now.
			fl.passOn(fl.sources(arg, nil, nil), k, fl.guards[p])
		}
	}
}

// ret records the values a return statement of fn gives its integer
// results.
func (fl *flow) ret(fn *function, ret *ast.ReturnStmt) {
	if fn.sig == nil {
		return
	}
	res := fn.sig.Results()
	switch {
	case len(ret.Results) == res.Len():
		failing := fl.returnsError(res, ret.Results)
		for i, e := range ret.Results {
			if !fn.intResult(i) {
				continue
			}
			if failing {
				if c := fl.r.pass.TypesInfo.Types[e].Value; c != nil && c.Kind() == constant.Int && constant.Sign(c) == 0 {
					// return 0, err: the zero value beside an error,
					// which callers do not use as a status.
					continue
				}
			}
			fl.feedFrom(slot{fn: fn, idx: -1 - i}, e)
		}
	case len(ret.Results) == 0:
		// A bare return gives the named results' values.
		for i := range res.Len() {
			if fn.intResult(i) {
				fl.feed(slot{fn: fn, idx: -1 - i}, fl.varSources(res.At(i), ret.Pos(), nil, nil))
			}
		}
	case len(ret.Results) == 1:
		// return statusOf(x): the results of another call.
		if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
			for i := range res.Len() {
				if fn.intResult(i) {
					fl.feed(slot{fn: fn, idx: -1 - i}, fl.resultSources(call, i, nil))
				}
			}
		}
	}
}

// returnsError reports whether a return statement gives a result of type
// error a value that is not nil.
func (fl *flow) returnsError(res *types.Tuple, results []ast.Expr) bool {
	errType := types.Universe.Lookup("error").Type()
	for i, e := range results {
		if types.Identical(res.At(i).Type(), errType) && !fl.r.pass.TypesInfo.Types[e].IsNil() {
			return true
		}
	}
	return false
}

// store records the value stored into a struct field, by a composite
// literal or an assignment.
func (fl *flow) store(v *types.Var, value ast.Expr) {
	if fl.r.sinks.fields[v.Origin()] {
		fl.use(value, names|strict, "", nil) // &http.Response{StatusCode: 404}
		return
	}
	v = fl.statusCandidate(v)
	if v == nil {
		return
	}
	if c := fl.r.pass.TypesInfo.Types[value].Value; c != nil && c.Kind() == constant.Int && constant.Sign(c) == 0 {
		// Storing 0 resets the field to the zero value every new struct
		// holds anyway: "no status yet", not a status.
		return
	}
	fl.feedFrom(slot{field: v}, value)
}

// compositeLit records the integer fields a struct literal sets, keyed
// or positional.
func (fl *flow) compositeLit(lit *ast.CompositeLit) {
	info := fl.r.pass.TypesInfo
	t := info.TypeOf(lit)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
					fl.store(v, kv.Value)
				}
			}
		} else if i < st.NumFields() {
			fl.store(st.Field(i), elt)
		}
	}
}

// assignStmt records the fields an assignment stores into (e.Code = 404).
func (fl *flow) assignStmt(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s := fl.r.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				fl.store(v, as.Rhs[i])
			}
		}
	}
}

// isClientValue reports whether e holds a status a client received: a
// field of the fieldSinks table, or a local variable assigned only from
// such fields (statusCode := resp.StatusCode).
func (fl *flow) isClientValue(e ast.Expr, depth int) bool {
	info := fl.r.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		s := info.Selections[e]
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
		v, ok := s.Obj().(*types.Var)
		return ok && fl.r.sinks.fields[v]
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || depth > 2 || !fl.isLocal(v) {
			return false
		}
		if _, isParam := fl.params[v]; isParam {
			return false
		}
		as := fl.assigned(v)
		for _, a := range as {
			if a.idx >= 0 || !fl.isClientValue(a.rhs, depth+1) {
				return false
			}
		}
		return len(as) > 0
	}
	return false
}

// importedWrapper returns the wrapper fact of a function of another
// package.
func (fl *flow) importedWrapper(fn *types.Func) *isWrapper {
	if f, ok := fl.wrapFacts[fn]; ok {
		return f
	}
	var f *isWrapper
	if fact := new(isWrapper); fl.r.pass.ImportObjectFact(fn, fact) {
		f = fact
	}
	fl.wrapFacts[fn] = f
	return f
}

// importedFunc returns the status function fact of a function of another
// package.
func (fl *flow) importedFunc(fn *types.Func) *isStatusFunc {
	if f, ok := fl.funcFacts[fn]; ok {
		return f
	}
	var f *isStatusFunc
	if fact := new(isStatusFunc); fl.r.pass.ImportObjectFact(fn, fact) {
		f = fact
	}
	fl.funcFacts[fn] = f
	return f
}

// finish checks the constants that flow into slots, now that every slot's
// kind is known, and exports the facts of this package's wrappers, status
// functions and status fields.
func (fl *flow) finish() {
	// Status functions by evidence: their returns get the literal and
	// invalid checks even if no sink of this package writes them.
	evident := make(map[slot]bool)
	for _, fn := range fl.list {
		if fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			s := slot{fn: fn, idx: -1 - i}
			if len(fl.pending[s]) > 0 && fl.kinds[s] == 0 && fl.evident(s, make(map[slot]bool)) {
				evident[s] = true
			}
		}
	}
	checked := make(map[slot]bool)
	for _, fn := range fl.list {
		if fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			if s := (slot{fn: fn, idx: -1 - i}); evident[s] {
				fl.checkEvident(s, checked)
			}
		}
	}

	for _, s := range fl.order {
		k := fl.kinds[s]
		if k == 0 {
			continue
		}
		consts := ""
		if s.field != nil {
			if sf := fl.r.sinks.status[s.field]; sf != nil {
				consts = sf.consts
			}
		}
		for _, src := range fl.pendingOf(s) {
			switch {
			case src.expr != nil:
				if !s.isParam() || fl.satisfies(src.expr, fl.guards[s]) {
					fl.r.check(src.expr, k, consts)
				}
			case src.call != nil:
				fl.importedResult(src, k)
			}
		}
	}

	pass := fl.r.pass
	for _, fn := range fl.list {
		if fn.obj == nil {
			continue
		}
		var w *isWrapper
		for i := range fn.nparams {
			s := slot{fn: fn, idx: i}
			k := fl.kinds[s]
			if k == 0 {
				continue
			}
			if w == nil {
				w = &isWrapper{Kinds: make([]kind, fn.nparams)}
			}
			w.Kinds[i] = k
			if g := guardFacts(fl.guards[s]); len(g) > 0 {
				if w.Guards == nil {
					w.Guards = make([][]guardFact, fn.nparams)
				}
				w.Guards[i] = g
			}
		}
		if w != nil {
			pass.ExportObjectFact(fn.obj, w)
		}
		if !fn.obj.Exported() || fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			s := slot{fn: fn, idx: -1 - i}
			if fl.kinds[s] == 0 && !evident[s] {
				continue
			}
			var through []int
			for _, src := range fl.pending[s] {
				if src.expr == nil && src.call == nil && src.slot.isParam() && src.slot.fn == fn && !slices.Contains(through, src.slot.idx) {
					through = append(through, src.slot.idx)
				}
			}
			if codes := fl.codes(s, make(map[slot]bool), nil); len(codes) > 0 || len(through) > 0 {
				pass.ExportObjectFact(fn.obj, &isStatusFunc{Result: i, Codes: codes, Through: through})
				break // one status result per function
			}
		}
	}
	for _, s := range fl.order {
		if v := s.field; v != nil && v.Pkg() == pass.Pkg && v.Exported() {
			if k := fl.kinds[s]; k != 0 {
				pass.ExportObjectFact(v, &isStatusField{Kind: k})
			}
		}
	}
}

// evident reports whether result slot s returns a status by evidence: a
// Status constant of net/http, fasthttp or fiber, a status field, or the
// result of another status function.
func (fl *flow) evident(s slot, seen map[slot]bool) bool {
	if seen[s] {
		return false
	}
	seen[s] = true
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			if c := fl.namedConst(src.expr); c != nil && fl.r.sinks.isStatusConst(c) {
				return true
			}
		case src.call != nil:
			return true
		case src.slot.field != nil:
			if fl.kinds[src.slot] != 0 {
				return true
			}
		case !src.slot.isParam():
			if fl.kinds[src.slot] != 0 || fl.evident(src.slot, seen) {
				return true
			}
		}
	}
	return false
}

// checkEvident applies the literal and invalid checks to the constants
// that a status function by evidence returns, directly, through local
// variables or through the results of other functions of this package.
// The check stops at parameters and fields: evidence is about what the
// function returns, not about every value those hold elsewhere.
func (fl *flow) checkEvident(s slot, checked map[slot]bool) {
	if checked[s] {
		return
	}
	checked[s] = true
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			fl.r.check(src.expr, names|strict, "")
		case src.call == nil && src.slot.fn != nil && !src.slot.isParam() && fl.kinds[src.slot] == 0:
			fl.checkEvident(src.slot, checked)
		}
	}
}

// namedConst returns the constant that e names, through conversions.
func (fl *flow) namedConst(e ast.Expr) *types.Const {
	info := fl.r.pass.TypesInfo
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	c, _ := info.Uses[id].(*types.Const)
	return c
}

// codes lists the constants that flow into slot s, through results and
// fields of this package and status functions of others, with where each
// is written.
func (fl *flow) codes(s slot, seen map[slot]bool, out []statusCode) []statusCode {
	if seen[s] {
		return out
	}
	seen[s] = true
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			v := constant.ToInt(fl.r.pass.TypesInfo.Types[src.expr].Value)
			if v.Kind() != constant.Int {
				continue
			}
			if code, ok := constant.Int64Val(v); ok {
				p := fl.r.pass.Fset.Position(src.expr.Pos())
				out = addCode(out, statusCode{code, filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)})
			}
		case src.call != nil:
			for _, c := range src.codes.Codes {
				out = addCode(out, c)
			}
		case !src.slot.isParam():
			out = fl.codes(src.slot, seen, out)
		}
	}
	return out
}

func addCode(codes []statusCode, c statusCode) []statusCode {
	for _, have := range codes {
		if have == c {
			return codes
		}
	}
	return append(codes, c)
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

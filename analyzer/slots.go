package analyzer

import (
	"go/ast"
	"go/types"
)

// This file holds the flow's state: the functions of the package, their
// slots, and what is known of each slot. The flow follows values to
// sinks in three steps, printf's way: the walk and the propagation only
// learn (sources.go: where a value comes from; calls.go and stores.go:
// what feeds a slot; propagate.go: which slots reach a sink), and once
// every body has been walked one step decides the findings and the
// facts (decide.go, summaries.go).
//
// Parameters, results and fields are slots: values flow into a slot from
// sources (arguments, return statements, stores), and a slot reaches
// sinks of some kind.

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
	side  errSide    // of a result: the codes returned beside that error (errside.go)
}

func (s slot) isParam() bool { return s.fn != nil && s.idx >= 0 }

// resultSlot is result i of fn.
func resultSlot(fn *function, i int) slot { return slot{fn: fn, idx: -1 - i} }

// A slotState is what the flow knows of one slot.
type slotState struct {
	slot slot
	// guard, for a parameter or a result that reaches a sink, are the
	// conditions that every value reaching one through it meets (a
	// caller's if code == 0 { code = 200 } before its write); they only
	// shrink.
	guard []cond
	// in are the sources that flow into a result or a field.
	in []source
	// args are the arguments passed to a parameter. Their sources are
	// found only once the parameter reaches a sink: few do, and a large
	// package passes integers to its own functions hundreds of thousands
	// of times.
	args []ast.Expr
	// kind is what the slot reaches: the kinds of the sinks its value
	// gets to, 0 while none is known. Kinds only grow.
	kind kind
	// listed: the slot is in flow.order.
	listed bool
}

// flow holds what one pass learns about functions, variables and fields.
type flow struct {
	r *run

	funcs   map[ast.Node]*function    // *ast.FuncDecl or *ast.FuncLit
	byObj   map[*types.Func]*function // declared functions and methods
	list    []*function               // in declaration order
	params  map[*types.Var]slot       // every parameter of the package
	byScope map[*types.Scope]*function

	wrapFacts map[*types.Func]*isWrapper // imported facts, memoized
	funcFacts map[*types.Func]*isStatusFunc
	// storeFacts are imported paramStores facts, memoized; paramSet
	// collects this package's (paramstores.go), nil in a package that
	// tells its importers none.
	storeFacts map[*types.Func]*paramStores
	paramSet   *paramStoreSet

	slots map[slot]*slotState
	// spare holds states not yet given out: they are allocated in blocks,
	// since a large package has a slot for nearly every function.
	spare []slotState
	// order lists the slots that values flow into, and the fields met,
	// in the order they were first met: the findings and facts are
	// decided in this order, so that nothing depends on map order.
	order []*slotState

	// sinkUses are the values that reach a sink directly, in the order
	// they were met, for the findings.
	sinkUses []sinkUse
	// forwarded records, for each call of another package's status
	// function whose result reaches a sink, the kinds its parameters'
	// arguments have been sent on with.
	forwarded map[*ast.CallExpr]kind

	// assigns maps each local variable to the values assigned to it (:=,
	// =, var); built on first need.
	assigns map[*types.Var][]assign

	scratch []source // feedFrom's buffer

	// What the package stores into status fields and returns from status
	// methods (stored.go): wrapStores are the arguments passed to other
	// packages' constructors, into the status fields each parameter of
	// this package is stored into, own the package's list, stores the
	// lists of the packages it imports (read on first need).
	wrapStores []wrapStore
	into       map[slot][]string
	own        pkgStores
	stores     *importedStores
	fieldNames map[*types.Var]string

	// sentinels are the package's variables known to hold an error that
	// is not nil (sentinels.go), found on first need.
	sentinels map[*types.Var]bool
}

func newFlow(r *run) *flow {
	fl := &flow{
		r:          r,
		funcs:      make(map[ast.Node]*function),
		byObj:      make(map[*types.Func]*function),
		params:     make(map[*types.Var]slot),
		byScope:    make(map[*types.Scope]*function),
		wrapFacts:  make(map[*types.Func]*isWrapper),
		funcFacts:  make(map[*types.Func]*isStatusFunc),
		storeFacts: make(map[*types.Func]*paramStores),
		slots:      make(map[slot]*slotState),
		forwarded:  make(map[*ast.CallExpr]kind),
	}
	if tellsImporters(r.pass.Pkg) {
		fl.paramSet = newParamStoreSet(r.pass)
	}
	return fl
}

// lookup returns the state of s, nil if nothing is known of it yet.
func (fl *flow) lookup(s slot) *slotState { return fl.slots[s] }

// kindOf returns what s is known to reach.
func (fl *flow) kindOf(s slot) kind {
	if st := fl.slots[s]; st != nil {
		return st.kind
	}
	return 0
}

// state returns the state of s, made on first need. A field gets, on
// first sight, the kind its table row or the fact of its package says,
// and is listed: its fact is exported even if nothing here stores into
// it.
func (fl *flow) state(s slot) *slotState {
	if st := fl.slots[s]; st != nil {
		return st
	}
	if len(fl.spare) == 0 {
		fl.spare = make([]slotState, 64)
	}
	st := &fl.spare[0]
	fl.spare = fl.spare[1:]
	st.slot = s
	fl.slots[s] = st
	if v := s.field; v != nil {
		fl.enlist(st)
		if _, ok := fl.r.sinks.status[v]; ok {
			st.kind = sets | strict
		} else if v.Pkg() != nil && v.Pkg() != fl.r.pass.Pkg {
			if f := new(isStatusField); fl.r.pass.ImportObjectFact(v, f) {
				st.kind = f.Kind
			}
		}
	}
	return st
}

// enlist puts st in order, once.
func (fl *flow) enlist(st *slotState) {
	if !st.listed {
		st.listed = true
		fl.order = append(fl.order, st)
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

// statusCandidate returns the origin of field v if it can be a status
// field: an integer, not a client field.
func (fl *flow) statusCandidate(v *types.Var) *types.Var {
	v = v.Origin()
	if fl.r.sinks.clients[v] || !isInteger(v.Type()) {
		return nil
	}
	return v
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

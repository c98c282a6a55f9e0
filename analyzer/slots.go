package analyzer

import (
	"go/ast"
	"go/types"
)

// This file holds the flow's state: the functions of the package and
// their slots. Values are followed to sinks (the files beside it: where a
// value comes from, how calls, returns and stores feed slots, how a slot
// that reaches a sink passes that on, and what is exported as facts).
// Parameters, results and fields are slots: values flow into a slot from
// sources (arguments, return statements, stores), and a slot reaches
// sinks of some kind. A parameter keeps only the arguments passed to it,
// whose sources are found if it turns out to reach a sink.

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

// statusCandidate returns the origin of field v if it can be a status
// field: an integer, not a client field.
func (fl *flow) statusCandidate(v *types.Var) *types.Var {
	v = v.Origin()
	if fl.r.sinks.fields[v] || !isInteger(v.Type()) {
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

package analyzer

import (
	"go/ast"
	"go/types"
)

// This file passes the news that a value reaches a sink back to where the
// value comes from: a slot that reaches a sink passes its kind on to the
// slots that feed it. Whether a slot reaches one is known only once every
// body has been walked, so the sources of a slot wait in its state; a
// slot already known to reach one passes its kind on at once. Nothing is
// reported here: decide.go reads the state once it is complete.

// A sinkUse is a value at a sink: where it comes from, the kind of the
// sink, the framework whose constants the literal fix names, and the
// conditions a constant must meet to get there.
type sinkUse struct {
	srcs   []source
	kind   kind
	consts string
	guard  []cond
}

// atSink records that e reaches a sink of kind k with values that meet
// guard: its slot sources reach the sink in turn, and its constants are
// decided on once every slot is known.
func (fl *flow) atSink(e ast.Expr, k kind, consts string, guard []cond) {
	srcs := fl.sources(e, nil, nil)
	fl.r.record(e, k, srcs)
	fl.sinkUses = append(fl.sinkUses, sinkUse{srcs, k, consts, guard})
	fl.passOn(srcs, k, guard)
}

// passOn sends the sources in srcs on to a sink of kind k, with values
// that meet guard where the sink is: a slot reaches it, and a status
// function of another package passes on the arguments it returns.
func (fl *flow) passOn(srcs []source, k kind, guard []cond) {
	for _, src := range srcs {
		switch src.from {
		case fromSlot:
			fl.reach(src.slot, k, joinConds(src.guard, guard))
		case fromImported:
			fl.forward(src, k)
		}
	}
}

// reach marks slot s as reaching a sink of kind k, a parameter or a
// result only with values that meet guard, and passes the news on to the
// slots that feed it. Kinds only grow and a guard only shrinks (to the
// conditions every path meets), so recursion ends.
func (fl *flow) reach(s slot, k kind, guard []cond) {
	st := fl.state(s)
	old := st.kind
	changed := old|k != old
	if s.fn != nil {
		if old == 0 {
			st.guard = guard
			changed = true
		} else if g := meetConds(st.guard, guard); len(g) != len(st.guard) {
			st.guard = g
			changed = true
		}
	}
	if !changed {
		return
	}
	st.kind = old | k
	fl.passOn(fl.inputs(st), st.kind, st.guard)
}

// forward sends the arguments that a call of another package's status
// function returns (its fact's Through) on to a sink of kind k. A call
// is forwarded once for each kind it gains, however many paths lead from
// it to sinks.
func (fl *flow) forward(src source, k kind) {
	done := fl.forwarded[src.call]
	if done|k == done {
		return
	}
	fl.forwarded[src.call] = done | k
	args := callArgs(fl.r.pass.TypesInfo, src.call)
	for _, i := range src.fact.Through {
		if i < len(args) && !(src.call.Ellipsis.IsValid() && i == len(args)-1) {
			fl.atSink(args[i], k, "", nil)
		}
	}
}

// callArgs returns the arguments of call that its callee's parameters
// receive: a method expression, (*T).M(t, code), takes its receiver first.
func callArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):]
		}
	}
	return args
}

// feed records that the values of srcs flow into slot dst.
func (fl *flow) feed(dst slot, srcs []source) {
	if len(srcs) == 0 {
		return
	}
	st := fl.state(dst)
	fl.enlist(st)
	st.in = append(st.in, srcs...)
	if st.kind != 0 {
		fl.passOn(srcs, st.kind, st.guard)
	}
}

// feedFrom feeds dst the sources of e. feed copies them, so they are
// gathered into a buffer reused from call to call: most values have one
// source, and a slice for each would be garbage at once.
func (fl *flow) feedFrom(dst slot, e ast.Expr) {
	fl.scratch = fl.sources(e, nil, fl.scratch[:0])
	fl.feed(dst, fl.scratch)
}

// inputs returns the sources that flow into st's slot: a parameter's are
// found from its arguments, in a new slice; another slot's are kept.
func (fl *flow) inputs(st *slotState) []source {
	if !st.slot.isParam() {
		return st.in
	}
	var out []source
	for _, arg := range st.args {
		out = fl.sources(arg, nil, out)
	}
	return out
}

package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file passes the news that a slot reaches a sink back to the slots
// that feed it. Whether a slot reaches one is known only once every body
// has been walked, so the sources of a slot wait in its state until then;
// a slot already known to reach one passes its kind on at once.

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

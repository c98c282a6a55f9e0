package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file decides the findings, as printf does: the walk and the
// propagation only learn which values reach which sinks, and once every
// body has been walked each constant is judged once by what it reaches.
// Checking while propagating would judge a constant before the slot it
// flows into had its final kind, and judge it again when the kind grew.

// decide decides the findings of the package (the Result holds them) and
// exports its facts.
func (fl *flow) decide() {
	// Fields by evidence first: what is stored into them is checked
	// below, with the slots that reach sinks.
	fl.markEvidentFields()
	fl.own = fl.ownStores()
	// Values at sinks.
	for _, u := range fl.sinkUses {
		for _, src := range u.srcs {
			fl.checkSource(src, u.kind, u.consts, u.guard)
		}
	}
	// Status functions by evidence: their returns get the literal and
	// invalid checks even if no sink of this package writes them.
	evident := fl.evidentResults()
	checked := make(map[slot]bool)
	for _, s := range evident {
		fl.checkEvident(s, checked)
	}
	// Values that flow into slots that reach sinks, by the slot's kind.
	for _, st := range fl.order {
		if st.kind == 0 {
			continue
		}
		consts := ""
		if st.slot.field != nil {
			consts = fl.r.sinks.status[st.slot.field]
		}
		var guard []cond
		if st.slot.fn != nil {
			guard = st.guard
		}
		for _, src := range fl.inputs(st) {
			fl.checkSource(src, st.kind, consts, guard)
		}
	}
	fl.exportFacts(evident)
}

// checkSource checks a source of a value that reaches a sink of kind k:
// a constant that meets guard where it is written, the codes of another
// package's status function at the call. A slot has no finding of its
// own: its sources are checked as the sources of its slot.
func (fl *flow) checkSource(src source, k kind, consts string, guard []cond) {
	switch src.from {
	case fromConst:
		if fl.satisfies(src.expr, guard) {
			fl.r.check(src.expr, k, consts)
		}
	case fromImported:
		if callee, ok := typeutil.Callee(fl.r.pass.TypesInfo, src.call).(*types.Func); ok {
			fl.r.checkImported(src.call, callee.Origin(), src.fact, k)
		}
	case fromMethod:
		if k&sets != 0 {
			fl.checkAnswered(src.call, fl.methodCodes(src.call))
		}
	case fromSlot:
		if src.slot.field != nil && src.expr != nil && k&sets != 0 {
			fl.checkAnswered(src.expr, fl.storedIn(src.slot.field))
		}
	}
}

// evidentResults returns the result slots of the package's functions
// that return a status by evidence (see isEvident) or by convention (a
// status method, evidence.go) though no sink of this package is known to
// write them, in declaration order.
func (fl *flow) evidentResults() []slot {
	var out []slot
	for _, fn := range fl.list {
		if fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			s := resultSlot(fn, i)
			st := fl.lookup(s)
			if st == nil || len(st.in) == 0 || st.kind != 0 {
				continue
			}
			if (i == 0 && fn.obj != nil && isStatusMethod(fn.obj)) || fl.isEvident(s, make(map[slot]bool)) {
				out = append(out, s)
			}
		}
	}
	return out
}

// isEvident reports whether result slot s returns a status by evidence: a
// Status constant of net/http, fasthttp or fiber, a status field, or the
// result of another status function.
func (fl *flow) isEvident(s slot, seen map[slot]bool) bool {
	if seen[s] {
		return false
	}
	seen[s] = true
	st := fl.lookup(s)
	if st == nil {
		return false
	}
	for _, src := range st.in {
		switch src.from {
		case fromConst:
			if c := fl.namedConst(src.expr); c != nil && fl.r.sinks.isStatusConst(c) {
				return true
			}
		case fromImported, fromMethod:
			return true
		case fromSlot:
			switch {
			case src.slot.field != nil:
				if fl.kindOf(src.slot) != 0 {
					return true
				}
			case !src.slot.isParam():
				if fl.kindOf(src.slot) != 0 || fl.isEvident(src.slot, seen) {
					return true
				}
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
	st := fl.lookup(s)
	if st == nil {
		return
	}
	for _, src := range st.in {
		switch {
		case src.from == fromConst:
			fl.r.check(src.expr, names|strict, "")
		case src.from == fromSlot && src.slot.side == sideNil && !fl.isEvident(src.slot, make(map[slot]bool)):
			// The codes returned beside a nil error, with no evidence
			// among them (return u, 0, nil): no status.
		case src.from == fromSlot && src.slot.fn != nil && !src.slot.isParam() && fl.kindOf(src.slot) == 0:
			fl.checkEvident(src.slot, checked)
		}
	}
}

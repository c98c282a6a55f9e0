package analyzer

import (
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
)

// This file finds status slots by evidence: fields and methods that hold
// or return a status though no write of this package is known to reach
// them. An error type declared upstream of the HTTP layer is written only
// by its importers, and facts flow the other way: its package learns that
// its field is a status from what is stored there, as a function of
// another package is a status function by what it returns (decide.go).

// markEvidentFields makes a status slot of every field into which a named
// status constant is stored, or passed to a parameter that is stored
// there, anywhere in the package: the field, and the parameters stored
// into it (constructors, which become wrappers), then reach a sink that
// names a status, so every constant stored or passed there gets the
// literal and invalid checks where it is written. The catalog is the
// business of the package that writes the field (stored.go).
//
// The slot names a status without being strict: nothing here says that its
// value reaches a write where -1 panics, and -1 in an integer that holds a
// status is the usual "none" or "don't check" (a test table's wantStatus,
// an error that keeps the status set so far), as it is at gin's sinks. A
// field that also reaches a strict sink is strict by that sink.
func (fl *flow) markEvidentFields() {
	// reach may list more fields as it goes: the loop reads the length
	// each time.
	for i := 0; i < len(fl.order); i++ {
		st := fl.order[i]
		if st.slot.field == nil || st.kind != 0 {
			continue
		}
		if fl.storesStatusConst(st.in, make(map[slot]bool)) {
			fl.reach(st.slot, names, nil)
		}
	}
}

// storesStatusConst reports whether srcs include a named status constant,
// directly or as an argument passed to a parameter among them.
func (fl *flow) storesStatusConst(srcs []source, seen map[slot]bool) bool {
	for _, src := range srcs {
		switch src.from {
		case fromConst:
			if c := fl.namedConst(src.expr); c != nil && fl.r.sinks.isStatusConst(c) {
				return true
			}
		case fromSlot:
			if !src.slot.isParam() || seen[src.slot] {
				continue
			}
			seen[src.slot] = true
			st := fl.lookup(src.slot)
			if st == nil {
				continue
			}
			for _, arg := range st.args {
				if fl.storesStatusConst(fl.sources(arg, nil, nil), seen) {
					return true
				}
			}
		}
	}
	return false
}

// isStatusMethod reports whether fn is a status method by a framework's
// convention (frameworks.StatusMethods): a method of that name with no
// parameters and one integer result, on any type, an interface's too.
func isStatusMethod(fn *types.Func) bool {
	if !frameworks.IsStatusMethodName(fn.Name()) {
		return false
	}
	sig := fn.Signature()
	return sig.Recv() != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isInteger(sig.Results().At(0).Type())
}

// declaresStatusMethod reports whether a named type of pkg has a status
// method: such a package is analyzed even if it reaches no sink package,
// for the literal and invalid checks of what the method returns and for
// the codes it tells the HTTP layer.
func declaresStatusMethod(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		for m := range n.Methods() {
			if isStatusMethod(m) {
				return true
			}
		}
	}
	return false
}

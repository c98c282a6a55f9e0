package routes

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// An Impl is a method of a concrete type that a route's handler calls
// through an interface: the handler a generated server registers is its
// own wrapper, and the code that answers is the method of the value the
// program passes in ((*PetStore).FindPets behind wrapper.FindPets).
type Impl struct {
	// Name is the method as a method expression names it, without the
	// package: "(*PetStore).FindPets", "PetStore.FindPets".
	Name string
	// Posn is where the method is declared.
	Posn token.Position
}

// ImplJSON is an Impl as the JSON outputs write it.
type ImplJSON struct {
	Name string `json:"name"`
	Posn string `json:"posn,omitempty"`
}

// implOf is the Impl of method fn of a concrete type.
func (s *state) implOf(fn *types.Func) Impl {
	recv := fn.Signature().Recv().Type()
	name := types.TypeString(recv, func(*types.Package) string { return "" })
	if _, ok := recv.(*types.Pointer); ok {
		name = "(" + name + ")"
	}
	return Impl{Name: name + "." + fn.Name(), Posn: s.posn(fn.Pos())}
}

func compareImpls(a, b Impl) int {
	return cmp.Or(written.ComparePosn(a.Posn, b.Posn), strings.Compare(a.Name, b.Name))
}

// normalizeImpls sorts impls by position and drops repeats: a route's
// implementations do not depend on the order they were bound in. It
// returns nil for none, so that a route without any compares equal
// however it was built.
func normalizeImpls(impls []Impl) []Impl {
	if len(impls) == 0 {
		return nil
	}
	slices.SortFunc(impls, compareImpls)
	return slices.CompactFunc(impls, func(a, b Impl) bool { return compareImpls(a, b) == 0 })
}

// addImpls returns a route's implementations with more bound to them,
// leaving the slice it is given (a fact's) as it is.
func addImpls(impls, more []Impl) []Impl {
	if len(more) == 0 {
		return impls
	}
	return normalizeImpls(slices.Concat(impls, more))
}

func implsJSON(impls []Impl) []ImplJSON {
	var out []ImplJSON
	for _, m := range impls {
		out = append(out, ImplJSON{m.Name, written.Posn(m.Posn)})
	}
	return out
}

package routes

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file summarizes what the values a function returns write when a
// method of theirs is called: a function whose result is an interface
// with methods that take a response to write (a strict server's
// implementation returns FindPetsResponseObject, whose
// VisitFindPetsResponse writes; NewStrictHandler returns the
// ServerInterface whose methods are the handlers) yields, for each such
// method, what the method of each value it returns writes, bound as a
// dispatch on that value (see dispatch.go).

// yields is the fact on such a function: per method, the codes, and the
// dispatches on its parameters left to its callers.
type yields struct {
	Methods []yield
}

// A yield is what the values a function returns write when Method is
// called on them.
type yield struct {
	Method string
	Codes  []written.Code
	Calls  []Dispatch
}

func (*yields) AFact() {}

func (f *yields) String() string {
	var parts []string
	for _, y := range f.Methods {
		w := writes{Codes: y.Codes, Calls: y.Calls}
		parts = append(parts, y.Method+":"+strings.TrimPrefix(w.String(), "writes"))
	}
	return "yields(" + strings.Join(parts, ", ") + ")"
}

// yieldMethods returns the methods that a function with signature sig
// yields for: those of its first result's interface that take a
// response to write.
func (s *state) yieldMethods(sig *types.Signature) []string {
	if sig == nil || sig.Results().Len() == 0 {
		return nil
	}
	iface, ok := sig.Results().At(0).Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var names []string
	for m := range iface.Methods() {
		if s.dispatches(m) {
			names = append(names, m.Name())
		}
	}
	return names
}

// summarizeYields computes f's yields from the values it returns, and
// reports whether they changed.
func (s *state) summarizeYields(f *fnode) bool {
	sc := s.scopeOf(f)
	ys := make([]yield, 0, len(f.yieldFor))
	for _, m := range f.yieldFor {
		var b bound
		for _, ret := range f.returns {
			if len(ret.Results) == 0 {
				continue
			}
			e := ret.Results[0]
			if s.pass.TypesInfo.Types[e].IsNil() {
				continue
			}
			s.bind(e, nil, Dispatch{Method: m, Posn: s.posn(e.Pos())}, sc, 0, &b)
		}
		ys = append(ys, yield{m, written.Normalize(b.codes), normalizeCalls(b.calls)})
	}
	if reflect.DeepEqual(ys, f.yld) {
		return false
	}
	f.yld = ys
	return true
}

// funcYields returns what the values fn returns write when method is
// called on them; nil when that is not known.
func (s *state) funcYields(fn *types.Func, method string) *yield {
	var ys []yield
	if fn.Pkg() == s.pass.Pkg {
		f := s.nodes[fn]
		if f == nil || len(f.yieldFor) == 0 {
			return nil
		}
		s.read(f, phaseCodes)
		ys = f.yld
	} else {
		var fact yields
		if !s.pass.ImportObjectFact(fn, &fact) {
			return nil
		}
		ys = fact.Methods
	}
	for i := range ys {
		if ys[i].Method == method {
			return &ys[i]
		}
	}
	return nil
}

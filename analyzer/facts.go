package analyzer

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// isWrapper marks a function or method whose parameters reach a sink: a
// call to it sets (or names) a status through those parameters, so calls
// in other packages are checked as sinks too. Only wrappers get the fact,
// so packages without any stay cheap to encode.
type isWrapper struct {
	// Kinds[i] is what reaches a sink through parameter i (receiver not
	// counted): names, sets or both, with strict (sinks.go); 0 for a
	// parameter that does not.
	Kinds []kind
	// Guards[i], when present, are the conditions a value of parameter i
	// meets on every path to a sink (code != 0): a constant that fails
	// them never reaches one. Absent for unguarded wrappers.
	Guards [][]guardFact
	// Into[i], when present, are the status fields parameter i is stored
	// into, by fieldKey (stored.go): what a caller passes there is listed
	// with what its package stores. Absent when no parameter is.
	Into [][]string
}

// A guardFact is a cond of a parameter, in the fact's form.
type guardFact struct {
	Op token.Token
	C  int64
}

func (*isWrapper) AFact() {}

func (f *isWrapper) String() string {
	var parts []string
	for i, k := range f.Kinds {
		if k != 0 {
			part := fmt.Sprintf("%d:%s", i, k)
			if i < len(f.Guards) {
				for _, g := range f.Guards[i] {
					part += fmt.Sprintf(" if%s%d", g.Op, g.C)
				}
			}
			parts = append(parts, part)
		}
	}
	return "statusWrapper(" + strings.Join(parts, " ") + ")"
}

// String lists the bits of k, "sets+strict" or "names+sets", so that a
// fact's mark in a test shows every one of them.
func (k kind) String() string {
	var bits []string
	for _, b := range []struct {
		bit  kind
		name string
	}{{names, "names"}, {sets, "sets"}, {strict, "strict"}} {
		if k&b.bit != 0 {
			bits = append(bits, b.name)
		}
	}
	if len(bits) == 0 {
		return "none"
	}
	return strings.Join(bits, "+")
}

// isStatusFunc marks an exported function whose integer result is a
// status: its result reaches a sink in its own package, or it returns
// named status constants or other status sources (evidence). A package
// that writes the result checks the Codes not Checked against its
// catalog, at the call.
type isStatusFunc struct {
	Result int            // which result
	Codes  []returnedCode // every constant it can return
	// Through are the parameters it can return: a caller's argument
	// there reaches the caller's sink.
	Through []int
}

// A returnedCode is a constant a status function can return, where it is
// written, and whether it was checked against the catalog there.
type returnedCode struct {
	Written written.Code
	// Checked: in the package that writes it, the constant also sets a
	// status (it is stored into a status field that package writes, or
	// returned by a function whose result it writes), so the undocumented
	// check was made there, once, where the code is written. The
	// packages that write the function's result do not report it again;
	// it is still one of the codes they write.
	Checked bool
	// Side is the error the code is returned beside, when the function
	// returns one: a caller that writes the code only on one side of the
	// error receives the codes of that side (errside.go).
	Side errSide
	// Quiet: where it is written the code was taken for no status (it is
	// returned beside a nil error, with no status among the codes of that
	// side, and nothing there writes it), so it got no invalid check
	// there. A package that writes it makes that check at the call.
	Quiet bool
}

func (*isStatusFunc) AFact() {}

// String is the form the fixtures' fact marks expect: each code with the
// base name and line of the file it is written in, then the parameters.
func (f *isStatusFunc) String() string {
	parts := make([]string, len(f.Codes))
	for i, c := range f.Codes {
		parts[i] = fmt.Sprintf("%d@%s%s", c.Written.Code, written.Short(c.Written.Posn), c.Side)
	}
	for _, i := range f.Through {
		parts = append(parts, fmt.Sprintf("param%d", i))
	}
	return fmt.Sprintf("statusFunc(%d: %s)", f.Result, strings.Join(parts, " "))
}

// isStatusField marks an exported integer field whose value reaches a
// sink in its own package: every constant stored into it, in any package,
// is checked by Kind.
type isStatusField struct {
	Kind kind
}

func (*isStatusField) AFact() {}

func (f *isStatusField) String() string { return "statusField(" + f.Kind.String() + ")" }

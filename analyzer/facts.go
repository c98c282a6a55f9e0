package analyzer

import (
	"fmt"
	"strings"
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
}

func (*isWrapper) AFact() {}

func (f *isWrapper) String() string {
	var parts []string
	for i, k := range f.Kinds {
		if k != 0 {
			parts = append(parts, fmt.Sprintf("%d:%s", i, k))
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

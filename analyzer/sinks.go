package analyzer

import "github.com/httpstatuslint/httpstatus/internal/frameworks"

// This file says what a sink of the table (internal/frameworks) means to
// the checks; resolve.go turns the table into type-checker objects once
// per package.

// A kind says which checks apply to a value that reaches a sink.
type kind uint8

const (
	// names: the value names a status but sets none (http.StatusText, a
	// client comparing the code it got). Only the literal and invalid
	// checks apply: a client reads other services' codes, so the catalog
	// does not.
	names kind = 1 << iota
	// sets: the value becomes the status of a response. Every check applies.
	sets
	// strict: -1 is an invalid code there, as every other code outside
	// 100-599. Every sink is strict but gin's (frameworks.Sink.Keep); a
	// wrapper is strict when any of the sinks it reaches is.
	strict
)

// A sink is a row of the sink table as the flow uses it: which argument
// is the status, what reaches a sink through it, and whose constants the
// literal fix names ("" for net/http's).
type sink struct {
	arg    int
	kind   kind
	consts string
}

// sinkOf is what the table's row means to the flow.
func sinkOf(row frameworks.Sink) sink {
	k := sets
	if row.NamesOnly {
		k = names
	}
	if !row.Keep {
		k |= strict
	}
	return sink{arg: row.Arg, kind: k, consts: row.Consts}
}

// constPkgs are the packages whose Status constants the literal fix may
// name, in the order it prefers them after the sink's own.
var constPkgs = frameworks.ConstPkgs

// Package lazyinspect provides an analyzer whose result builds the
// package's inspector on first use, for analyzers that look at most
// packages only long enough to find they have nothing to do.
//
// Under go vet an analyzer that exports facts runs on every dependency of
// the packages checked: some 1,800 processes for a dozen modules, most of
// them for packages that can reach no status sink (the standard library
// below net/http, the utility modules). Requiring the inspect pass builds
// an inspector, a walk and a copy of each such package's syntax, before
// the analyzer can look at its imports and return; this analyzer's
// result builds it only when called. The analyzers of one process that
// require it share the one inspector.
package lazyinspect

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Inspector returns the inspector of the package's files, built by the
// first call.
type Inspector func() *inspector.Inspector

// Analyzer's result is an Inspector for pass.Files.
var Analyzer = &analysis.Analyzer{
	Name:             "lazyinspect",
	Doc:              "the package's inspector, built on first use",
	URL:              "https://pkg.go.dev/github.com/httpstatuslint/httpstatus/internal/lazyinspect",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[Inspector](),
}

func run(pass *analysis.Pass) (any, error) {
	files := pass.Files
	return Inspector(sync.OnceValue(func() *inspector.Inspector { return inspector.New(files) })), nil
}

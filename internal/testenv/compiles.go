package testenv

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// Compiles fails the test if a fixture has type errors: the analyzers run
// despite them, so a fixture that no longer compiles against the pinned
// modules would otherwise prove nothing.
func Compiles(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		if r.Pass == nil {
			continue
		}
		for _, err := range r.Pass.TypeErrors {
			t.Errorf("%s: %v", r.Pass.Pkg.Path(), err)
		}
	}
}

package conform_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// TestFrameworks runs the analyzer as the drivers do, with no flags, on
// each router's fixture against the real modules: the catalog is the
// OpenAPI document that the fixture's .httpstatus.yaml names, found by
// discovery.
func TestFrameworks(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	for _, fixture := range testenv.ConformFixtures {
		t.Run(fixture, func(t *testing.T) {
			results := analysistest.Run(t, dir, conform.New(analyzer.Defaults()), "./"+fixture+"/...")
			compiles(t, results)
		})
	}
}

// compiles fails the test if a fixture has type errors: the analyzer
// runs despite them, so a fixture that no longer compiles against the
// pinned modules would prove nothing.
func compiles(t *testing.T, results []*analysistest.Result) {
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

package analyzer

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// The Result lists every status write, with every check off too: the
// route table builds on it whatever the checks report.
func TestResult(t *testing.T) {
	for _, cfg := range []Config{{}, Defaults()} {
		results := analysistest.Run(t, testdata(t), New(cfg), "resultwrites")
		if len(results) != 1 {
			t.Fatalf("%d results", len(results))
		}
		res, ok := results[0].Result.(*Result)
		if !ok {
			t.Fatalf("%+v: result %T, want *Result", cfg, results[0].Result)
		}
		fset := results[0].Pass.Fset
		var got []string
		for _, w := range res.Writes() {
			line := fmt.Sprintf("%s:", filepath.Base(fset.Position(w.Status.Pos()).String()))
			for _, c := range w.Codes {
				line += fmt.Sprintf(" %d@%d", c.Value, fset.Position(c.Expr.Pos()).Line)
			}
			if w.Forwarded {
				line += " forwarded"
			}
			if w.Unknown() {
				line += " unknown"
			}
			got = append(got, line)
		}
		want := []string{
			"writes.go:15:16: 200@11 404@13",
			"writes.go:16:11: 400@16",
			"writes.go:18:16: unknown",
			"writes.go:22:21: forwarded",
		}
		if !slices.Equal(got, want) {
			t.Errorf("%+v: writes\n%q\nwant\n%q", cfg, got, want)
		}
	}
}

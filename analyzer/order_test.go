package analyzer

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestOutputOrder runs the analyzer several times on a package whose
// findings are known only once every local wrapper is (they wait in a
// map until then): each run must print the same diagnostics, byte for
// byte, in position order.
func TestOutputOrder(t *testing.T) {
	var first string
	for run := range 10 {
		results := analysistest.Run(t, testdata(t), New(Defaults()), "order")
		var b strings.Builder
		var offsets []int
		for _, res := range results {
			for _, d := range res.Diagnostics {
				p := res.Pass.Fset.Position(d.Pos)
				offsets = append(offsets, p.Offset)
				fmt.Fprintf(&b, "%s: %s: %s\n", p, d.Category, d.Message)
			}
		}
		out := b.String()
		if len(offsets) != 18 {
			t.Fatalf("run %d: %d diagnostics, want 18:\n%s", run, len(offsets), out)
		}
		if !slices.IsSorted(offsets) {
			t.Errorf("run %d: diagnostics out of position order:\n%s", run, out)
		}
		if run == 0 {
			first = out
		} else if out != first {
			t.Fatalf("run %d differs from run 0:\n%s\nrun 0:\n%s", run, out, first)
		}
	}
}

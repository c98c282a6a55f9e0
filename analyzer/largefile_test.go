package analyzer

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestVeryLargeFile runs the analyzer, through analysistest as on the
// fixtures, on a package whose one file has more than 50,000 lines:
// every finding is reported at its line, the last ones included, the
// suppressed lines stay silent, and the fixes land where they belong.
func TestVeryLargeFile(t *testing.T) {
	const handlers = 3200
	var src, golden strings.Builder
	src.WriteString("// Package large is one very large file.\npackage large\n\nimport \"net/http\"\n\n")
	for i := range handlers {
		// Each handler: a direct literal, a local variable, a call to a
		// wrapper further down, a suppressed line, a named constant.
		fmt.Fprintf(&src, `func handler%[1]d(w http.ResponseWriter, bad bool) {
	w.WriteHeader(404) // want "use http.StatusNotFound instead of 404"
	status := 200      // want "use http.StatusOK instead of 200"
	if bad {
		status = 418 // want "use http.StatusTeapot instead of 418" "status 418 \\(StatusTeapot\\) is not documented"
	}
	w.WriteHeader(status)
	send%[1]d(w, 400) // want "use http.StatusBadRequest instead of 400"
	w.WriteHeader(409) //nolint:httpstatus
	w.WriteHeader(http.StatusOK)
}

func send%[1]d(w http.ResponseWriter, code int) { // want send%[1]d:"statusWrapper\\(1:sets\\+strict\\)"
	w.WriteHeader(code)
}

`, i)
	}
	src.WriteString("func last(w http.ResponseWriter) { w.WriteHeader(0x194) } // want \"use http.StatusNotFound instead of 404\"\n")
	text := src.String()
	for _, r := range []struct{ from, to string }{
		{"WriteHeader(404)", "WriteHeader(http.StatusNotFound)"},
		{"status := 200", "status := http.StatusOK"},
		{"status = 418", "status = http.StatusTeapot"},
		{", 400)", ", http.StatusBadRequest)"},
		{"WriteHeader(0x194)", "WriteHeader(http.StatusNotFound)"},
	} {
		text = strings.ReplaceAll(text, r.from, r.to)
	}
	golden.WriteString(text)

	if lines := strings.Count(src.String(), "\n"); lines < 50000 {
		t.Fatalf("generated %d lines, want more than 50000", lines)
	}
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "large")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "large.go"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, New(Defaults()), "large")
	if n := len(results[0].Diagnostics); n != 5*handlers+1 {
		t.Errorf("%d diagnostics, want %d", n, 5*handlers+1)
	}
	// The fixes, applied here: RunWithSuggestedFixes merges them one by
	// one, in time quadratic in their number.
	var edits []analysis.TextEdit
	for _, d := range results[0].Diagnostics {
		for _, f := range d.SuggestedFixes {
			edits = append(edits, f.TextEdits...)
		}
	}
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return cmp.Compare(a.Pos, b.Pos) })
	fset := results[0].Pass.Fset
	var fixed strings.Builder
	orig, done := src.String(), 0
	for _, e := range edits {
		start, end := fset.Position(e.Pos).Offset, fset.Position(e.End).Offset
		fixed.WriteString(orig[done:start])
		fixed.Write(e.NewText)
		done = end
	}
	fixed.WriteString(orig[done:])
	if got := fixed.String(); got != golden.String() {
		t.Errorf("the fixes applied do not give the golden text (%d edits)", len(edits))
	}
}

package lsp

import (
	"context"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

// The driver checks from source only what changed since its last run,
// and what can reach a sink; the rest comes from export data.
func TestDriverRechecks(t *testing.T) {
	dir := t.TempDir()
	err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "multi")))
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver()
	logf := log.New(io.Discard, "", 0).Printf
	api := filepath.Join(dir, "api")
	run := func(overlay map[string][]byte) []string {
		t.Helper()
		roots, err := d.analyze(context.Background(), analyzer.New(analyzer.Defaults()), api, false, overlay, logf)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range roots {
			if r.err != nil {
				t.Fatal(r.err)
			}
			for _, diag := range r.diagnostics {
				got = append(got, diag.Message)
			}
		}
		return got
	}
	wantFindings := func(got []string, want ...string) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Errorf("findings %q, want %q", got, want)
		}
	}

	wantFindings(run(nil), "use http.StatusNotFound instead of 404")
	// net/http and the module's packages that import it, from source;
	// codes, fmt and the other dependencies without sinks from export
	// data.
	for _, path := range []string{"net/http", "example.com/multi/wrap", "example.com/multi/api"} {
		if !slices.Contains(d.rechecked, path) {
			t.Errorf("first run checked %q, not %s", d.rechecked, path)
		}
	}
	for _, path := range []string{"fmt", "example.com/multi/codes"} {
		if slices.Contains(d.rechecked, path) {
			t.Errorf("first run checked %s from source", path)
		}
	}

	// An unsaved edit: the package alone.
	file := filepath.Join(api, "api.go")
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(text), "w.WriteHeader(404)", "w.WriteHeader(403)", 1)
	wantFindings(run(map[string][]byte{file: []byte(edited)}), "use http.StatusForbidden instead of 403")
	if want := []string{"example.com/multi/api"}; !slices.Equal(d.rechecked, want) {
		t.Errorf("after an edit, checked %q, want %q", d.rechecked, want)
	}

	// A dependency saved: it and the package, with the wrapper's new
	// fact.
	wrap := filepath.Join(dir, "wrap", "wrap.go")
	text, err = os.ReadFile(wrap)
	if err != nil {
		t.Fatal(err)
	}
	text = []byte(strings.Replace(string(text), "msg string) {\n", "msg string, code int) {\n\tw.WriteHeader(code)\n", 1))
	if err := os.WriteFile(wrap, text, 0o644); err != nil {
		t.Fatal(err)
	}
	d.filesChanged()
	wantFindings(run(map[string][]byte{file: []byte(edited)}), "use http.StatusGone instead of 410", "use http.StatusForbidden instead of 403")
	if want := []string{"example.com/multi/wrap", "example.com/multi/api"}; !slices.Equal(d.rechecked, want) {
		t.Errorf("after a save, checked %q, want %q", d.rechecked, want)
	}
}

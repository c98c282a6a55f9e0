package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// tree copies the module testdata/name into a fresh directory: the
// tests write to its files.
func tree(t *testing.T, name string) string {
	t.Helper()
	return testenv.CopyDir(t, filepath.Join("testdata", name))
}

// The findings of testdata/multi.
const (
	apiMissing   = "17:15-17:18 literal: use http.StatusNotFound instead of 404"
	apiGone      = "12:23-12:26 literal: use http.StatusGone instead of 410"
	otherCreated = "7:15-7:18 literal: use http.StatusCreated instead of 201"
	otherUndoc   = `7:15-7:18 undocumented: status 201 (StatusCreated) is not documented in catalog "default"`
)

// Two packages open at once each get their findings. A wrapper that
// gains a parameter reaching a status changes the findings of the open
// package that imports it once it is saved; the open package that does
// not import it is not analyzed again.
func TestDependencySaved(t *testing.T) {
	dir := tree(t, "multi")
	c := start(t, dir)
	c.initialize(dir)
	api := openFile(t, c, filepath.Join(dir, "api", "api.go"))
	other := openFile(t, c, filepath.Join(dir, "other", "other.go"))
	wrap := openFile(t, c, filepath.Join(dir, "wrap", "wrap.go"))
	// Reply takes no status yet: the call with one is a type error, and
	// its literal reaches no sink.
	c.diagnostics(api.uri, apiMissing)
	c.diagnostics(other.uri, otherCreated, otherUndoc)
	c.diagnostics(wrap.uri)

	// The wrapper gains its status parameter, unsaved: the package that
	// calls it is analyzed with the file on disk until the save.
	text := strings.Replace(wrap.text, "msg string) {\n", "msg string, code int) {\n\tw.WriteHeader(code)\n", 1)
	wrap.change(c, text)
	c.diagnostics(wrap.uri)
	if err := os.WriteFile(wrap.path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: wrap.uri}})
	c.diagnostics(api.uri, apiGone, apiMissing)

	// And loses it again.
	wrap.change(c, strings.Replace(text, "\tw.WriteHeader(code)\n", "", 1))
	if err := os.WriteFile(wrap.path, []byte(wrap.text), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: wrap.uri}})
	c.diagnostics(api.uri, apiMissing)
	c.shutdown()

	// other was analyzed once, when it was opened: neither save touched
	// a package it imports. (The server logs each run of its own, and
	// each answer of go vet, which stands in on a first run.)
	runs := regexp.MustCompile(regexp.QuoteMeta(filepath.Join(dir, "other")) + `: \d+ findings in`)
	if n := len(runs.FindAllString(c.stderr.String(), -1)); n != 1 {
		t.Errorf("package other analyzed %d times, want 1; log:\n%s", n, c.stderr)
	}
}

// Edits that come while a run is under way cancel it: what is published
// last is the last version's findings, and no older run publishes after
// it.
func TestCancelledRun(t *testing.T) {
	dir := tree(t, "multi")
	c := start(t, dir)
	c.initialize(dir)
	api := openFile(t, c, filepath.Join(dir, "api", "api.go"))
	c.diagnostics(api.uri, apiMissing)

	// A new import: the run asks the go command for the graph again and
	// type-checks go/types and its dependencies, long enough for the
	// next edits to come while it runs.
	base := api.text
	api.change(c, strings.Replace(base, "import (\n", "import (\n\t_ \"go/types\"\n", 1))
	// Past the debounce, so that the run starts; the test holds whenever
	// the edits come.
	time.Sleep(500 * time.Millisecond)
	for _, code := range []string{"402", "403", "405"} {
		api.change(c, strings.Replace(base, "404", code, 1))
	}
	final := api.version
	p := c.diagnostics(api.uri, "17:15-17:18 literal: use http.StatusMethodNotAllowed instead of 405")
	if p.Version == nil || *p.Version != final {
		t.Errorf("published for version %v, want %d", p.Version, final)
	}
	// A round trip, so that a stale run would have published by now.
	c.call("textDocument/codeAction", protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: api.uri}})
	c.shutdown()
	for _, m := range c.held {
		if m.Method != "textDocument/publishDiagnostics" {
			continue
		}
		var p protocol.PublishDiagnosticsParams
		json.Unmarshal(m.Params, &p)
		if p.URI == api.uri && (p.Version == nil || *p.Version != final) {
			t.Errorf("published for version %v after version %d", p.Version, final)
		}
	}
}

// A constant of a package that reaches no sink, which the server reads
// from export data when its file is not open: its new value counts in
// the package that uses it after a save, and after the file is closed;
// a value never saved does not outlive its buffer.
func TestConstantSaved(t *testing.T) {
	dir := tree(t, "multi")
	c := start(t, dir)
	c.initialize(dir)
	api := openFile(t, c, filepath.Join(dir, "api", "api.go"))
	c.diagnostics(api.uri, apiMissing)

	codes := openFile(t, c, filepath.Join(dir, "codes", "codes.go"))
	c.diagnostics(codes.uri)
	codes.change(c, strings.Replace(codes.text, "404", "499", 1))
	if err := os.WriteFile(codes.path, []byte(codes.text), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: codes.uri}})
	undocumented := `22:15-22:28 undocumented: status 499 is not documented in catalog "default"`
	c.diagnostics(api.uri, apiMissing, undocumented)

	// An unsaved value counts when a save analyzes api again, and no
	// longer once its buffer is closed unsaved.
	codes.change(c, strings.Replace(codes.text, "499", "498", 1))
	c.notify("textDocument/didSave", protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: api.uri}})
	c.diagnostics(api.uri, apiMissing, `22:15-22:28 undocumented: status 498 is not documented in catalog "default"`)
	c.notify("textDocument/didClose", protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: codes.uri}})
	c.diagnostics(codes.uri)
	api.change(c, api.text+"\n// Edited.\n")
	p := c.diagnostics(api.uri, apiMissing, undocumented)
	if p.Version == nil || *p.Version != api.version {
		t.Errorf("published for version %v, want %d", p.Version, api.version)
	}
	c.shutdown()
}

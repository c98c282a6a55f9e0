package lsp_test

import (
	"encoding/json"
	"go/format"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/lsp/internal/jsonrpc"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// The fixture's findings, as describe writes them. The literal's line
// has a character outside the Basic Multilingual Plane before it, two
// UTF-16 units but four bytes: the range counts units.
const (
	literal      = "7:20-7:23 literal: use http.StatusNotFound instead of 404"
	undocumented = `11:31-11:48 undocumented: status 418 (StatusTeapot) is not documented in catalog "default"`
)

type file struct {
	path, uri, text string
	version         int32
}

func openFile(t *testing.T, c *client, path string) *file {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := &file{path: path, uri: fileURI(path), text: string(data), version: 1}
	c.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: f.uri, LanguageID: "go", Version: f.version, Text: f.text,
	}})
	return f
}

// change replaces the buffer's text, as an editor does with full sync.
func (f *file) change(c *client, text string) {
	f.text = text
	f.version++
	c.notify("textDocument/didChange", protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{URI: f.uri, Version: f.version},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{{Text: text}},
	})
}

func TestDiagnosticsAndQuickFix(t *testing.T) {
	dir := fixture(t)
	c := start(t, dir)
	caps := c.initialize(dir)
	if caps.TextDocumentSync.Change != protocol.SyncFull || !caps.TextDocumentSync.OpenClose ||
		!slices.Equal(caps.CodeActionProvider.CodeActionKinds, []string{protocol.QuickFix}) {
		t.Errorf("capabilities: %+v", caps)
	}

	handler := openFile(t, c, filepath.Join(dir, "handler.go"))
	respond := openFile(t, c, filepath.Join(dir, "respond.go"))
	diags := c.diagnostics(handler.uri, literal).Diagnostics
	d := diags[0]
	if d.Severity != protocol.SeverityWarning || d.Source != "httpstatus" ||
		d.CodeDescription == nil || !strings.HasSuffix(d.CodeDescription.Href, "#literal") {
		t.Errorf("diagnostic: %+v, codeDescription %+v", d, d.CodeDescription)
	}
	c.diagnostics(respond.uri, undocumented)
	// An open test file brings in the test variant of the package, where
	// handler.go is too: its finding is still published once.
	test := openFile(t, c, filepath.Join(dir, "handler_test.go"))
	c.diagnostics(test.uri, "12:16-12:19 literal: use http.StatusNotFound instead of 404")
	c.diagnostics(handler.uri, literal)
	c.notify("textDocument/didClose", protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: test.uri}})

	// The quick fix, asked for at the cursor before the literal.
	var actions []protocol.CodeAction
	c.callResult("textDocument/codeAction", protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: handler.uri},
		Range:        protocol.Range{Start: d.Range.Start, End: d.Range.Start},
		Context:      protocol.CodeActionContext{Diagnostics: diags},
	}, &actions)
	if len(actions) != 1 {
		t.Fatalf("code actions: got %d, want 1: %+v", len(actions), actions)
	}
	a := actions[0]
	if a.Title != "Replace 404 with http.StatusNotFound" || a.Kind != "quickfix" || !a.IsPreferred ||
		!reflect.DeepEqual(a.Diagnostics, diags) || a.Edit == nil || len(a.Edit.Changes) != 1 {
		t.Fatalf("code action: %+v", a)
	}
	fixed := applyEdits(t, handler.text, a.Edit.Changes[handler.uri])
	want := strings.Replace(handler.text, `import "fmt"`, "import \"fmt\"\nimport \"net/http\"", 1)
	want = strings.Replace(want, "404)", "http.StatusNotFound)", 1)
	if fixed != want {
		t.Fatalf("fixed text:\n%s\nwant:\n%s", fixed, want)
	}
	if formatted, err := format.Source([]byte(fixed)); err != nil || string(formatted) != fixed {
		t.Errorf("the fixed file is not gofmt'd (%v):\n%s", err, formatted)
	}

	// The editor applies the edit to the buffer, then saves it.
	handler.change(c, fixed)
	if err := os.WriteFile(handler.path, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: handler.uri}})
	c.diagnostics(handler.uri)
	c.diagnostics(respond.uri, undocumented)

	// An edit that is not saved: the buffer is analyzed, not the file.
	respond.change(c, strings.Replace(respond.text, "http.StatusTeapot", "http.StatusOK", 1))
	c.diagnostics(respond.uri)
	c.callResult("textDocument/codeAction", protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: respond.uri},
		Range:        protocol.Range{Start: protocol.Position{Line: 11}, End: protocol.Position{Line: 12}},
	}, &actions)
	if len(actions) != 0 {
		t.Errorf("code actions without findings: %+v", actions)
	}

	// Closing a file clears its diagnostics.
	// Edits in quick succession: one run, of the last version, publishes.
	respond.change(c, strings.Replace(respond.text, "http.StatusOK", "http.StatusTeapot", 1))
	respond.change(c, strings.Replace(respond.text, "http.StatusTeapot", "499", 1))
	p := c.diagnostics(respond.uri, `11:31-11:34 undocumented: status 499 is not documented in catalog "default"`)
	if p.Version == nil || *p.Version != respond.version {
		t.Errorf("published for version %v, want %d", p.Version, respond.version)
	}
	c.notify("textDocument/didClose", protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: respond.uri}})
	c.diagnostics(respond.uri)

	c.shutdown()
}

// applyEdits applies LSP edits to text, converting UTF-16 positions on
// its own, independently of the server.
func applyEdits(t *testing.T, text string, edits []protocol.TextEdit) string {
	t.Helper()
	offset := func(p protocol.Position) int {
		lines := strings.SplitAfter(text, "\n")
		if int(p.Line) >= len(lines) {
			t.Fatalf("edit at line %d of %d", p.Line, len(lines))
		}
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		units := 0
		for i, r := range lines[p.Line] {
			if units == int(p.Character) {
				return off + i
			}
			units += len(utf16.Encode([]rune{r}))
		}
		t.Fatalf("edit at %d:%d, past the end of the line", p.Line, p.Character)
		return 0
	}
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		spans = append(spans, span{offset(e.Range.Start), offset(e.Range.End), e.NewText})
	}
	// From the end, so that earlier offsets hold.
	slices.SortFunc(spans, func(a, b span) int { return b.start - a.start })
	for _, s := range spans {
		text = text[:s.start] + s.text + text[s.end:]
	}
	return text
}

// A catalog that cannot be read is shown to the user, and the server
// stays up.
func TestBrokenCatalog(t *testing.T) {
	dir := fixture(t)
	bad := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(bad, []byte("documented:\n  200: OK\n  99: Too low\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := start(t, dir, "-catalog="+bad)
	c.initialize(dir)
	openFile(t, c, filepath.Join(dir, "respond.go"))
	raw := c.waitNotification("window/showMessage", func(json.RawMessage) bool { return true })
	var msg protocol.ShowMessageParams
	if err := json.Unmarshal(raw, &msg); err != nil {
		t.Fatal(err)
	}
	if msg.Type != protocol.MessageError || !strings.Contains(msg.Message, bad+":3:") || !strings.Contains(msg.Message, "99") {
		t.Errorf("showMessage: %+v", msg)
	}

	var actions []protocol.CodeAction
	c.callResult("textDocument/codeAction", protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: fileURI(filepath.Join(dir, "respond.go"))},
	}, &actions)
	if m := c.call("textDocument/hover", map[string]any{}); m.Error == nil || m.Error.Code != jsonrpc.MethodNotFound {
		t.Errorf("hover: got %s, %v; want MethodNotFound", m.Result, m.Error)
	}
	c.shutdown()
}

// Every run reads the catalog afresh: an edited catalog takes effect on
// the next run, without a restart.
func TestEditedCatalog(t *testing.T) {
	dir := fixture(t)
	catalog := filepath.Join(dir, ".httpstatus.yaml")
	write := func(doc string) {
		t.Helper()
		if err := os.WriteFile(catalog, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("name: shop\ndocumented:\n  200: OK\n  418: Teapot\n")
	c := start(t, dir)
	c.initialize(dir)
	respond := openFile(t, c, filepath.Join(dir, "respond.go"))
	c.diagnostics(respond.uri)

	write("name: shop\ndocumented:\n  200: OK\n")
	respond.change(c, respond.text) // any change runs the analyzer again
	c.diagnostics(respond.uri, `11:31-11:48 undocumented: status 418 (StatusTeapot) is not documented in catalog "shop"`)
	c.shutdown()
}

// The check per operation needs no setup of its own: the discovered
// catalog names an OpenAPI document, and the findings show at the
// registrations.
func TestConformance(t *testing.T) {
	dir := testenv.CopyDir(t, filepath.Join("testdata", "conform"))
	c := start(t, dir)
	c.initialize(dir)
	main := openFile(t, c, filepath.Join(dir, "main.go"))
	c.diagnostics(main.uri,
		`7:1-7:45 operation: GET /orders/{id}: status 409 (written at main.go:15) is not documented for this operation in openapi.yaml (documented: 200, 404)`,
		`8:1-8:40 route: route GET /metrics is not documented in openapi.yaml`)
	c.shutdown()
}

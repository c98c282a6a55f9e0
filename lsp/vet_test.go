package lsp

import (
	"bytes"
	"context"
	"io"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

// vetOutput is what go vet -json printed for testdata/mod with
// handler.go replaced by the overlay file OVERLAY: a finding in the
// overlay, one in the test variant's handler_test.go (a file that is not
// open here) and one in respond.go.
const vetOutput = `{
	"example.com/lspfixture": {
		"httpstatus": [
			{
				"category": "literal",
				"posn": "DIR/handler_test.go:13:17",
				"end": "DIR/handler_test.go:13:20",
				"message": "use http.StatusNotFound instead of 404",
				"suggested_fixes": [{"message": "Replace 404 with http.StatusNotFound", "edits": [
					{"filename": "DIR/handler_test.go", "start": 27, "end": 27, "new": "\"net/http\"\n\t"},
					{"filename": "DIR/handler_test.go", "start": 250, "end": 253, "new": "http.StatusNotFound"}
				]}]
			},
			{
				"category": "literal",
				"posn": "OVERLAY:8:23",
				"end": "OVERLAY:8:26",
				"message": "use http.StatusNotFound instead of 404",
				"suggested_fixes": [{"message": "Replace 404 with http.StatusNotFound", "edits": [
					{"filename": "OVERLAY", "start": 29, "end": 29, "new": "\nimport \"net/http\""},
					{"filename": "OVERLAY", "start": 175, "end": 178, "new": "http.StatusNotFound"}
				]}]
			},
			{
				"category": "undocumented",
				"posn": "DIR/respond.go:12:32",
				"end": "DIR/respond.go:12:49",
				"message": "status 418 (StatusTeapot) is not documented in catalog \"default\""
			}
		]
	}
}`

// go vet's findings, converted, are the server's own: the same ranges
// (in UTF-16 units, past a character outside the BMP), codes, links and
// quick fixes, in the open files only.
func TestVetResult(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "mod"))); err != nil {
		t.Fatal(err)
	}
	handler := filepath.Join(dir, "handler.go")
	respond := filepath.Join(dir, "respond.go")
	snap := &snapshot{docs: make(map[string]document), overlay: make(map[string][]byte)}
	for _, path := range []string{handler, respond} {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		snap.docs[path] = document{uri: "file://" + path, path: path, version: 1, text: string(text)}
		snap.overlay[path] = text
	}
	overlay := filepath.Join(t.TempDir(), "0.go")
	out := strings.NewReplacer("DIR", dir, "OVERLAY", overlay).Replace(vetOutput)
	vet, err := vetResult([]byte(out), snap, map[string]string{overlay: handler})
	if err != nil {
		t.Fatal(err)
	}

	s := newServer(analyzer.Defaults(), bytes.NewReader(nil), io.Discard, log.New(io.Discard, "", 0))
	own := s.analyze(context.Background(), dir, snap)
	if len(own.errs) > 0 {
		t.Fatal(own.errs)
	}
	if len(vet.findings[handler]) != 1 || len(vet.findings[respond]) != 1 || len(vet.findings) != 2 {
		t.Fatalf("go vet's findings: %+v", vet.findings)
	}
	if !reflect.DeepEqual(vet.findings, own.findings) {
		t.Errorf("go vet's findings:\n%+v\nthe server's own:\n%+v", vet.findings, own.findings)
	}
	if !vet.provisional || own.provisional {
		t.Errorf("provisional: go vet's %v, the server's own %v", vet.provisional, own.provisional)
	}
}

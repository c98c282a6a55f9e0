package docedit_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pb33f/go-yaml"

	"github.com/httpstatuslint/httpstatus/internal/docedit"
)

// FuzzEdit edits documents of any shape: an edit never panics, only
// inserts (the old text is a subsequence of the new), what it writes
// still parses, and a second edit finds everything in place.
func FuzzEdit(f *testing.F) {
	for _, fx := range fixtures {
		data, err := os.ReadFile(filepath.Join("testdata", fx.dir, fx.doc))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n"))
	f.Add([]byte("{\"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {}}}}}}"))
	f.Add([]byte("paths: {/a: {get: {responses: {200: {description: x}, }}}}"))
	ops := []docedit.Operation{
		{Method: "GET", Path: "/a", Codes: []int{100, 404, 599}},
		{Method: "POST", Path: "/items", Codes: []int{201}},
		{Method: "GET", Path: "/items/{id}", Codes: []int{500}},
		{Method: "PURGE", Path: "/a", Codes: []int{202}},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var n yaml.Node
		if yaml.Unmarshal(data, &n) != nil {
			return
		}
		doc := filepath.Join(t.TempDir(), "openapi.yaml")
		if err := os.WriteFile(doc, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files, err := docedit.Edit(doc, ops)
		if err != nil {
			return
		}
		for _, file := range files {
			if !subsequence(file.Old, file.New) {
				t.Fatalf("the edit removes text:\n%s\n---\n%s", file.Old, file.New)
			}
			var m yaml.Node
			if err := yaml.Unmarshal(file.New, &m); err != nil {
				t.Fatalf("the edited document does not parse: %v\n%s", err, file.New)
			}
			if err := os.WriteFile(file.Name, file.New, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// What was added is where a second edit looks for it.
		again, err := docedit.Edit(doc, ops)
		if err != nil {
			t.Fatalf("a second edit fails: %v\n%s", err, data)
		}
		for _, file := range again {
			t.Fatalf("a second edit changes the document:\n%s\n---\n%s", file.Old, file.New)
		}
	})
}

// subsequence reports whether a is b with bytes taken out.
func subsequence(a, b []byte) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

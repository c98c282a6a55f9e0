package docedit_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/diff"
	"github.com/httpstatuslint/httpstatus/internal/docedit"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden diffs")

// The fixtures in testdata: each directory holds a document (its
// openapi.yaml or openapi.json, and the files its $refs reach), ops.txt
// with the operations to add, one "METHOD PATH CODE..." a line, and
// want.diff, the change as a unified diff.
var fixtures = []struct{ dir, doc string }{
	// Block style, comments before, after and inside entries, single
	// quotes, four-space indentation; a new response at the start, in
	// the middle and at the end of a map, an operation without
	// responses, an empty responses, a new method and a new path.
	{"block", "openapi.yaml"},
	// Flow maps on one line and over several, with a comment; empty
	// ones; keys double-quoted, single-quoted and plain (200:).
	{"flow", "openapi.yaml"},
	// Path items that are $refs to other files, a whole file and a
	// node of one: each edited in its own file.
	{"ref", "openapi.yaml"},
	// JSON indented by four spaces, without a last newline: JSON
	// added, commas where JSON wants them, one-line objects kept on
	// one line.
	{"json", "openapi.json"},
	// OpenAPI 3.2: QUERY has a field of its own; other methods go
	// under additionalOperations, as they are written.
	{"methods", "openapi.yaml"},
	// Swagger 2.0: keys written plain, a path parameter typed in place.
	{"swagger", "swagger.yaml"},
}

// TestEdit adds each fixture's operations and checks the change against
// want.diff; then that the document reads back with every code
// documented for its operation, and that a second edit changes nothing.
func TestEdit(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.dir, func(t *testing.T) {
			src := filepath.Join("testdata", fx.dir)
			dir := testenv.CopyDir(t, src)
			doc := filepath.Join(dir, fx.doc)
			ops := readOps(t, filepath.Join(src, "ops.txt"))
			files, err := docedit.Edit(doc, ops)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, f := range files {
				name, err := filepath.Rel(dir, f.Name)
				if err != nil {
					t.Fatal(err)
				}
				name = filepath.ToSlash(name)
				got.WriteString(diff.Unified(name+" (old)", name+" (new)", string(f.Old), string(f.New)))
				if err := os.WriteFile(f.Name, f.New, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			golden(t, filepath.Join(src, "want.diff"), got.String())

			// Every code is now documented for its operation, by the
			// catalog's own reader.
			read, err := catalog.ReadOpenAPI(doc)
			if err != nil {
				t.Fatalf("the edited document does not read back: %v", err)
			}
			for _, op := range ops {
				o := find(read, op.Method, op.Path)
				if o == nil {
					t.Errorf("%s %s: not in the edited document", op.Method, op.Path)
					continue
				}
				for _, c := range op.Codes {
					if key, ok := o.Documents(c); !ok || key != strconv.Itoa(c) {
						t.Errorf("%s %s: %d is documented by %q, want its own key", op.Method, op.Path, c, key)
					}
				}
			}

			// A second edit has nothing to add.
			again, err := docedit.Edit(doc, ops)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range again {
				t.Errorf("a second edit changes %s:\n%s", f.Name, diff.Unified("old", "new", string(f.Old), string(f.New)))
			}
		})
	}
}

func find(doc *catalog.OpenAPI, method, path string) *catalog.Operation {
	for i, o := range doc.Operations {
		if o.Method == method && o.Path == path {
			return &doc.Operations[i]
		}
	}
	return nil
}

// readOps reads "METHOD PATH CODE..." lines.
func readOps(t *testing.T, file string) []docedit.Operation {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var ops []docedit.Operation
	for l := range strings.Lines(string(data)) {
		f := strings.Fields(l)
		if len(f) < 3 {
			t.Fatalf("%s: bad line %q", file, l)
		}
		op := docedit.Operation{Method: f[0], Path: f[1]}
		for _, s := range f[2:] {
			c, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("%s: bad code %q", file, s)
			}
			op.Codes = append(op.Codes, c)
		}
		ops = append(ops, op)
	}
	return ops
}

// golden compares out with the golden file, or rewrites it with -update.
func golden(t *testing.T, file, out string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("%s differs; got:\n%s", file, out)
	}
}

// TestEditErrors: what cannot be edited is one error naming the file and
// the line.
func TestEditErrors(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"a $ref to a missing file", "openapi: 3.0.3\npaths:\n  /a:\n    $ref: missing.yaml\n", "openapi.yaml:4: $ref missing.yaml: open"},
		{"a $ref to a missing node", "openapi: 3.0.3\npaths:\n  /a:\n    $ref: '#/components/x'\n", "openapi.yaml:4: $ref #/components/x: /components/x not found"},
		{"a remote $ref", "openapi: 3.0.3\npaths:\n  /a:\n    $ref: https://example.com/a.yaml\n", "openapi.yaml:4: $ref https://example.com/a.yaml: only local files are edited"},
		{"responses that are null", "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses: ~\n", "openapi.yaml:5: responses is null"},
		{"responses that are a list", "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses: [1]\n", "openapi.yaml:5: `responses` of GET /a is not a mapping"},
		{"paths that are a string", "openapi: 3.0.3\npaths: none\n", "openapi.yaml:2: paths is not a mapping"},
		{"a document that is a list", "- openapi\n", "openapi.yaml:1: the document is not a mapping"},
		{"an empty document", "# nothing\n", "openapi.yaml: empty document"},
		{"a document that does not parse", "openapi: 3.0.3\npaths: [\n", "openapi.yaml:3: did not find expected node content"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := filepath.Join(t.TempDir(), "openapi.yaml")
			if err := os.WriteFile(doc, []byte(tc.doc), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := docedit.Edit(doc, []docedit.Operation{{Method: "GET", Path: "/a", Codes: []int{200}}})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestEditCRLF: in a file whose lines end in CRLF, so do the added ones.
func TestEditCRLF(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "openapi.yaml")
	text := "openapi: 3.0.3\r\npaths:\r\n  /a:\r\n    get:\r\n      responses:\r\n        '200':\r\n          description: OK\r\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := docedit.Edit(doc, []docedit.Operation{{Method: "GET", Path: "/a", Codes: []int{404}}, {Method: "GET", Path: "/b", Codes: []int{200}}})
	if err != nil {
		t.Fatal(err)
	}
	want := text + "        '404':\r\n          description: Not Found\r\n  /b:\r\n    get:\r\n      responses:\r\n        '200':\r\n          description: OK\r\n"
	if len(files) != 1 {
		t.Fatalf("%d files changed, want 1", len(files))
	}
	if got := string(files[0].New); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestEditJSONCRLF: JSON added to a JSON file with CRLF lines has them.
func TestEditJSONCRLF(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "openapi.json")
	text := "{\r\n  \"openapi\": \"3.0.3\",\r\n  \"paths\": {\r\n    \"/a\": {\r\n      \"get\": {\r\n        \"responses\": {\r\n          \"200\": {\"description\": \"OK\"}\r\n        }\r\n      }\r\n    }\r\n  }\r\n}\r\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := docedit.Edit(doc, []docedit.Operation{{Method: "GET", Path: "/a", Codes: []int{404}}})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(text, `"200": {"description": "OK"}`, "\"200\": {\"description\": \"OK\"},\r\n          \"404\": {\r\n            \"description\": \"Not Found\"\r\n          }", 1)
	if len(files) != 1 {
		t.Fatalf("%d files changed, want 1", len(files))
	}
	if got := string(files[0].New); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

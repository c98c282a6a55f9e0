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

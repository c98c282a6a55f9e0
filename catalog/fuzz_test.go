package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fuzzFiles are the files a fuzzed document may name: an OpenAPI
// document for a catalog's `openapi`, a file for its $refs, and a
// catalog. fuzzDir writes them to a directory of the fuzz target's.
var fuzzFiles = map[string]string{
	"fuzz/api.yaml":    mustRead("testdata/api/openapi30.yaml"),
	"fuzz/shared.yaml": mustRead("testdata/api/shared.yaml"),
	"fuzz/orders.json": mustRead("testdata/orders.json"),
}

func fuzzDir(f *testing.F) string {
	dir := f.TempDir()
	writeFiles(f, dir, fuzzFiles)
	return dir
}

func mustRead(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// seeds adds the fixtures to a fuzz target's corpus, beside the inputs
// under testdata/fuzz.
func seeds(f *testing.F) {
	for _, path := range []string{
		"default.yaml", "testdata/orders.yaml", "testdata/orders.json",
		"testdata/api/openapi30.yaml", "testdata/api/openapi31.json",
		"testdata/api/default-only.yaml", "testdata/api/bad-code.yaml",
		"testdata/api/swagger20.yaml",
	} {
		f.Add([]byte(mustRead(path)))
	}
}

// checkParsed holds for every input: an error names a file first (the
// fuzzed one, or the document it names), the parser never panics, and
// a catalog that parses is not empty and prints to text that Parse
// reads back to the same catalog.
func checkParsed(t *testing.T, dir, filename string, c *Catalog, err error) {
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, filename) && !strings.Contains(msg, "(named by "+filename+":") && !strings.Contains(msg, "(through a $ref in "+filename+")") {
			t.Fatalf("error does not start with the file: %s", msg)
		}
		if strings.Contains(msg, "the OpenAPI parser failed") {
			t.Fatalf("the OpenAPI parser panicked: %s", msg)
		}
		return
	}
	if c.Empty() || c.Name == "" {
		t.Fatalf("parsed an empty or nameless catalog: %q %v", c.Name, c.Entries())
	}
	text := c.String()
	back, err := Parse(filepath.Join(dir, "fuzz/back.yaml"), []byte(text))
	if err != nil {
		t.Fatalf("String() does not parse back: %v\n%s", err, text)
	}
	if back.Name != c.Name || !slices.Equal(back.Entries(), c.Entries()) {
		t.Fatalf("String() read back differs:\n%s\nwas %q %v", text, c.Name, c.Entries())
	}
}

// FuzzParse feeds Parse's content sniffing: catalog files, OpenAPI
// documents and anything else.
func FuzzParse(f *testing.F) {
	seeds(f)
	f.Add([]byte("openapi: api.yaml\ndocumented: {418: teapot}\n"))
	f.Add([]byte("openapi: orders.json\n"))
	f.Add([]byte("openapi: api.yaml\nbase: /api\n"))
	dir := fuzzDir(f)
	name := filepath.Join(dir, "fuzz/c.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(name, data)
		checkParsed(t, dir, name, c, err)
	})
}

// FuzzOpenAPI feeds the OpenAPI reader directly, past the sniffing that
// would turn most inputs away before it (the YAML limits still apply:
// they guard every document).
func FuzzOpenAPI(f *testing.F) {
	seeds(f)
	dir := fuzzDir(f)
	name := filepath.Join(dir, "fuzz/api2.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := parseYAML(name, data)
		if err != nil || root == nil {
			return
		}
		c, err := parseOpenAPI(name, data, root)
		checkParsed(t, dir, name, c, err)
	})
}

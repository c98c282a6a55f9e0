package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pb33f/libopenapi"
	"github.com/pb33f/libopenapi/datamodel"
	highv2 "github.com/pb33f/libopenapi/datamodel/high/v2"
	highv3 "github.com/pb33f/libopenapi/datamodel/high/v3"
	"github.com/pb33f/libopenapi/index"
	"github.com/pb33f/libopenapi/utils"
)

// The differential test reads every document of a corpus with the
// package's reader and with libopenapi, the reference, and compares what
// the linter uses: the operations (method and path), each one's response
// keys, and the base path. The corpus is the repository's own documents
// and the real ones that come with two modules the tests can download:
// libopenapi's test_specs (Stripe, DigitalOcean, Asana, DocuSign,
// Kubernetes among them), kin-openapi's test documents and oapi-codegen's
// examples and tests. Swagger 2.0
// documents are compared through libopenapi's v2 model.

// kinOpenAPI and oapiCodegen are the releases whose test documents and
// examples join the corpus; the test downloads them through the module
// proxy.
const (
	kinOpenAPI  = "github.com/getkin/kin-openapi@v0.153.0"
	oapiCodegen = "github.com/oapi-codegen/oapi-codegen/v2@v2.8.2"
)

// differences are the documents on which the two readers disagree, each
// with why: the test checks that each still differs, so that the table
// stays true. Most come from one choice: the package reads what the
// linter needs (paths, operations, responses, servers) and nothing else,
// so a broken schema, link or component that no path reaches is not its
// error, while libopenapi builds the whole document and fails on it.
// Where the reader once differed for a reason of its own (a $ref in place
// of an operation or of a whole responses object, which libopenapi reads
// and split documents use), it was fixed.
var differences = map[string]string{
	"libopenapi:all-the-components.yaml":                                 "a link's $ref (#/components/links/getBurger) names nothing: libopenapi fails; ours reads no links",
	"libopenapi:badref-burgershop.openapi.yaml":                          "schema $refs name nothing, on purpose: libopenapi fails; ours reads no schemas",
	"libopenapi:mixedref-burgershop.openapi.yaml":                        "schema $refs name the network, which neither reader may fetch: libopenapi fails; ours reads no schemas",
	"libopenapi:petstorev2-badref.json":                                  "schema $refs name nothing, on purpose: libopenapi fails; ours reads no schemas",
	"libopenapi:xsoar.json":                                              "two schema $refs name nothing (#/definitions/samplesResults): libopenapi fails; ours reads no schemas",
	"libopenapi:stripe-old.yaml":                                         "a schema gives the key description twice (line 20724): libopenapi refuses the document; ours reads no schemas",
	"kin-openapi:openapi3/testdata/issue235.spec0-typo.yml":              "a schema $ref names nothing (the typo the file tests): libopenapi fails; ours reads no schemas",
	"kin-openapi:openapi3/testdata/relativeDocs/openapi/openapi.yml":     "a response among components names a missing file, and paths is empty: libopenapi fails; ours reads what paths reach, nothing",
	"oapi-codegen:pkg/codegen/test_specs/remote-external-reference.yaml": "a schema $ref names the network, which neither reader may fetch: libopenapi fails; ours reads no schemas",
	"libopenapi:petstorev2-complete.yaml":                                "the path item of /ref is a $ref to a sequence (illegal, the file says): ours says so at its line; libopenapi reads a path without operations",
	"libopenapi:petstorev2-complete-modified.yaml":                       "the path item of /ref is a $ref to a sequence (illegal, the file says): ours says so at its line; libopenapi reads a path without operations",
	"libopenapi:ref_test/mod/a.yaml":                                     "`paths` is nested under `info`, so the document has no paths: libopenapi looks for its keys at any depth",
	"libopenapi:ref_test/orig/a.yaml":                                    "`paths` is nested under `info`, so the document has no paths: libopenapi looks for its keys at any depth",
}

// A reading is what the differential test compares of a document.
type reading struct {
	base string
	ops  map[string]string // "GET /pets/{id}" -> "200 404 default", keys sorted
	err  error
}

func TestDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("reads some 180 documents, some of several MB, with both readers")
	}
	docs := corpus(t)
	var swagger, large int
	for _, doc := range docs {
		t.Run(doc.name, func(t *testing.T) {
			ours, theirs := readOurs(doc.path), readTheirs(doc.path, doc.swagger)
			diff := compare(ours, theirs)
			why, explained := differences[doc.name]
			switch {
			case diff != "" && !explained:
				t.Errorf("the readers differ:\n%s", diff)
			case diff == "" && explained:
				t.Errorf("the readers agree now; remove the entry from differences (%s)", why)
			}
		})
		if doc.swagger {
			swagger++
		}
		if doc.size > 1<<20 {
			large++
		}
	}
	t.Logf("%d documents, %d of them Swagger 2.0, %d over 1 MiB", len(docs), swagger, large)
	if len(docs) < 50 || swagger < 5 || large < 3 {
		t.Errorf("the corpus holds %d documents, %d of them Swagger 2.0 and %d over 1 MiB: want at least 50, 5 and 3", len(docs), swagger, large)
	}
	for name := range differences {
		if !slices.ContainsFunc(docs, func(d corpusDoc) bool { return d.name == name }) {
			t.Errorf("differences names %s, which the corpus does not hold", name)
		}
	}
}

// compare says how two readings differ, "" when they do not.
func compare(ours, theirs reading) string {
	var b strings.Builder
	switch {
	case ours.err != nil && theirs.err != nil:
		return ""
	case ours.err != nil:
		return fmt.Sprintf("ours fails, libopenapi reads it: %v", ours.err)
	case theirs.err != nil:
		return fmt.Sprintf("libopenapi fails, ours reads it: %v", theirs.err)
	}
	if ours.base != theirs.base {
		fmt.Fprintf(&b, "base path: ours %q, libopenapi %q\n", ours.base, theirs.base)
	}
	for _, op := range slices.Sorted(maps.Keys(ours.ops)) {
		if keys, ok := theirs.ops[op]; !ok {
			fmt.Fprintf(&b, "%s: ours only\n", op)
		} else if keys != ours.ops[op] {
			fmt.Fprintf(&b, "%s: responses ours %q, libopenapi %q\n", op, ours.ops[op], keys)
		}
	}
	for _, op := range slices.Sorted(maps.Keys(theirs.ops)) {
		if _, ok := ours.ops[op]; !ok {
			fmt.Fprintf(&b, "%s: libopenapi only\n", op)
		}
	}
	return b.String()
}

func readOurs(path string) reading {
	doc, err := ReadOpenAPI(path)
	if err != nil {
		return reading{err: err}
	}
	r := reading{base: doc.BasePath, ops: make(map[string]string)}
	for _, op := range doc.Operations {
		r.ops[op.Method+" "+op.Path] = sortedKeys(op.Keys())
	}
	return r
}

func sortedKeys(keys []string) string {
	return strings.Join(slices.Sorted(slices.Values(keys)), " ")
}

// readTheirs reads the document with libopenapi, $refs to local files
// allowed and to the network not.
func readTheirs(path string, swagger bool) (r reading) {
	defer func() {
		if p := recover(); p != nil {
			r = reading{err: fmt.Errorf("libopenapi panicked: %v", p)}
		}
	}()
	data, err := os.ReadFile(path)
	if err != nil {
		return reading{err: err}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return reading{err: err}
	}
	cfg := datamodel.NewDocumentConfiguration()
	cfg.BasePath = filepath.Dir(abs)
	cfg.SpecFilePath = filepath.Base(abs)
	cfg.AllowFileReferences = true
	cfg.AllowRemoteReferences = false
	cfg.Logger = slog.New(slog.DiscardHandler)
	doc, err := libopenapi.NewDocumentWithConfiguration(data, cfg)
	if err != nil {
		return reading{err: err}
	}
	r.ops = make(map[string]string)
	if swagger {
		m, err := doc.BuildV2Model()
		if err := firstError(err); m == nil || err != nil {
			return reading{err: err}
		}
		r.base = cleanBase(m.Model.BasePath)
		if m.Model.Paths != nil && m.Model.Paths.PathItems != nil {
			for path, item := range m.Model.Paths.PathItems.FromOldest() {
				for method, op := range item.GetOperations().FromOldest() {
					r.ops[strings.ToUpper(method)+" "+path] = sortedKeys(keysV2(op))
				}
			}
		}
		return r
	}
	m, err := doc.BuildV3Model()
	if err := firstError(err); m == nil || err != nil {
		return reading{err: err}
	}
	if len(m.Model.Servers) > 0 && m.Model.Servers[0] != nil {
		if r.base, err = serverBase(m.Model.Servers[0]); err != nil {
			return reading{err: err}
		}
	}
	if m.Model.Paths != nil && m.Model.Paths.PathItems != nil {
		for path, item := range m.Model.Paths.PathItems.FromOldest() {
			if item == nil {
				continue
			}
			for method, op := range item.GetOperations().FromOldest() {
				r.ops[strings.ToUpper(method)+" "+path] = sortedKeys(keysV3(op))
			}
		}
	}
	return r
}

// firstError is the first of the errors that err joins that matters
// here: circles among schemas, which libopenapi reports and reads past,
// do not.
func firstError(err error) error {
	for _, e := range utils.UnwrapErrors(err) {
		var re *index.ResolvingError
		if errors.As(e, &re) && re.CircularReference != nil {
			continue
		}
		return e
	}
	return nil
}

func keysV2(op *highv2.Operation) []string {
	var keys []string
	if op == nil || op.Responses == nil {
		return nil
	}
	if op.Responses.Codes != nil {
		keys = slices.Collect(op.Responses.Codes.KeysFromOldest())
	}
	if op.Responses.Default != nil {
		keys = append(keys, "default")
	}
	return keys
}

func keysV3(op *highv3.Operation) []string {
	var keys []string
	if op == nil || op.Responses == nil {
		return nil
	}
	if op.Responses.Codes != nil {
		keys = slices.Collect(op.Responses.Codes.KeysFromOldest())
	}
	if op.Responses.Default != nil {
		keys = append(keys, "default")
	}
	return keys
}

// serverBase is the path of libopenapi's first server, its variables at
// the defaults libopenapi read.
func serverBase(s *highv3.Server) (string, error) {
	raw := s.URL
	if s.Variables != nil {
		for name, v := range s.Variables.FromOldest() {
			if v != nil {
				raw = strings.ReplaceAll(raw, "{"+name+"}", v.Default)
			}
		}
	}
	if strings.Contains(raw, "{") {
		return "", fmt.Errorf("server URL %q: a variable is not defined", s.URL)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	return cleanBase(u.Path), nil
}

// A corpusDoc is one document of the corpus.
type corpusDoc struct {
	name    string // "libopenapi:test_specs/stripe.yaml"
	path    string
	size    int
	swagger bool
}

// corpus lists the documents of the three sources: every YAML or JSON
// file whose top level says it is OpenAPI 3 or Swagger 2.0.
func corpus(t *testing.T) []corpusDoc {
	libDir := goJSON(t, "", "list", "-m", "-json", "github.com/pb33f/libopenapi")
	// Downloaded outside this module, so that go.mod does not require it.
	kinDir := goJSON(t, t.TempDir(), "mod", "download", "-json", kinOpenAPI)
	oapiDir := goJSON(t, t.TempDir(), "mod", "download", "-json", oapiCodegen)
	var docs []corpusDoc
	for _, src := range []struct{ name, dir string }{
		{"repo", ".."},
		{"libopenapi", filepath.Join(libDir, "test_specs")},
		{"kin-openapi", kinDir},
		{"oapi-codegen", oapiDir},
	} {
		err := filepath.WalkDir(src.dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != src.dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "bench" || d.Name() == "fuzz") {
				return filepath.SkipDir
			}
			switch filepath.Ext(path) {
			case ".yaml", ".yml", ".json":
			default:
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			root, err := parseYAML(path, data)
			if err != nil || root == nil {
				return nil
			}
			if ok, err := sniff(path, root); !ok || err != nil {
				return nil
			}
			_, swagger := lookup(root, "swagger")
			rel, _ := filepath.Rel(src.dir, path)
			docs = append(docs, corpusDoc{
				name:    src.name + ":" + filepath.ToSlash(rel),
				path:    path,
				size:    len(data),
				swagger: swagger != nil,
			})
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", src.name, err)
		}
	}
	return docs
}

// goJSON runs the go command in dir and returns the Dir of the module
// its JSON output describes.
func goJSON(t *testing.T, dir string, args ...string) string {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		t.Fatalf("go %s: no module directory in %s", strings.Join(args, " "), out)
	}
	return m.Dir
}

package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles writes files (path -> content) under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// inDir makes a temporary directory holding files the current one, so
// that documents and messages name files relative to it.
func inDir(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	t.Chdir(dir)
}

func TestOpenAPI(t *testing.T) {
	for _, tc := range []struct {
		path, name string
		want       []Entry
	}{
		{"testdata/api/openapi30.yaml", "openapi30", []Entry{
			{"200", "The orders."}, // GET /orders comes before GET /orders/{id}
			{"201", "Created."},    // an unquoted YAML key
			{"204", "Deleted."},
			{"4XX", "The request was wrong."}, // through a $ref
			{"404", "No such order."},         // through a $ref into another file
			{"429", "Slow down."},
			{"5XX", "Anything else."}, // GET /orders's default, before DELETE's 5xx
		}},
		{"testdata/api/openapi31.json", "openapi31", []Entry{
			{"2XX", "Stored."},
			{"200", "The items."},
			{"304", "Unchanged since the ETag."}, // 3.1: the description beside $ref wins
			{"4XX", "Anything else."},            // default: the unlisted errors
			{"5XX", "Anything else."},
			// no 202: a webhook's response is not the server's
		}},
		{"testdata/api/swagger20.yaml", "swagger20", []Entry{
			{"200", "The pets."},
			{"201", "Created."},
			{"204", "Deleted."},              // a path item in another file
			{"4XX", "Something went wrong."}, // GET /pets's default, before the class
			{"400", "Bad request."},          // through the top-level `responses`
			{"404", "No such order."},        // through a $ref into another file
			{"5XX", "Something went wrong."},
		}},
		{"testdata/api/default-only.yaml", "default-only", []Entry{
			{"4XX", "Whatever happens."}, {"5XX", "Whatever happens."},
		}},
	} {
		c, err := Load(tc.path)
		if err != nil {
			t.Errorf("Load(%s): %v", tc.path, err)
			continue
		}
		if c.Name != tc.name || c.Source != tc.path {
			t.Errorf("Load(%s) gave name %q, source %q; want %q, %q", tc.path, c.Name, c.Source, tc.name, tc.path)
		}
		if got := c.Entries(); !slices.Equal(got, tc.want) {
			t.Errorf("Load(%s) entries:\n got %v\nwant %v", tc.path, got, tc.want)
		}
	}
}

// TestCatalogWithOpenAPI checks the union of a catalog file's `openapi`
// and `documented`, its own entries winning.
func TestCatalogWithOpenAPI(t *testing.T) {
	c, err := Load("testdata/orders.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "orders-api" || c.Source != "testdata/orders.yaml" {
		t.Errorf("name %q, source %q; want orders-api, testdata/orders.yaml", c.Name, c.Source)
	}
	want := []Entry{
		{"200", "The orders."}, {"201", "Created."}, {"204", "Deleted."},
		{"4XX", "The request was wrong."}, {"404", "No such order."},
		{"418", "Out of coffee"}, {"429", "Too many requests, retry later"},
		{"5XX", "Anything else."},
	}
	if got := c.Entries(); !slices.Equal(got, want) {
		t.Errorf("entries:\n got %v\nwant %v", got, want)
	}

	// `documented: {}` is fine beside an `openapi` that gives codes.
	inDir(t, map[string]string{"dir/api.json": `{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/": {"get": {"responses": {"202": {"description": "Accepted"}}}}}}`})
	c, err = Parse("dir/c.yaml", []byte("openapi: api.json\ndocumented: {}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Entries(), []Entry{{"202", "Accepted"}}; c.Name != "c" || !slices.Equal(got, want) {
		t.Errorf("got %q %v, want c %v", c.Name, got, want)
	}
}

func TestOpenAPIErrors(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"testdata/api/bad-code.yaml", "testdata/api/bad-code.yaml:9: status code 700 is outside 100-599"},
		{"testdata/missing-openapi.yaml", "testdata/missing-openapi.yaml:2: openapi: testdata/api/nowhere.yaml: no such file or directory"},
		{"testdata/openapi-is-catalog.yaml", "testdata/orders.json: not an OpenAPI 3 document: no `openapi: 3.x.y` version (named by testdata/openapi-is-catalog.yaml:1)"},
		{"testdata/openapi-bad-code.yaml", "testdata/api/bad-code.yaml:9: status code 700 is outside 100-599 (named by testdata/openapi-bad-code.yaml:3)"},
	} {
		_, err := Load(tc.path)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Load(%s) error = %v\nwant %s", tc.path, err, tc.want)
		}
	}

	const head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
	inDir(t, map[string]string{
		"api/paths.yaml":   "get:\n  responses:\n    '200': {description: OK}\n    '6XX': {description: no}\n",
		"api/cat.yaml":     "openapi: api.yaml\n",
		"api/empty.yaml":   "",
		"api/bad-ref.yaml": "get:\n  responses:\n    '200':\n      $ref: '#/nowhere'\n",
	})
	for _, tc := range []struct{ in, want string }{
		{head + "paths:\n  /a:\n    get:\n      responses:\n        abc: {description: x}\n", `api/api.yaml:7: "abc" is not a status code or a range such as 4XX`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '6XX': {description: x}\n", "api/api.yaml:7: status range 6XX is outside 1XX-5XX"},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '2000': {description: x}\n", "api/api.yaml:7: status code 2000 is not three digits"},
		{head + "paths:\n  /a:\n    $ref: paths.yaml\n", "api/paths.yaml:4: status range 6XX is outside 1XX-5XX (through a $ref in api/api.yaml)"},
		{head + "paths: 5\n", "api/api.yaml:3: `paths` must map paths to path items"},
		{head + "paths: {}\n", "api/api.yaml: empty catalog: no operation under `paths` declares a response"},
		{head + "webhooks:\n  w:\n    post:\n      responses:\n        '200': {description: x}\n", "api/api.yaml: empty catalog: no operation under `paths` declares a response"},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'https://example.com/r.yaml#/R'\n", `api/api.yaml:8: $ref "https://example.com/r.yaml#/R": only local files are read`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'gone.yaml#/R'\n", `api/api.yaml:8: $ref "gone.yaml#/R": api/gone.yaml: no such file or directory`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/Gone'\n", `api/api.yaml:8: $ref "#/components/responses/Gone": not found in the document`},
		{head + "servers:\n  - url: 'https://{region}.example.com/v1'\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n", `api/api.yaml:4: the server URL "https://{region}.example.com/v1": the variable "region" is not defined under variables`},
		{head + "servers:\n  - url: 'http://localhost:{port}/v1'\n    variables:\n      port: {default: http}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n", `api/api.yaml:4: the server URL "http://localhost:{port}/v1": invalid port ":http" after host`},
		{head + "paths:\n  /a: 5\n", "api/api.yaml:4: the path item of /a must be a mapping"},
		{head + "paths:\n  /a:\n    get: [x]\n", "api/api.yaml:5: the operation GET /a must be a mapping"},
		{head + "paths:\n  /a:\n    get:\n      responses: [x]\n", "api/api.yaml:6: the responses of GET /a must map status codes to responses"},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200': fine\n", "api/api.yaml:7: the response 200 of GET /a must be a mapping"},
		{head + "paths:\n  /a:\n    $ref: '#/paths/~1b'\n  /b:\n    $ref: '#/paths/~1a'\n", "api/api.yaml:5: circular reference '/a -> /b -> /a' found during lookup: it cannot be resolved"},
		{head + "paths:\n  /a:\n    $ref: bad-ref.yaml\n", `api/bad-ref.yaml:4: $ref "#/nowhere": not found in the document (through a $ref in api/api.yaml)`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: 'paths.yaml#/nowhere'}\n", `api/api.yaml:7: $ref "paths.yaml#/nowhere": not found in api/paths.yaml`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '//example.com/r.yaml'}\n", `api/api.yaml:7: $ref "//example.com/r.yaml": only local files are read`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: [x]}\n", `api/api.yaml:7: $ref must be a string`},
		{"openapi: '3.0'\ninfo: [\n", "api/api.yaml:3: did not find expected node content"},
		{"openapi: 4.0.0\n", "api/api.yaml:1: OpenAPI version 4.0.0 is not supported: OpenAPI 3 only"},
		{"info: {title: t}\nopenapi: api/openapi.yaml\n", "api/api.yaml:1: \"info\" is an OpenAPI key, but the document has no `openapi: 3.x.y` version"},
		// A catalog naming a catalog, and a catalog naming an empty file.
		{"openapi: cat.yaml\n", "api/cat.yaml: not an OpenAPI 3 document: no `openapi: 3.x.y` version (named by api/api.yaml:1)"},
		{"openapi: empty.yaml\n", "api/empty.yaml: not an OpenAPI 3 document: no `openapi: 3.x.y` version (named by api/api.yaml:1)"},
	} {
		_, err := Parse("api/api.yaml", []byte(tc.in))
		if err == nil || err.Error() != tc.want {
			t.Errorf("parse(%q) error = %v\nwant %s", tc.in, err, tc.want)
		}
	}
}

// TestReadOpenAPI checks the plain data that the catalog and a check of
// routes read: operations in document order with their method, path and
// response keys as written, each placed in the file that holds it, and
// the first server's path. OpenAPI 3.2's query method and
// additionalOperations count.
func TestReadOpenAPI(t *testing.T) {
	inDir(t, map[string]string{
		"api/api.yaml": `openapi: 3.2.0
info: {title: t, version: '1'}
servers:
  - url: https://api.example.com/v1/
  - url: /other
paths:
  /orders/{id}:
    get:
      responses:
        '200': {description: One order.}
        4xx: {description: Client trouble.}
        default: {description: Anything else.}
    query:
      responses:
        '200': {description: Found.}
    additionalOperations:
      PURGE:
        responses:
          '202': {description: Purged.}
  /items:
    $ref: ../items/paths.yaml
`,
		"items/paths.yaml": "post:\n  responses:\n    '201': {description: Made.}\n",
	})
	doc, err := ReadOpenAPI("api/api.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Version != "3.2.0" || doc.BasePath != "/v1" || doc.File != "api/api.yaml" {
		t.Errorf("version %q, base path %q, file %q; want 3.2.0, /v1, api/api.yaml", doc.Version, doc.BasePath, doc.File)
	}
	var got []string
	for _, op := range doc.Operations {
		got = append(got, fmt.Sprintf("%s %s %s", op.Pos, op.Method, op.Path))
		for _, r := range op.Responses {
			got = append(got, fmt.Sprintf("  %s %s %q", r.Pos, r.Key, r.Description))
		}
	}
	want := []string{
		"api/api.yaml:7 GET /orders/{id}",
		`  api/api.yaml:10 200 "One order."`,
		`  api/api.yaml:11 4xx "Client trouble."`,
		`  api/api.yaml:12 default "Anything else."`,
		"api/api.yaml:7 QUERY /orders/{id}",
		`  api/api.yaml:15 200 "Found."`,
		"api/api.yaml:7 PURGE /orders/{id}",
		`  api/api.yaml:19 202 "Purged."`,
		"api/api.yaml:20 POST /items",
		`  items/paths.yaml:3 201 "Made."`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("operations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	c, err := doc.catalog()
	if err != nil {
		t.Fatal(err)
	}
	wantEntries := []Entry{{"200", "One order."}, {"201", "Made."}, {"202", "Purged."}, {"4XX", "Client trouble."}, {"5XX", "Anything else."}}
	if got := c.Entries(); !slices.Equal(got, wantEntries) {
		t.Errorf("catalog: got %v, want %v", got, wantEntries)
	}

	if _, err := ReadOpenAPI("items/paths.yaml"); err == nil || err.Error() != "items/paths.yaml: not an OpenAPI 3 document: no `openapi: 3.x.y` version" {
		t.Errorf("ReadOpenAPI of a path item file: %v", err)
	}
}

// TestOpenAPIRecursiveSchema checks that a schema referring to itself,
// even through a required property (an infinite circle for a reader of
// schemas), does not stop the reading of the responses, while responses
// that refer to each other do.
func TestOpenAPIRecursiveSchema(t *testing.T) {
	const head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
	c, err := Parse("api.yaml", []byte(head+`paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
components:
  schemas:
    Node:
      type: object
      required: [next]
      properties:
        next: {$ref: '#/components/schemas/Node'}
`))
	if err != nil || !slices.Equal(c.Entries(), []Entry{{"200", "ok"}}) {
		t.Errorf("recursive schema: %v", err)
	}
	_, err = Parse("api.yaml", []byte(head+"paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/A'}\ncomponents:\n  responses:\n    A: {$ref: '#/components/responses/B'}\n    B: {$ref: '#/components/responses/A'}\n"))
	if want := "api.yaml:10: circular reference 'A -> B -> A' found during lookup: it cannot be resolved"; err == nil || err.Error() != want {
		t.Errorf("circular responses: error = %v, want %s", err, want)
	}
}

// TestServerBasePath checks the path of the first server's URL: its
// variables take their defaults, as a client's would.
func TestServerBasePath(t *testing.T) {
	for _, tc := range []struct{ servers, want string }{
		{"", ""},
		{"  - url: https://api.example.com\n", ""},
		{"  - url: https://api.example.com/\n", ""},
		{"  - url: https://api.example.com/v1/\n", "/v1"},
		{"  - url: /api/v2\n", "/api/v2"},
		{"  - url: v1\n", "/v1"},
		{"  - url: ./v1/\n", "/v1"},
		{"  - url: https://api.example.com//v1\n", "/v1"},
		{"  - url: /\n", ""},
		{"  - url: https://api.example.com/v1\n  - url: https://api.example.com/v2\n", "/v1"},
		{"  - url: 'https://{env}.example.com/{version}'\n    variables:\n      env: {default: api}\n      version: {default: v3}\n", "/v3"},
		{"  - url: 'http://localhost:{port}/api'\n    variables:\n      port: {default: '8080', enum: ['8080', '443']}\n", "/api"},
		{"  - url: '{scheme}://api.example.com/v1'\n    variables:\n      scheme: {default: https}\n", "/v1"},
	} {
		src := "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
		if tc.servers != "" {
			src += "servers:\n" + tc.servers
		}
		src += "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n"
		c, err := Parse("api.yaml", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", tc.servers, err)
			continue
		}
		if c.OpenAPI == nil || c.OpenAPI.BasePath != tc.want {
			t.Errorf("%q: base path %+v, want %q", tc.servers, c.OpenAPI, tc.want)
		}
	}
}

// TestReadSwagger checks a Swagger 2.0 document read as plain data: its
// basePath is where its paths start, and its operations and responses
// are placed as OpenAPI 3's are.
func TestReadSwagger(t *testing.T) {
	doc, err := ReadOpenAPI("testdata/api/swagger20.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.0" || doc.BasePath != "/api/v1" {
		t.Errorf("version %q, base path %q; want 2.0, /api/v1", doc.Version, doc.BasePath)
	}
	want := []string{
		"testdata/api/swagger20.yaml:8 GET /pets: 200@11 default@13",
		"testdata/api/swagger20.yaml:8 POST /pets: 201@17 400@19",
		"testdata/api/swagger20.yaml:21 GET /pets/{id}: 200@24 404@26 4XX@28",
		"testdata/api/swagger20.yaml:30 DELETE /toys: 204@3",
	}
	if got := opLines(doc); !slices.Equal(got, want) {
		t.Errorf("operations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, tc := range []struct{ base, want string }{
		{"", ""}, {"basePath: /\n", ""}, {"basePath: /v2/\n", "/v2"}, {"basePath: v2\n", "/v2"},
	} {
		c, err := Parse("api.yaml", []byte("swagger: '2.0'\n"+tc.base+"paths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n"))
		if err != nil || c.OpenAPI.BasePath != tc.want {
			t.Errorf("%q: base path %q, %v; want %q", tc.base, c.OpenAPI.BasePath, err, tc.want)
		}
	}
}

// opLines prints each operation on one line with its response keys and
// their lines.
func opLines(doc *OpenAPI) []string {
	var out []string
	for _, op := range doc.Operations {
		line := fmt.Sprintf("%s %s %s:", op.Pos, op.Method, op.Path)
		for _, r := range op.Responses {
			line += fmt.Sprintf(" %s@%d", r.Key, r.Pos.Line)
		}
		out = append(out, line)
	}
	return out
}

// TestReadShapes checks what the reader sees through and what it leaves
// out: YAML merge keys and aliases, extensions (x-) among paths and
// responses, null path items and operations, and `paths: []`.
func TestReadShapes(t *testing.T) {
	const head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{head + "paths: []\n", nil},
		{head + "paths:\n  x-meta: {get: {responses: {'200': {description: no}}}}\n  /a:\n    get:\n      responses:\n        x-note: 1\n        '200': {description: ok}\n", []string{"api.yaml:5 GET /a: 200@9"}},
		{head + "paths:\n  /a: null\n  /b:\n    get: ~\n    put: {responses: null}\n", []string{"api.yaml:5 PUT /b:"}},
		{head + "x-common: &common\n  '500': {description: oops}\npaths:\n  /a:\n    get:\n      responses:\n        <<: *common\n        '200': {description: ok}\n  /b: {post: {responses: *common}}\n", []string{"api.yaml:6 GET /a: 200@10 500@4", "api.yaml:11 POST /b: 500@4"}},
	} {
		doc, err := parseDoc("api.yaml", tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got := opLines(doc); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func parseDoc(filename, src string) (*OpenAPI, error) {
	root, err := parseYAML(filename, []byte(src))
	if err != nil {
		return nil, err
	}
	return readOpenAPI(filename, []byte(src), root)
}

// TestMountBase checks a catalog file's `base`, where the document's
// paths are mounted in the code: it wins over the first server's path
// and over Swagger 2.0's basePath, and anything but a path starting with
// / is an error at its line, as is a `base` without a document.
func TestMountBase(t *testing.T) {
	inDir(t, map[string]string{
		"api/v3.yaml":      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://gateway.example.com/api'}]\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n",
		"api/swagger.yaml": "swagger: '2.0'\nbasePath: /api\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: x}\n",
	})
	for _, tc := range []struct{ catalog, want string }{
		{"openapi: v3.yaml\n", "/api"},
		{"openapi: v3.yaml\nbase: /\n", ""},
		{"base: /internal/v1/\nopenapi: v3.yaml\n", "/internal/v1"},
		{"openapi: swagger.yaml\n", "/api"},
		{"openapi: swagger.yaml\nbase: /\n", ""},
	} {
		c, err := Parse("api/c.yaml", []byte(tc.catalog))
		if err != nil {
			t.Errorf("%q: %v", tc.catalog, err)
			continue
		}
		if c.OpenAPI.BasePath != tc.want {
			t.Errorf("%q: base path %q, want %q", tc.catalog, c.OpenAPI.BasePath, tc.want)
		}
	}
	const notPath = "`base` must be a path starting with / (where the document's paths are mounted in the code), such as / or /api"
	for _, tc := range []struct{ catalog, want string }{
		{"openapi: v3.yaml\nbase: api\n", "api/c.yaml:2: " + notPath},
		{"openapi: v3.yaml\nbase: ''\n", "api/c.yaml:2: " + notPath},
		{"openapi: v3.yaml\nbase:\n", "api/c.yaml:2: " + notPath},
		{"openapi: v3.yaml\nbase: [/a]\n", "api/c.yaml:2: " + notPath},
		{"openapi: v3.yaml\nbase: /a?b=c\n", "api/c.yaml:2: " + notPath},
		{"openapi: v3.yaml\nbase: https://example.com/api\n", "api/c.yaml:2: " + notPath},
		{"documented: {200: OK}\nbase: /api\n", "api/c.yaml:2: `base` says where the paths of the `openapi` document are mounted, but the catalog names no document"},
		{"openapi: v3.yaml\nbase: /a\nbase: /b\n", "api/c.yaml:3: `base` is given twice (also at line 2)"},
	} {
		if _, err := Parse("api/c.yaml", []byte(tc.catalog)); err == nil || err.Error() != tc.want {
			t.Errorf("%q: error = %v\nwant %s", tc.catalog, err, tc.want)
		}
	}
}

// TestRefShapes checks the $refs that OpenAPI does not provide for but
// split documents use (and libopenapi reads): an operation, and a whole
// responses object, in a file of its own; their keys are placed in the
// file that holds them.
func TestRefShapes(t *testing.T) {
	inDir(t, map[string]string{
		"api/api.yaml":                 "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {$ref: 'ops/get-a.yaml'}\n    post:\n      responses: {$ref: 'responses/post-a.yaml'}\n",
		"api/ops/get-a.yaml":           "responses:\n  '200': {description: ok}\n",
		"api/responses/post-a.yaml":    "'201': {description: made}\ndefault: {description: no}\n",
		"api/responses/unrelated.yaml": "not: read\n",
	})
	doc, err := ReadOpenAPI("api/api.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"api/api.yaml:4 GET /a: 200@2", "api/api.yaml:4 POST /a: 201@1 default@2"}
	if got := opLines(doc); !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if f := doc.Operations[1].Responses[0].Pos.File; f != filepath.Join("api", "responses", "post-a.yaml") {
		t.Errorf("POST /a's 201 is placed in %s, want api/responses/post-a.yaml", f)
	}
}

// TestRefDescription checks that the description beside a $ref wins
// over those of the responses its chain reaches, and that without one
// the response at the end of the chain gives it.
func TestRefDescription(t *testing.T) {
	doc, err := parseDoc("api.yaml", `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '304': {$ref: '#/components/responses/A', description: Beside the ref.}
        '404': {$ref: '#/components/responses/A'}
components:
  responses:
    A: {$ref: '#/components/responses/B', description: In the middle.}
    B: {description: At the end.}
`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Operations[0].Responses {
		got = append(got, r.Key+": "+r.Description)
	}
	if want := []string{"304: Beside the ref.", "404: In the middle."}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

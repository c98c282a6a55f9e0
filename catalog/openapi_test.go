package catalog

import (
	"io/fs"
	"path/filepath"
	"slices"
	"testing"
)

// memFS is a readFunc over files in memory, so that tests of what a
// document names need no files and fuzzing never touches the disk.
type memFS map[string]string

func (m memFS) read(name string) ([]byte, error) {
	if data, ok := m[filepath.Clean(name)]; ok {
		return []byte(data), nil
	}
	return nil, fs.ErrNotExist
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
			{"5XX", "Server trouble."}, // written 5xx
		}},
		{"testdata/api/openapi31.json", "openapi31", []Entry{
			{"2XX", "Stored."},
			{"200", "The items."},
			{"304", "Unchanged since the ETag."}, // 3.1: the description beside $ref wins
			// no 202: a webhook's response is not the server's
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
		{"5XX", "Server trouble."},
	}
	if got := c.Entries(); !slices.Equal(got, want) {
		t.Errorf("entries:\n got %v\nwant %v", got, want)
	}

	// `documented: {}` is fine beside an `openapi` that gives codes.
	fsys := memFS{"dir/api.json": `{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/": {"get": {"responses": {"202": {"description": "Accepted"}}}}}}`}
	c, err = parse("dir/c.yaml", []byte("openapi: api.json\ndocumented: {}\n"), fsys.read)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Entries(), []Entry{{"202", "Accepted"}}; c.Name != "c" || !slices.Equal(got, want) {
		t.Errorf("got %q %v, want c %v", c.Name, got, want)
	}
}

func TestOpenAPIErrors(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"testdata/api/default-only.yaml", "testdata/api/default-only.yaml: empty catalog: the OpenAPI document declares no response code other than `default`"},
		{"testdata/api/bad-code.yaml", "testdata/api/bad-code.yaml:9: status code 700 is outside 100-599"},
		{"testdata/api/swagger.yaml", "testdata/api/swagger.yaml:1: Swagger 2.0 is not supported: OpenAPI 3 only (convert the document to OpenAPI 3)"},
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
	fsys := memFS{
		"api/paths.yaml": "get:\n  responses:\n    '200': {description: OK}\n    '6XX': {description: no}\n",
		"api/cat.yaml":   "openapi: api.yaml\n",
		"api/empty.yaml": "",
	}
	for _, tc := range []struct{ in, want string }{
		{head + "paths:\n  /a:\n    get:\n      responses:\n        abc: {description: x}\n", `api/api.yaml:7: "abc" is not a status code or a range such as 4XX`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '6XX': {description: x}\n", "api/api.yaml:7: status range 6XX is outside 1XX-5XX"},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '2000': {description: x}\n", "api/api.yaml:7: status code 2000 is not three digits"},
		{head + "paths:\n  /a:\n    $ref: paths.yaml\n", "api/paths.yaml:4: status range 6XX is outside 1XX-5XX (through a $ref in api/api.yaml)"},
		{head + "paths: 5\n", "api/api.yaml:3: cannot construct !!int `5` into map[string]*openapi3.PathItem in /paths"},
		{head + "paths: {}\n", "api/api.yaml: empty catalog: the OpenAPI document declares no response code other than `default`"},
		{head + "webhooks:\n  w:\n    post:\n      responses:\n        '200': {description: x}\n", "api/api.yaml: empty catalog: the OpenAPI document declares no response code other than `default`"},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'https://example.com/r.yaml#/R'\n", `api/api.yaml: error resolving reference "https://example.com/r.yaml#/R": https://example.com/r.yaml: only local files are read`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'gone.yaml#/R'\n", `api/api.yaml: error resolving reference "gone.yaml#/R": api/gone.yaml: file does not exist`},
		{head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/Gone'\n", `api/api.yaml: failed to resolve "components" in fragment in URI: "#/components/responses/Gone"`},
		{"openapi: '3.0'\ninfo: [\n", "api/api.yaml:2: did not find expected node content"},
		{"openapi: 4.0.0\n", "api/api.yaml:1: OpenAPI version 4.0.0 is not supported: OpenAPI 3 only"},
		{"info: {title: t}\nopenapi: api/openapi.yaml\n", "api/api.yaml:1: \"info\" is an OpenAPI key, but the document has no `openapi: 3.x.y` version"},
		// A catalog naming a catalog, and a catalog naming an empty file.
		{"openapi: cat.yaml\n", "api/cat.yaml: not an OpenAPI 3 document: no `openapi: 3.x.y` version (named by api/api.yaml:1)"},
		{"openapi: empty.yaml\n", "api/empty.yaml: not an OpenAPI 3 document: no `openapi: 3.x.y` version (named by api/api.yaml:1)"},
	} {
		_, err := parse("api/api.yaml", []byte(tc.in), fsys.read)
		if err == nil || err.Error() != tc.want {
			t.Errorf("parse(%q) error = %v\nwant %s", tc.in, err, tc.want)
		}
	}
}

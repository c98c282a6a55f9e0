package catalog

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// TestDefaultMatchesSeed checks the embedded default against the seed
// table it was made from, testdata/status-codes.rst: the same codes, no
// more, no fewer.
func TestDefaultMatchesSeed(t *testing.T) {
	c := Default()
	if c.Name != "default" {
		t.Errorf("Default().Name = %q, want default", c.Name)
	}
	want := []int{200, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 410, 412, 500, 501, 502, 503, 504}
	if got := len(c.Entries()); got != len(want) {
		t.Errorf("default catalog has %d entries, want %d", got, len(want))
	}
	for _, code := range want {
		if !c.Has(code) {
			t.Errorf("default catalog lacks %d", code)
		}
	}
	for _, code := range []int{201, 302, 418, 429, 99, 600} {
		if c.Has(code) {
			t.Errorf("default catalog has %d", code)
		}
	}
	if d, _ := c.Description(408); d != "The request timed out." {
		t.Errorf("Description(408) = %q", d)
	}

	seed, err := os.ReadFile("testdata/status-codes.rst")
	if err != nil {
		t.Fatal(err)
	}
	var seedCodes []int
	for _, m := range regexp.MustCompile(`(?m)^\s+\| (\d{3}) `).FindAllSubmatch(seed, -1) {
		code, _ := strconv.Atoi(string(m[1]))
		seedCodes = append(seedCodes, code)
		if !c.Has(code) {
			t.Errorf("seed documents %d, default catalog does not", code)
		}
	}
	slices.Sort(seedCodes)
	if !slices.Equal(seedCodes, want) {
		t.Errorf("seed table documents %v, want %v", seedCodes, want)
	}
}

// Default hands out copies: a caller that changes its catalog changes
// nobody else's.
func TestDefaultImmutable(t *testing.T) {
	c := Default()
	if err := c.Add(418, "I'm a teapot"); err != nil {
		t.Fatal(err)
	}
	if err := c.AddClass(3, "any redirect"); err != nil {
		t.Fatal(err)
	}
	c.Name = "changed"
	if !c.Has(418) || !c.Has(302) {
		t.Fatal("Add and AddClass did not change the caller's copy")
	}
	d := Default()
	if d.Has(418) || d.Has(302) || d.Name != "default" {
		t.Errorf("a change to one Default() shows in the next: Has(418) = %v, Has(302) = %v, Name = %q", d.Has(418), d.Has(302), d.Name)
	}
	if got, want := len(d.Entries()), 18; got != want {
		t.Errorf("Default() has %d entries, want %d", got, want)
	}
}

func TestClasses(t *testing.T) {
	c, err := Parse("api.yaml", []byte("documented:\n  4XX: any client error\n  200: OK\n  5xx: server\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "api" {
		t.Errorf("Name = %q, want the file's base name", c.Name)
	}
	for code, want := range map[int]bool{400: true, 499: true, 418: true, 200: true, 500: true, 599: true, 201: false, 399: false, 600: false} {
		if c.Has(code) != want {
			t.Errorf("Has(%d) = %v, want %v", code, !want, want)
		}
	}
	if d, _ := c.Description(503); d != "server" {
		t.Errorf("Description(503) = %q, want the class's", d)
	}
}

// TestParseOddities pins what YAML allows beyond the plain format.
func TestParseOddities(t *testing.T) {
	c, err := Parse("c.yaml", []byte("documented:\n  200:\n  201: ~\n  202: null\n  203: 5\n---\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{"200", ""}, {"201", ""}, {"202", ""}, {"203", "5"}}
	if got := c.Entries(); !slices.Equal(got, want) {
		t.Errorf("null descriptions and a closing ---: got %v, want %v", got, want)
	}
}

func TestParseJSON(t *testing.T) {
	c, err := Load("testdata/orders.json")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{"200", "OK"}, {"4XX", "Any client error"}}
	if c.Name != "orders-json" || c.Source != "testdata/orders.json" || !slices.Equal(c.Entries(), want) {
		t.Errorf("got %q from %q with %v, want orders-json from testdata/orders.json with %v", c.Name, c.Source, c.Entries(), want)
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{
		"api/orders.yaml":      "orders",
		"orders.json":          "orders",
		"orders":               "orders",
		"x/.httpstatus.yaml":   ".httpstatus.yaml",
		"x/.httpstatus.json":   ".httpstatus.json",
		"x/openapi.v2.yaml":    "openapi.v2",
		"/abs/dir/catalog.yml": "catalog",
	} {
		if got := baseName(in); got != want {
			t.Errorf("baseName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"documented:\n  200: OK\n  700: nope\n", "c.yaml:3: status code 700 is outside 100-599"},
		{"documented:\n  099: x\n", "c.yaml:2: status code 99 is outside 100-599"},
		{"documented:\n  2000: x\n", "c.yaml:2: status code 2000 is not three digits"},
		{"documented:\n  6XX: x\n", "c.yaml:2: status range 6XX is outside 1XX-5XX"},
		{"documented:\n  0xx: x\n", "c.yaml:2: status range 0XX is outside 1XX-5XX"},
		{"documented:\n  abc: x\n", `c.yaml:2: "abc" is not a status code or a range such as 4XX`},
		{"documented:\n  +200: x\n", `c.yaml:2: "+200" is not a status code or a range such as 4XX`},
		{"documented:\n  200: [a]\n", "c.yaml:2: the description of 200 must be a string"},
		{"documented: [200]\n", "c.yaml:1: `documented` must map codes to descriptions"},
		{"documented:\n  200: a\n  4XX: b\n  200: c\n", "c.yaml:4: 200 is listed twice (also at line 2)"},
		{"documented:\n  4XX: a\n  4xx: b\n", "c.yaml:3: 4XX is listed twice (also at line 2)"},
		{"name: x\n", "c.yaml: empty catalog: give `documented` or `openapi`"},
		{"", "c.yaml: empty catalog: give `documented` or `openapi`"},
		{"# nothing but a comment\n", "c.yaml: empty catalog: give `documented` or `openapi`"},
		{"documented: {}\n", "c.yaml:1: empty catalog: `documented` lists no code"},
		{"name: ''\ndocumented: {200: OK}\n", "c.yaml:1: `name` must be a non-empty string"},
		{"name: [a]\ndocumented: {200: OK}\n", "c.yaml:1: `name` must be a non-empty string"},
		{"name: a\nname: b\ndocumented: {200: OK}\n", "c.yaml:2: `name` is given twice (also at line 1)"},
		{"openapi: {a: b}\n", "c.yaml:1: `openapi` must be the path of an OpenAPI document, relative to this file"},
		{"openapi:\n", "c.yaml:1: `openapi` must be the path of an OpenAPI document, relative to this file"},
		{"colour: red\ndocumented:\n  200: OK\n", `c.yaml:1: unknown key "colour" (want name, openapi, base, documented)`},
		{`{"colour": "red"}`, "c.yaml: neither a catalog (keys name, openapi, base, documented) nor an OpenAPI 3 document (key openapi: 3.x.y)"},
		{"- 200\n- 404\n", "c.yaml:1: neither a catalog nor an OpenAPI document: the top level must be a mapping"},
		{"200\n", "c.yaml:1: neither a catalog nor an OpenAPI document: the top level must be a mapping"},
		{"documented: [\n", "c.yaml:2: did not find expected node content"},
		{"documented:\n  200: OK\n bad indent\n", "c.yaml:3: did not find expected key"},
		{"documented: {200: OK}\n---\ndocumented: {201: OK}\n", "c.yaml:3: a catalog is a single YAML document; this is a second one"},
		{"documented: *nowhere\n", "c.yaml:1: unknown anchor 'nowhere' referenced"},
		{"swagger: \"2.0\"\npaths: {}\n", "c.yaml: empty catalog: no operation under `paths` declares a response"},
		{"swagger: '1.2'\npaths: {}\n", "c.yaml:1: Swagger 1.2 is not supported: Swagger 2.0 and OpenAPI 3 only"},
		{"swagger: '2.0'\nopenapi: 3.0.0\n", "c.yaml:2: a document is Swagger 2.0 or OpenAPI 3, not both: `swagger` and `openapi` are both given"},
		{"openapi: 2.0.0\ninfo: {title: t, version: '1'}\n", "c.yaml:1: OpenAPI version 2.0.0 is not supported: OpenAPI 3 only"},
		{"documented: {200: OK}\npaths: {}\n", "c.yaml:2: \"paths\" is an OpenAPI key, but the document has no `openapi: 3.x.y` version"},
	} {
		_, err := Parse("c.yaml", []byte(tc.in))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

// TestStringRoundTrip checks that String prints what Parse reads back to
// the same catalog, including descriptions that YAML would otherwise
// read as other types, and that it shows the source.
func TestStringRoundTrip(t *testing.T) {
	orders, err := Load("testdata/orders.yaml")
	if err != nil {
		t.Fatal(err)
	}
	odd := New("404")
	for code, d := range map[int]string{200: "", 201: "yes", 202: "null", 203: "3.5", 204: "a: b # c", 205: "line\nbreak", 206: "'quoted' \"twice\"", 207: " padded ", 208: "\x00\t\u00e9"} {
		if err := odd.Add(code, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := odd.AddClass(5, "- dash"); err != nil {
		t.Fatal(err)
	}
	odd.Source = "dir/with\nnewline.yaml"
	for _, c := range []*Catalog{Default(), orders, odd} {
		text := c.String()
		back, err := Parse("back.yaml", []byte(text))
		if err != nil {
			t.Errorf("Parse(String()) of %s: %v\n%s", c.Name, err, text)
			continue
		}
		if back.Name != c.Name || !slices.Equal(back.Entries(), c.Entries()) {
			t.Errorf("round trip of %s changed it:\n%s\nread back as %q %v", c.Name, text, back.Name, back.Entries())
		}
	}

	want := `# source: testdata/orders.yaml
name: orders-api
documented:
  200: The orders.
  201: Created.
  204: Deleted.
  4XX: The request was wrong.
  404: No such order.
  418: Out of coffee
  429: Too many requests, retry later
  5XX: Anything else.
`
	if got := orders.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	if got, want := Default().String()[:len("name: default\ndocumented:\n  200: ")], "name: default\ndocumented:\n  200: "; got != want {
		t.Errorf("Default().String() starts %q, want %q (no source line)", got, want)
	}
}

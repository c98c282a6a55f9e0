package docgen_test

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/docgen"
	"github.com/httpstatuslint/httpstatus/internal/written"
	"github.com/httpstatuslint/httpstatus/routes"
)

func route(method, path string, codes ...int) routes.Route {
	r := routes.Route{Method: method, Path: path, Handler: "h"}
	for i, c := range codes {
		r.Codes = append(r.Codes, written.Code{Code: c, Posn: token.Position{Filename: "/m/main.go", Line: 10 + i, Column: 2}})
	}
	return r
}

// table is a route table with each shape Write meets.
var table = []routes.Route{
	route("GET", "/orders/{id}", 200, 400, 404),
	route("DELETE", "/orders/{id}", 204, 2040),
	route("POST", "/orders", 201, 422),
	route("*", "/old/", 301),
	route("GET", "/upstream", 0, 200),
	route("GET", "/stream", 0),
	route("GET", "/files/{path}/{path}", 200),
	route("PATCH", "/a b", 200),
	route("QUERY", "/search", 200),
	route("GET", "<prefix>/x", 200),
	route("<m>", "/y", 200),
}

// TestRoundTrip writes the document of the table, reads it back with
// the catalog's reader, and matches the routes to it as the check per
// operation does: every route it keeps serves exactly its operation,
// and differs from it only by the codes that are no status.
func TestRoundTrip(t *testing.T) {
	out, left := docgen.Write("orders", table)
	file := filepath.Join(t.TempDir(), "openapi.yaml")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := catalog.ReadOpenAPI(file)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Version != docgen.Version {
		t.Errorf("version %q, want %s", doc.Version, docgen.Version)
	}
	var got []string
	for _, l := range left {
		got = append(got, l.String())
	}
	wantLeft := []string{
		"DELETE /orders/{id}: 2040 is not a status code (100-599)",
		"QUERY /search: OpenAPI 3.1.0 has no operation for the method QUERY",
		"GET <prefix>/x: its path or method is not a constant",
		"<m> /y: its path or method is not a constant",
	}
	slices.Sort(got)
	slices.Sort(wantLeft)
	if !slices.Equal(got, wantLeft) {
		t.Errorf("left out:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantLeft, "\n"))
	}
	served := make(map[*catalog.Operation]bool)
	for _, m := range conform.MatchRoutes(doc, table) {
		r := m.Route
		if m.Unchecked != "" || r.Method == "QUERY" {
			if len(m.Ops) != 0 && r.Method != "QUERY" {
				t.Errorf("%s %s: unchecked, yet matched", r.Method, r.Path)
			}
			continue
		}
		var own []*catalog.Operation
		for _, op := range m.Ops {
			served[op] = true
			if op.Method == r.Method || r.Method == "*" {
				own = append(own, op)
			}
		}
		if len(own) != 1 {
			t.Errorf("%s %s: serves %d operations of its method, want 1", r.Method, r.Path, len(own))
			continue
		}
		d := conform.Compare(own[0], r.Codes)
		var undocumented []int
		for _, u := range d.Undocumented {
			undocumented = append(undocumented, u.Code)
		}
		want := []int(nil)
		if r.Method == "DELETE" {
			want = []int{2040}
		}
		if !slices.Equal(undocumented, want) || len(d.Unwritten) > 0 {
			t.Errorf("%s %s: undocumented %v (want %v), unwritten %v\n%s", r.Method, r.Path, undocumented, want, d.Unwritten, out)
		}
	}
	for i := range doc.Operations {
		if op := &doc.Operations[i]; !served[op] && op.Method != "HEAD" {
			t.Errorf("operation %s %s: no route serves it", op.Method, op.Path)
		}
	}
	if want := "starting point to edit"; !strings.Contains(string(out), want) {
		t.Errorf("no %q in the document:\n%s", want, out)
	}
}

// TestDeterministic: the order of the routes does not change the
// document.
func TestDeterministic(t *testing.T) {
	want, _ := docgen.Write("orders", table)
	shuffled := slices.Clone(table)
	slices.Reverse(shuffled)
	shuffled[0], shuffled[3] = shuffled[3], shuffled[0]
	if got, _ := docgen.Write("orders", shuffled); string(got) != string(want) {
		t.Errorf("reordered routes:\n%s\nwant:\n%s", got, want)
	}
}

// TestEmpty: no routes is a document with no paths, which the reader
// reads as no operations.
func TestEmpty(t *testing.T) {
	out, _ := docgen.Write("none", nil)
	file := filepath.Join(t.TempDir(), "openapi.yaml")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := catalog.ReadOpenAPI(file)
	if err != nil || len(doc.Operations) != 0 {
		t.Errorf("ReadOpenAPI: %v, %+v\n%s", err, doc, out)
	}
}

// TestOneOperation: routes of one path and method, a route of every
// method and a GET route of a path, or two hosts' routes, are one
// operation with the codes of both.
func TestOneOperation(t *testing.T) {
	a := route("GET", "/x", 200)
	a.Host = "a.example.com"
	b := route("GET", "/x", 404)
	b.Host = "b.example.com"
	out, left := docgen.Write("t", []routes.Route{a, b, route("*", "/x", 301)})
	want := `paths:
  /x:
    get:
      responses:
        "200": {description: OK}
        "301": {description: Moved Permanently}
        "404": {description: Not Found}
`
	if !strings.HasSuffix(string(out), want) || len(left) != 0 {
		t.Errorf("document:\n%s\nwant it to end with:\n%s\nleft out: %v", out, want, left)
	}
}

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/diff"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/internal/written"
	"github.com/httpstatuslint/httpstatus/routes"
)

// TestRoutesFix runs httpstatus routes -fix on a copy of the example:
// -diff prints the change (testdata/routes/example.fix) and writes
// nothing; -fix writes that change; a second -fix has nothing to add;
// and -check then finds no route missing from the document and no code
// written but undocumented, but the one that is no status code (2040).
func TestRoutesFix(t *testing.T) {
	dir := testenv.CopyDir(t, exampleDir(t))
	doc := filepath.Join(dir, "openapi.yaml")
	before, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}

	stdout, stderr, code := runRoutes(t, dir, "routes", "-fix", "-diff", "./...")
	if code != routesOK {
		t.Fatalf("-fix -diff: exit %d, want 0:\n%s", code, stderr)
	}
	golden(t, filepath.Join("testdata", "routes", "example.fix"), stdout)
	golden(t, filepath.Join("testdata", "routes", "example.fix.stderr"), stderr)
	if now, _ := os.ReadFile(doc); string(now) != string(before) {
		t.Fatalf("-fix -diff changed openapi.yaml")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```diff\n"+stdout+"```\n") {
		t.Errorf("README.md does not show testdata/routes/example.fix as it is")
	}

	stdout2, stderr2, code := runRoutes(t, dir, "routes", "-fix", "./...")
	if code != routesOK || stdout2 != "" || !strings.HasPrefix(stderr2, "httpstatus routes: wrote openapi.yaml\n") {
		t.Fatalf("-fix: exit %d, want 0 and the file it wrote named; stdout:\n%s\nstderr:\n%s", code, stdout2, stderr2)
	}
	after, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := diff.Unified("openapi.yaml (old)", "openapi.yaml (new)", string(before), string(after)); got != stdout {
		t.Errorf("-fix wrote another change than -fix -diff printed:\n%s", got)
	}

	if stdout, stderr, code := runRoutes(t, dir, "routes", "-fix", "-diff", "./..."); code != routesOK || stdout != "" {
		t.Errorf("a second -fix: exit %d, changes:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if stdout, stderr, code := runRoutes(t, dir, "routes", "-fix", "./..."); code != routesOK || stdout != "" || !strings.HasPrefix(stderr, "httpstatus routes: openapi.yaml: nothing to add\n") {
		t.Errorf("a second -fix: exit %d, want 0 and nothing to add; stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	stdout, stderr, code = runRoutes(t, dir, "routes", "-check", "-json", "./...")
	if code != routesDiffers {
		t.Fatalf("-check after -fix: exit %d, want %d (what -fix does not remove):\n%s", code, routesDiffers, stderr)
	}
	var rows []struct {
		Method, Path      string
		UndocumentedRoute bool `json:"undocumented_route"`
		Operations        []struct {
			Undocumented []struct{ Code int }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.UndocumentedRoute {
			t.Errorf("after -fix, route %s %s is not in the document", r.Method, r.Path)
		}
		for _, o := range r.Operations {
			for _, u := range o.Undocumented {
				if u.Code != 2040 {
					t.Errorf("after -fix, %s %s writes %d, not documented", r.Method, r.Path, u.Code)
				}
			}
		}
	}
	if want := "1 code written but not documented for its operation"; !strings.Contains(stderr, want) || strings.Contains(stderr, "not in the document") {
		t.Errorf("-check after -fix: %s\nwant %q and no route missing", stderr, want)
	}
}

// TestRoutesFixDocuments: on testdata/routescheck, three packages each
// with its document, -fix -diff changes those that differ from their
// routes (differ/items.yaml; unmounted/openapi.yaml, whose routes are
// those of a router no package mounts), not the one in step
// (agree/openapi.yaml, under a server path, with other parameter
// names).
func TestRoutesFixDocuments(t *testing.T) {
	stdout, stderr, code := runRoutes(t, routescheckDir(t), "routes", "-fix", "-diff", "./...")
	if code != routesOK || stderr != "" {
		t.Fatalf("exit %d, want 0:\n%s", code, stderr)
	}
	golden(t, filepath.Join("testdata", "routes", "routescheck.fix"), stdout)
}

// TestRoutesFixErrors: -diff goes with -fix, -fix goes alone, and needs
// an OpenAPI document.
func TestRoutesFixErrors(t *testing.T) {
	example := exampleDir(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"-diff without -fix", []string{"routes", "-diff", "./..."}, routesUsage, "-diff shows what -fix would change: use it with -fix"},
		{"-fix with -check", []string{"routes", "-fix", "-check", "./..."}, routesUsage, "-fix edits the document: run -check, -json or -write-baseline after it"},
		{"-fix with -json", []string{"routes", "-fix", "-json", "./..."}, routesUsage, "-fix edits the document"},
		{"-fix without a document", []string{"routes", "-fix", "-diff", "-documented=200", "./..."}, routesError, "-check, -fix and -write-baseline compare the routes with an OpenAPI document, but the catalog is not one"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runRoutes(t, example, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) || stdout != "" {
				t.Errorf("exit %d, want %d with %q; stdout:\n%s\nstderr:\n%s", code, tc.code, tc.want, stdout, stderr)
			}
			if code == routesUsage && !strings.HasSuffix(stderr, "run 'httpstatus routes -h' for usage\n") {
				t.Errorf("a usage error without the pointer to -h:\n%s", stderr)
			}
		})
	}
}

// TestPlanFixes: what -fix asks of the document for each kind of
// difference, and what it leaves.
func TestPlanFixes(t *testing.T) {
	doc := &catalog.OpenAPI{File: "openapi.yaml", BasePath: "/v1", Operations: []catalog.Operation{
		{Method: "GET", Path: "/orders/{orderID}", Responses: []catalog.Response{{Key: "200"}}},
	}}
	codes := func(cs ...int) []written.Code {
		var out []written.Code
		for _, c := range cs {
			out = append(out, written.Code{Code: c})
		}
		return out
	}
	route := func(method, path string, cs ...int) row {
		return row{Route: routes.Route{Method: method, Path: path, Codes: codes(cs...)},
			verdict: verdict{OpenAPI: doc.File, NotInDocument: true, Differs: true}}
	}
	table := routeTable{checked: true, rows: []row{
		{Route: routes.Route{Method: "GET", Path: "/v1/orders/{id}", Codes: codes(200, 401, 2040)},
			verdict: verdict{OpenAPI: doc.File, Differs: true, Operations: []operation{
				{Method: "GET", Path: "/orders/{orderID}", Undocumented: []undocumented{{Code: 401}, {Code: 2040}}}}}},
		route("POST", "/v1/orders/{id}", 201),      // a new method on the document's path
		route("PUT", "/v1/items/{id}", 200),        // a new path
		route("DELETE", "/v1/items/{itemID}", 204), // the same path, by its template
		route("*", "/v1/old", 301),                 // every method: GET
		route("GET", "/v2/orders", 200),            // outside the server's path
		route("GET", "/v1/stream", 0),              // no code known
		{Route: routes.Route{Method: "GET", Path: "/v1/debug"}, verdict: verdict{OpenAPI: doc.File, NotInDocument: true, Silenced: true}},
	}}
	fixes := planFixes([]*conform.Result{{OpenAPI: doc}}, table)
	if len(fixes) != 1 {
		t.Fatalf("%d documents to fix, want 1", len(fixes))
	}
	var got []string
	for _, op := range fixes[0].ops {
		got = append(got, fmt.Sprint(op.Method, " ", op.Path, " ", op.Codes))
	}
	want := []string{
		"GET /orders/{orderID} [401]",
		"POST /orders/{orderID} [201]",
		"PUT /items/{id} [200]",
		"DELETE /items/{id} [204]",
		"GET /old [301]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("operations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantLeft := []string{
		"GET /orders/{orderID}: 2040 is not a status code (100-599), so it is not documented",
		"route GET /v2/orders is outside the server's path /v1, so it is not added",
		"route GET /v1/stream writes no code known statically, so it is not added",
	}
	if !slices.Equal(fixes[0].left, wantLeft) {
		t.Errorf("left:\n%s\nwant:\n%s", strings.Join(fixes[0].left, "\n"), strings.Join(wantLeft, "\n"))
	}
}

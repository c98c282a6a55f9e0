package conform_test

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// The drifts of each fixture that the analyzer does not report, since
// no registration is at fault, but its Result shows (for `httpstatus
// routes`): the operations no route serves, and per operation the
// response keys that no code its routes write falls under.
var silentDrifts = map[string]struct{ unserved, unwritten []string }{
	// Its catalog's base mounts the document at the root: in step but
	// for the two findings.
	"chibaseconform": {},
	"chiconform": {
		unserved:  []string{"GET /invoices"},
		unwritten: []string{"GET /health: 201", "GET /reports/daily: 410"},
	},
	// Behind a middleware of another module: its 415 is documented for
	// one operation and not for the other, nothing else differs.
	"chimwconform": {},
	"echoconform": {
		unserved:  []string{"GET /invoices"},
		unwritten: []string{"GET /health: 201", "GET /reports/daily: 410"},
	},
	"fiberconform": {
		unserved:  []string{"GET /invoices"},
		unwritten: []string{"GET /health: 201", "GET /reports/daily: 410"},
	},
	"ginconform": {
		unserved:  []string{"GET /invoices"},
		unwritten: []string{"GET /health: 201", "GET /reports/daily: 410", "POST /ping: 202"},
	},
	// A Swagger 2.0 document, its basePath the group's prefix.
	"ginswaggerconform": {
		unserved: []string{"GET /stats"},
	},
	"gorillaconform": {
		unserved:  []string{"GET /invoices"},
		unwritten: []string{"GET /health: 201", "GET /reports/daily: 410"},
	},
	// The servers oapi-codegen generates: their routes are found, under
	// the options' BaseURL, with the implementation's codes, which the
	// generated wrapper calls through an interface: only the 410 that
	// GetInventory never writes is left unwritten.
	"oapichiconform":       {unwritten: inventoryOnly},
	"oapiechoconform":      {unwritten: inventoryOnly},
	"oapifiberconform":     {unwritten: inventoryOnly},
	"oapiginconform":       {unwritten: inventoryOnly},
	"oapigorillaconform":   {unwritten: inventoryOnly},
	"oapistdconform":       {unwritten: inventoryOnly},
	"oapistrictchiconform": {unwritten: inventoryOnly},
	"oapistrictstdconform": {unwritten: inventoryOnly},
}

// inventoryOnly is the response key that the generated servers' routes
// leave unwritten: GetInventory never writes the documented 410.
var inventoryOnly = []string{"GET /stores/{storeId}/inventory: 410"}

// TestFrameworks runs the analyzer as the drivers do, with no flags, on
// each router's fixture against the real modules: the catalog is the
// OpenAPI document that the fixture's .httpstatus.yaml names, found by
// discovery. The want marks hold the findings; the Result of the main
// package holds the drifts that are not findings.
func TestFrameworks(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	// Every fixture of the kind is in the shared list, which the tests
	// of other packages run too.
	onDisk, err := filepath.Glob(filepath.Join(dir, "*conform"))
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range onDisk {
		onDisk[i] = filepath.Base(d)
	}
	if !slices.Equal(onDisk, testenv.ConformFixtures) {
		t.Errorf("fixtures in %s: %q; testenv.ConformFixtures: %q", dir, onDisk, testenv.ConformFixtures)
	}
	for _, fixture := range testenv.ConformFixtures {
		t.Run(fixture, func(t *testing.T) {
			want, ok := silentDrifts[fixture]
			if !ok {
				t.Fatalf("no silent drifts listed for %s", fixture)
			}
			results := analysistest.Run(t, dir, conform.New(analyzer.Defaults()), "./"+fixture+"/...")
			testenv.Compiles(t, results)
			res := result(t, results, "example.com/frameworks/"+fixture)
			if res.OpenAPI == nil || len(res.Matches) != len(res.Routes) {
				t.Fatalf("no OpenAPI document, or %d matches for %d routes", len(res.Matches), len(res.Routes))
			}
			unserved, unwritten := drifts(res)
			if !slices.Equal(unserved, want.unserved) || !slices.Equal(unwritten, want.unwritten) {
				t.Errorf("operations no route serves %q, want %q\nkeys never written %q, want %q",
					unserved, want.unserved, unwritten, want.unwritten)
			}
		})
	}
}

// drifts returns the operations of the document that no route serves,
// and the response keys of the served ones that none of their routes
// writes, as "METHOD /path: key" in document order.
func drifts(res *conform.Result) (unserved, unwritten []string) {
	// The keys each served operation's routes leave unwritten: a key
	// that one route writes is written.
	left := make(map[*catalog.Operation][]string)
	for _, m := range res.Matches {
		for _, op := range m.Ops {
			keys := conform.Compare(op, m.Route.Codes).Unwritten
			if prev, ok := left[op]; ok {
				keys = slices.DeleteFunc(keys, func(k string) bool { return !slices.Contains(prev, k) })
			}
			left[op] = keys
		}
	}
	for i := range res.OpenAPI.Operations {
		op := &res.OpenAPI.Operations[i]
		name := op.Method + " " + op.Path
		keys, served := left[op]
		if !served {
			unserved = append(unserved, name)
		}
		for _, k := range keys {
			unwritten = append(unwritten, name+": "+k)
		}
	}
	return unserved, unwritten
}

// result returns the analyzer's Result for the package at path.
func result(t *testing.T, results []*analysistest.Result, path string) *conform.Result {
	t.Helper()
	for _, r := range results {
		if r.Pass != nil && r.Pass.Pkg.Path() == path && r.Err == nil {
			return r.Result.(*conform.Result)
		}
	}
	t.Fatalf("no result for %s", path)
	return nil
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/routes"
)

// TestBaseline adopts -check on a copy of the example, in the README's
// order: -fix brings the document in step; -write-baseline records the
// differences left; -check -baseline then passes; a new write in the
// code fails, naming only it; a drift fixed in the code passes and
// names the entries to remove. The goldens are in testdata/baseline.
func TestBaseline(t *testing.T) {
	dir := testenv.CopyDir(t, exampleDir(t))
	const file = "httpstatus-baseline.txt"
	goldenDir := filepath.Join("testdata", "baseline")

	if _, stderr, code := runRoutes(t, dir, "routes", "-fix", "./..."); code != routesOK {
		t.Fatalf("-fix: exit %d, want 0:\n%s", code, stderr)
	}
	stdout, stderr, code := runRoutes(t, dir, "routes", "-write-baseline="+file, "./...")
	if code != routesOK || stderr != "" || !strings.HasPrefix(stdout, "METHOD  PATH") {
		t.Fatalf("-write-baseline: exit %d, want 0 and the table:\n%s\n%s", code, stdout, stderr)
	}
	recorded, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join(goldenDir, "example.baseline"), string(recorded))

	check := func(name string, wantCode int) {
		t.Helper()
		stdout, stderr, code := runRoutes(t, dir, "routes", "-check", "-baseline="+file, "./...")
		if code != wantCode {
			t.Fatalf("%s: exit %d, want %d:\n%s", name, code, wantCode, stderr)
		}
		if !strings.HasPrefix(stdout, "METHOD  PATH") {
			t.Errorf("%s: no table on stdout:\n%s", name, stdout)
		}
		golden(t, filepath.Join(goldenDir, name+".check"), stderr)
	}
	// Every difference is recorded: nothing on standard error.
	check("pass", routesOK)

	// A new code written in GET /orders/{id}, its lines below moved down:
	// only the new code fails, and no entry is stale.
	orders := filepath.Join(dir, "orders", "orders.go")
	edit(t, orders, "\trespond.JSON(w, http.StatusOK, o)\n",
		"\tif o.Count == 0 {\n\t\thttp.Error(w, \"empty order\", http.StatusConflict)\n\t\treturn\n\t}\n\trespond.JSON(w, http.StatusOK, o)\n")
	check("new", routesDiffers)
	edit(t, orders, "\tif o.Count == 0 {\n\t\thttp.Error(w, \"empty order\", http.StatusConflict)\n\t\treturn\n\t}\n", "")

	// DELETE /orders/{id} writes 204 rather than 2040: two drifts fewer,
	// and their entries are named for removal.
	edit(t, orders, "w.WriteHeader(2040)", "w.WriteHeader(http.StatusNoContent)")
	check("stale", routesOK)

	// The README shows the three as they are.
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"example.baseline", "new.check", "stale.check"} {
		want, err := os.ReadFile(filepath.Join(goldenDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "```\n"+string(want)+"```\n") {
			t.Errorf("README.md does not show testdata/baseline/%s as it is:\n%s", name, want)
		}
	}
}

// TestBaselineErrors checks the usage errors and broken baselines, which
// fail before any package is loaded.
func TestBaselineErrors(t *testing.T) {
	malformed, err := filepath.Abs(filepath.Join("testdata", "baseline", "malformed.baseline"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"both flags", []string{"-check", "-baseline=b.txt", "-write-baseline=b.txt"}, routesUsage,
			"httpstatus routes: -baseline and -write-baseline cannot be used together: write the baseline, then check against it\n"},
		{"-baseline without -check", []string{"-baseline=b.txt"}, routesUsage,
			"httpstatus routes: -baseline needs -check: it says which differences -check accepts\n"},
		{"missing baseline", []string{"-check", "-baseline=missing.txt"}, routesError,
			"httpstatus routes: open missing.txt: no such file or directory\n"},
		{"malformed baseline", []string{"-check", "-baseline=" + malformed}, routesError,
			"httpstatus routes: " + malformed + `:5: unknown kind "undocumnted"; the kinds are route, undocumented, unwritten, unserved` + "\n"},
		{"-write-baseline without a document", []string{"-write-baseline=b.txt", "-documented=200"}, routesError,
			"httpstatus routes: -check, -fix and -write-baseline compare the routes with an OpenAPI document, but the catalog is not one"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := append(append([]string{"routes"}, tc.args...), exampleDir(t)+"/...")
			if tc.name == "-write-baseline without a document" {
				dir = testenv.CopyDir(t, exampleDir(t))
				args[len(args)-1] = "./..."
			}
			stdout, stderr, code := runRoutes(t, dir, args...)
			if code != tc.code || !strings.HasPrefix(stderr, tc.want) || stdout != "" {
				t.Errorf("exit %d, want %d; stderr:\n%s\nwant it to start with:\n%s\nstdout:\n%s", code, tc.code, stderr, tc.want, stdout)
			}
			if code == routesUsage && !strings.HasSuffix(stderr, "run 'httpstatus routes -h' for usage\n") {
				t.Errorf("a usage error without the pointer to -h:\n%s", stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "b.txt")); err == nil {
				t.Errorf("a failed run wrote b.txt")
			}
		})
	}
}

// edit replaces old, which must be in file once, with new.
func edit(t *testing.T, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(data), old) != 1 {
		t.Fatalf("%s has %q %d times, want once", file, old, strings.Count(string(data), old))
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBaselineDocument: an entry names its document relative to the
// baseline's directory, so that a baseline kept elsewhere (ci/) reads
// the same whatever directory the check runs in.
func TestBaselineDocument(t *testing.T) {
	root := t.TempDir()
	doc := filepath.Join(root, "api", "openapi.yaml")
	table := routeTable{checked: true, rows: []row{{
		Route:   routes.Route{Method: "GET", Path: "/"},
		verdict: verdict{OpenAPI: doc, NotInDocument: true, Differs: true},
	}}}
	var b baselineFlags
	for file, want := range map[string]string{
		filepath.Join(root, "ci", "baseline.txt"):  "../api/openapi.yaml GET / route",
		filepath.Join(root, "baseline.txt"):        "api/openapi.yaml GET / route",
		filepath.Join(root, "api", "baseline.txt"): "openapi.yaml GET / route",
	} {
		entries := b.entries(table, file)
		if len(entries) != 1 || entries[0].String() != want {
			t.Errorf("baseline %s: entries %v, want %s", file, entries, want)
		}
	}
}

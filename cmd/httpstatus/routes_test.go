package main

import (
	"encoding/json"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden outputs of httpstatus routes")

// Where the golden route tables are run: the example service, and the
// real-frameworks module (its routers' fixtures in one run, since each
// run type-checks the dependencies from source).
var (
	exampleDir = func(t *testing.T) string {
		dir, err := filepath.Abs(filepath.Join("..", "..", "example"))
		if err != nil {
			t.Fatal(err)
		}
		return dir
	}
	frameworksDir  = func(t *testing.T) string { return testenv.Frameworks(t, filepath.Join("..", "..")) }
	routescheckDir = func(t *testing.T) string {
		dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "routescheck"))
		if err != nil {
			t.Fatal(err)
		}
		return dir
	}
)

type routesRun struct {
	name  string
	dir   func(*testing.T) string
	args  []string
	check bool
	code  int
}

// routeTables are the runs of httpstatus routes with golden outputs in
// testdata/routes: NAME.txt for the table, NAME.json for -json. A run
// with check set is made with -check (both outputs), must exit with code,
// and its standard error is NAME.check; one without must exit 0.
var routeTables = []routesRun{
	// The example's catalog names its openapi.yaml, out of step with
	// the code once in each way.
	{"example", exampleDir, []string{"./..."}, true, routesDiffers},
	// -documented replaces that catalog: the table without a document.
	{"example-plain", exampleDir, []string{"-documented=200", "./..."}, false, routesOK},
	// In step with its document as far as -check can tell: a server
	// path, parameter names, GET serving HEAD, 4XX and default, codes
	// not known statically, a path that is not a constant.
	{"routescheck-agree", routescheckDir, []string{"./agree"}, true, routesOK},
	// With a second package and document: a route for every method
	// serving two operations, an operation no route serves.
	{"routescheck", routescheckDir, []string{"./..."}, true, routesDiffers},
	// A router that an exported function builds and returns, and that no
	// package analyzed mounts: listed from its root, marked, checked.
	{"unmounted", routescheckDir, []string{"./unmounted/..."}, true, routesDiffers},
	// The chi fixture whose catalog file says base: /, run on its
	// document alone: no route is under the server's path, and a hint
	// under the table says what to set.
	{"chibase-nobase", frameworksDir, []string{"-catalog=chibaseconform/openapi.yaml", "./chibaseconform/..."}, true, routesDiffers},
	{"frameworks", frameworksDir, []string{"./chiroutes/...", "./gorillaroutes/...", "./ginroutes/...", "./echoroutes/...", "./fiberroutes/..."}, false, routesOK},
}

// The fixture per router whose document is out of step with the code in
// each way: -check finds the differences.
func init() {
	for _, dir := range testenv.ConformFixtures {
		routeTables = append(routeTables, routesRun{dir, frameworksDir, []string{"./" + dir + "/..."}, true, routesDiffers})
	}
}

// TestRoutes runs httpstatus routes for real on each of routeTables,
// text and -json, against the golden outputs.
func TestRoutes(t *testing.T) {
	for _, tc := range routeTables {
		for _, format := range []string{"txt", "json"} {
			t.Run(tc.name+"."+format, func(t *testing.T) {
				t.Parallel()
				args := []string{"routes"}
				if format == "json" {
					args = append(args, "-json")
				}
				if tc.check {
					args = append(args, "-check")
				}
				stdout, stderr, code := runRoutes(t, tc.dir(t), append(args, tc.args...)...)
				if code != tc.code {
					t.Fatalf("exit %d, want %d:\n%s", code, tc.code, stderr)
				}
				golden(t, filepath.Join("testdata", "routes", tc.name+"."+format), stdout)
				if tc.check {
					golden(t, filepath.Join("testdata", "routes", tc.name+".check"), stderr)
				} else if stderr != "" {
					t.Errorf("stderr:\n%s", stderr)
				}
			})
		}
	}
}

// TestRoutesCheckOff: without -check, a table that differs from its
// document is printed all the same, with exit status 0.
func TestRoutesCheckOff(t *testing.T) {
	stdout, stderr, code := runRoutes(t, exampleDir(t), "routes", "./...")
	if code != routesOK || stderr != "" {
		t.Fatalf("exit %d, want 0:\n%s", code, stderr)
	}
	golden(t, filepath.Join("testdata", "routes", "example.txt"), stdout)
}

// TestRoutesErrors checks the exit codes and messages of bad runs.
func TestRoutesErrors(t *testing.T) {
	example := exampleDir(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"routes", "-jsn", "./..."}, 2, "flag provided but not defined: -jsn"},
		{"bad flag value", []string{"routes", "-documented=2XX,999", "./..."}, 2, "999"},
		{"no such package", []string{"routes", "./nowhere"}, 1, "nowhere"},
		{"missing catalog", []string{"routes", "-catalog=missing.yaml", "./..."}, 1, "missing.yaml"},
		{"-check without a document", []string{"routes", "-check", "-documented=200", "./..."}, 1, "-check, -fix and -write-baseline compare the routes with an OpenAPI document, but the catalog is not one"},
		{"bad -format", []string{"routes", "-format=yaml", "./..."}, 2, `invalid value "yaml" for flag -format: the formats are table and openapi`},
		{"-format=openapi with -check", []string{"routes", "-format=openapi", "-check", "./..."}, 2, "-format=openapi prints a document of its own"},
		{"-check with the document's checks off", []string{"routes", "-check", "-undocumented=false", "./..."}, 1, "but the catalog is not one"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runRoutes(t, example, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "panic") || stdout != "" {
				t.Errorf("exit %d, want %d with %q; stdout:\n%s\nstderr:\n%s", code, tc.code, tc.want, stdout, stderr)
			}
			// A usage error is its line and a pointer to -h, not the
			// whole usage after it.
			if code == 2 && (strings.Count(stderr, "\n") != 2 || !strings.HasSuffix(stderr, "run 'httpstatus routes -h' for usage\n")) {
				t.Errorf("a usage error prints more than its line and the pointer to -h:\n%s", stderr)
			}
		})
	}
}

// TestRoutesHelp checks that -h prints the usage and succeeds, as the
// other commands' -h do.
func TestRoutesHelp(t *testing.T) {
	for _, flag := range []string{"-h", "-help"} {
		stdout, stderr, code := runRoutes(t, exampleDir(t), "routes", flag)
		if code != 0 || stdout != "" || !strings.HasPrefix(stderr, "usage: httpstatus routes") || !strings.Contains(stderr, "-check") {
			t.Errorf("routes %s: exit %d, want 0 with the usage; stdout:\n%s\nstderr:\n%s", flag, code, stdout, stderr)
		}
	}
}

func runRoutes(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off")
	return runCmd(t, cmd)
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

// Progress is shown on a terminal only: output that goes to a file or a
// pipe (CI logs, 2>err.txt) gets none, however long the run.
func TestRoutesProgressNotOnPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stop := progress(w)
	time.Sleep(1600 * time.Millisecond) // past the first tick that would print
	stop()
	w.Close()
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0 {
		t.Errorf("progress on a pipe: %q", out)
	}
}

// TestExample runs the linter on the example service, whose catalog
// names its openapi.yaml: each kind of finding, the check per operation's
// included, against a golden output; and the README shows that output
// and the example's route tables as they are.
func TestExample(t *testing.T) {
	dir := exampleDir(t)
	stdout, stderr, code := runRoutes(t, dir, "./...")
	if code != 3 {
		t.Fatalf("exit %d, want 3 (findings):\n%s", code, stderr)
	}
	text := strings.ReplaceAll(stdout+stderr, dir+string(filepath.Separator), "")
	file := filepath.Join("testdata", "routes", "example-findings.txt")
	golden(t, file, text)
	// go vet -vettool reports the same findings, the check per operation
	// included.
	_, vetErr, vetCode := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if got, want := findings(dir, vetErr), findings(dir, stdout+stderr); vetCode != 1 || !slices.Equal(got, want) {
		t.Errorf("go vet: exit %d, findings:\n%s\nwant exit 1 and the command's:\n%s", vetCode, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"example-findings.txt", "example.txt", "example.check", "example-plain.txt"} {
		want, err := os.ReadFile(filepath.Join("testdata", "routes", name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "```\n"+string(want)+"```\n") {
			t.Errorf("README.md does not show testdata/routes/%s as it is:\n%s", name, want)
		}
	}
}

// TestRoutesNoDot runs httpstatus routes on a module whose path has no
// dot ("orders"): the same table as for the module named
// example.com/orders, which lists GET /orders/{id} writing 418.
func TestRoutesNoDot(t *testing.T) {
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "orders"))
	if err != nil {
		t.Fatal(err)
	}
	nodot := testenv.CopyDir(t, src)
	dotted := testenv.CopyDir(t, src)
	for file, edit := range map[string][2]string{
		"go.mod":             {"module orders", "module example.com/orders"},
		"cmd/orders/main.go": {`"orders/api"`, `"example.com/orders/api"`},
	} {
		file = filepath.Join(dotted, filepath.FromSlash(file))
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), edit[0]) {
			t.Fatalf("%s has no %s", file, edit[0])
		}
		if err := os.WriteFile(file, []byte(strings.Replace(string(data), edit[0], edit[1], 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var tables [2]string
	for i, dir := range []string{nodot, dotted} {
		stdout, stderr, code := runRoutes(t, dir, "routes", "-json", "./...")
		if code != routesOK || stderr != "" {
			t.Fatalf("%s: exit %d, want 0:\n%s", dir, code, stderr)
		}
		tables[i] = stdout
	}
	if tables[0] != tables[1] {
		t.Errorf("module orders:\n%s\nmodule example.com/orders:\n%s", tables[0], tables[1])
	}
	var rows []struct {
		Method, Path string
		Codes        []struct{ Code int }
	}
	if err := json.Unmarshal([]byte(tables[0]), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Method != "GET" || rows[0].Path != "/orders/{id}" ||
		len(rows[0].Codes) != 1 || rows[0].Codes[0].Code != 418 {
		t.Errorf("module orders: routes %+v, want GET /orders/{id} writing 418:\n%s", rows, tables[0])
	}
}

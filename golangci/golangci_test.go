package golangci_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// The end-to-end test of the module plugin: a golangci-lint built with it
// (make golangci) run on the fixture module testdata/golangci. It runs
// only when HTTPSTATUS_GOLANGCI names that binary (a relative path is taken
// from the repository root): `make golangci-test`, or
//
//	HTTPSTATUS_GOLANGCI=bin/golangci-lint go test ./golangci/

// golangci is one configured run of the binary.
type golangci struct {
	bin   string
	cache string // GOLANGCI_LINT_CACHE
}

func setup(t *testing.T) *golangci {
	bin := os.Getenv("HTTPSTATUS_GOLANGCI")
	if bin == "" {
		t.Skip("HTTPSTATUS_GOLANGCI is not set: run `make golangci-test`")
	}
	if !filepath.IsAbs(bin) {
		// Relative to the repository root, where the command was typed;
		// go test runs in this package's directory.
		bin = filepath.Join("..", bin)
	}
	bin, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", bin, err, out)
	}
	if v := os.Getenv("GOLANGCI_VERSION"); v != "" && !strings.Contains(string(out), " "+strings.TrimPrefix(v, "v")+"-custom-httpstatus") {
		t.Fatalf("%s is not golangci-lint %s with httpstatus: %s", bin, v, out)
	}
	return &golangci{bin: bin, cache: cacheDir}
}

// cacheDir is the golangci-lint cache of this test run, shared by its
// tests so that the facts of the standard library are computed once per
// configuration. It is new each run: golangci-lint keys cached findings by
// Go sources and settings, not by the catalog files they name.
var cacheDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "httpstatus-golangci-cache")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cacheDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fixture copies the fixture module to a new directory.
func fixture(t *testing.T) string {
	return testenv.CopyDir(t, filepath.Join("..", "testdata", "golangci"))
}

// result is one run: its findings as "file:line:col: text", its standard
// error, its exit code.
type result struct {
	findings []string
	stderr   string
	code     int
}

// run runs `golangci-lint run` in dir with args before ./..., JSON output.
func (g *golangci) run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return g.runOn(t, dir, []string{"./..."}, args...)
}

// runOn runs `golangci-lint run` in dir with args before the package
// patterns, JSON output.
func (g *golangci) runOn(t *testing.T, dir string, patterns []string, args ...string) result {
	t.Helper()
	args = append([]string{"run", "--output.json.path=stdout", "--show-stats=false"}, args...)
	args = append(args, patterns...)
	cmd := exec.Command(g.bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+g.cache, "GOWORK=off", "GOFLAGS=-mod=mod")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
	}
	if r.code > 1 {
		return r // an error, not findings: no JSON
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("golangci-lint %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, stdout.Bytes(), r.stderr)
	}
	for _, is := range report.Issues {
		if is.FromLinter != "httpstatus" {
			t.Errorf("finding of linter %s: %s", is.FromLinter, is.Text)
		}
		r.findings = append(r.findings, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text))
	}
	slices.Sort(r.findings)
	return r
}

// expect checks that a run reported exactly want, with exit code 1.
func (r result) expect(t *testing.T, want ...string) {
	t.Helper()
	slices.Sort(want)
	if r.code != 1 || !slices.Equal(r.findings, want) {
		t.Errorf("exit code %d, findings:\n\t%s\nwant exit code 1, findings:\n\t%s\nstderr:\n%s",
			r.code, strings.Join(r.findings, "\n\t"), strings.Join(want, "\n\t"), r.stderr)
	}
}

// expectError checks that a run failed, as golangci-lint does on a bad
// configuration (exit code 3), with msg in its error output.
func (r result) expectError(t *testing.T, msg string) {
	t.Helper()
	if r.code != 3 || !strings.Contains(r.stderr, msg) {
		t.Errorf("exit code %d, stderr:\n%s\nwant exit code 3 and an error with:\n%s", r.code, r.stderr, msg)
	}
}

const (
	undocumented = `is not documented in catalog `
	gone         = `api/api.go:8:20: use http.StatusGone instead of 410`
	tooEarly     = `api/api.go:12:20: use http.StatusTooEarly instead of 425`
	notFound     = `server/server.go:14:17: use http.StatusNotFound instead of 404`
	created      = `server/server.go:18:28: use http.StatusCreated instead of 201`
	invalid      = `server/server.go:20:17: invalid HTTP status code 42: status codes are three digits, 100 to 599`
	unavailable  = `server/server.go:26:14: use http.StatusServiceUnavailable instead of 503`
	testNotFound = `server/server_test.go:13:17: use http.StatusNotFound instead of 404`
)

// Default settings, from the .golangci.yml that golangci-lint finds in its
// working directory. The lines with //nolint:httpstatus, a list with
// httpstatus, and //httpstatus:ignore are silent; so is 202 in the test
// file (the undocumented check is off in tests).
func TestDefaults(t *testing.T) {
	g := setup(t)
	g.run(t, fixture(t)).expect(t, defaults...)
}

// defaults are the fixture's findings with the default settings.
var defaults = []string{
	gone,
	tooEarly,
	`api/api.go:12:20: status 425 (StatusTooEarly) ` + undocumented + `"default"`,
	notFound,
	`server/server.go:16:17: status 418 (StatusTeapot) ` + undocumented + `"default"`,
	created,
	`server/server.go:18:28: status 201 (StatusCreated) ` + undocumented + `"default"`,
	invalid,
	unavailable,
	testNotFound,
}

// A second configuration, given with -c: the catalog file catalog.yaml,
// relative to the working directory, and literal: false.
func TestCatalogSetting(t *testing.T) {
	g := setup(t)
	g.run(t, fixture(t), "-c", "golangci.catalog.yml").expect(t,
		`api/api.go:8:20: status 410 (StatusGone) `+undocumented+`"shop-api"`,
		`api/api.go:12:20: status 425 (StatusTooEarly) `+undocumented+`"shop-api"`,
		invalid,
		`server/server.go:26:14: status 503 (StatusServiceUnavailable) `+undocumented+`"shop-api"`,
	)
}

// documented: "200,4XX" and test-undocumented: true.
func TestDocumentedSetting(t *testing.T) {
	g := setup(t)
	g.run(t, fixture(t), "-c", "golangci.documented.yml").expect(t,
		gone,
		tooEarly,
		notFound,
		created,
		`server/server.go:18:28: status 201 (StatusCreated) `+undocumented+`"documented"`,
		invalid,
		unavailable,
		`server/server.go:26:14: status 503 (StatusServiceUnavailable) `+undocumented+`"documented"`,
		`server/server_test.go:11:18: status 202 (StatusAccepted) `+undocumented+`"documented"`,
		testNotFound,
	)
}

// --fix replaces every literal, adding the net/http import to api.go; the
// module still builds and vets, and only the other findings remain.
func TestFix(t *testing.T) {
	g := setup(t)
	dir := fixture(t)
	r := g.run(t, dir, "--fix")
	if r.code != 1 {
		t.Fatalf("golangci-lint run --fix: exit code %d\n%s", r.code, r.stderr)
	}
	for _, name := range []string{"api/api.go", "server/server.go", "server/server_test.go"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dir, name+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s after --fix:\n%s\nwant:\n%s", name, got, want)
		}
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s after --fix: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	g.run(t, dir).expect(t,
		`api/api.go:13:20: status 425 (StatusTooEarly) `+undocumented+`"default"`,
		`server/server.go:16:17: status 418 (StatusTeapot) `+undocumented+`"default"`,
		`server/server.go:18:28: status 201 (StatusCreated) `+undocumented+`"default"`,
		invalid,
	)
}

// The check per operation needs no setting: a package whose discovered
// catalog names an OpenAPI document gets its findings at the
// registrations, beside the other packages' findings as before.
func TestConformance(t *testing.T) {
	g := setup(t)
	dir := fixture(t)
	if err := os.Rename(filepath.Join(dir, "_conform", "catalogapi"), filepath.Join(dir, "catalogapi")); err != nil {
		t.Fatal(err)
	}
	g.run(t, dir).expect(t, append(slices.Clone(defaults),
		`catalogapi/catalogapi.go:12:2: GET /items: status 400 (written at catalogapi.go:20) is not documented for this operation in api.yaml (documented: 200)`,
		`catalogapi/catalogapi.go:14:2: route DELETE /api/items/{id} is not documented in api.yaml`,
		`catalogapi/catalogapi.go:31:16: status 204 (StatusNoContent) `+undocumented+`"catalog-api"`,
	)...)
}

// The service of testdata/errshape, whose statuses are chosen upstream of
// its HTTP layer (an error package with a status field, another with
// StatusCode methods, a logic package, and the package that writes
// them): golangci-lint finds what the command and go vet find, the
// literals where they are written and the undocumented codes at the
// writes of package web, naming where each comes from.
func TestErrorShape(t *testing.T) {
	g := setup(t)
	dir := testenv.CopyDir(t, filepath.Join("..", "testdata", "errshape"))
	cfg, err := os.ReadFile(filepath.Join("..", "testdata", "golangci", ".golangci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	const stored, returned = `, stored in errs.AppError.StatusCode at `, `, returned by coder.`
	g.run(t, dir).expect(t,
		`coder/coder.go:14:9: use http.StatusTooManyRequests instead of 429`,
		`errs/errs.go:34:36: use http.StatusGone instead of 410`,
		`logic/logic.go:15:42: use http.StatusBadRequest instead of 400`,
		`logic/logic.go:26:60: use http.StatusUnprocessableEntity instead of 422`,
		`web/web.go:25:17: status 418 (StatusTeapot)`+stored+`errs.go:33, `+undocumented+`"default"`,
		`web/web.go:25:17: status 422 (StatusUnprocessableEntity)`+stored+`logic.go:26, `+undocumented+`"default"`,
		`web/web.go:25:17: status 429 (StatusTooManyRequests)`+stored+`logic.go:18, `+undocumented+`"default"`,
		`web/web.go:30:17: status 423 (StatusLocked)`+returned+`Locked.StatusCode at coder.go:23, `+undocumented+`"default"`,
		`web/web.go:30:17: status 429 (StatusTooManyRequests)`+returned+`RateLimited.StatusCode at coder.go:14, `+undocumented+`"default"`,
	)
}

// A bad setting stops golangci-lint before it loads any package, with an
// error that names the setting.
func TestBadSettings(t *testing.T) {
	g := setup(t)
	dir := fixture(t)
	const prefix = `plugin(httpstatus): newPlugin httpstatus: `
	for _, tc := range []struct{ name, settings, want string }{
		{"unknown", `literl: false`,
			prefix + `unknown setting "literl"; the settings are catalog, documented, invalid, literal, test-undocumented, undocumented`},
		{"wrong type", `literal: "no"`,
			prefix + `setting "literal" must be true or false, got string "no"`},
		{"bad documented list", `documented: "200,abc"`,
			prefix + `setting "documented": `},
		{"documented as number", `documented: 200`,
			prefix + `setting "documented" must be a string, got number 200`},
		{"missing catalog", `catalog: missing.yaml`,
			prefix + `setting "catalog": ` + filepath.Join(dir, "missing.yaml") + `: `},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fmt.Sprintf(`version: "2"
linters:
  default: none
  enable: [httpstatus]
  settings:
    custom:
      httpstatus:
        type: module
        settings:
          %s
`, tc.settings)
			name := filepath.Join(t.TempDir(), "golangci.yml")
			if err := os.WriteFile(name, []byte(cfg), 0o644); err != nil {
				t.Fatal(err)
			}
			g.run(t, dir, "-c", name).expectError(t, tc.want)
		})
	}
}

// A broken catalog found by discovery fails the run with one error that
// names the file and line, and nothing about the packages that import the
// one it applies to (golangci-lint frames a plugin's error in two lines,
// "Error: …" and "The command is terminated due to an error: …": each
// line must be that error). It has a cache of its own: golangci-lint
// would otherwise return the findings it cached for the unchanged Go
// files.
func TestBrokenDiscoveredCatalog(t *testing.T) {
	g := setup(t)
	g.cache = t.TempDir()
	dir := fixture(t)
	name := filepath.Join(dir, "server", ".httpstatus.yaml")
	if err := os.WriteFile(name, []byte("name: broken\ndocumented:\n  700: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := g.run(t, dir)
	want := "httpstatus: " + name + ":3: status code 700 is outside 100-599"
	ok := r.code == 3
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		ok = ok && strings.HasSuffix(line, want)
	}
	if !ok {
		t.Errorf("exit code %d, stderr:\n%s\nwant exit code 3 and every line ending in the one error:\n%s", r.code, r.stderr, want)
	}
}

// The servers oapi-codegen generates, every flavour, in a copy of the
// real-frameworks module: golangci-lint finds exactly what the command
// finds there (its golden output, which the command's tests check
// against go vet too), at the user's calls of the generated functions.
func TestGeneratedServers(t *testing.T) {
	g := setup(t)
	dir := testenv.CopyDir(t, testenv.Frameworks(t, ".."))
	cfg, err := os.ReadFile(filepath.Join("..", "testdata", "golangci", ".golangci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, fixture := range testenv.ConformFixtures {
		if strings.HasPrefix(fixture, "oapi") {
			patterns = append(patterns, "./"+fixture+"/...")
		}
	}
	want, err := os.ReadFile(filepath.Join("..", "cmd", "httpstatus", "testdata", "routes", "oapi-findings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	g.runOn(t, dir, patterns).expect(t, strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")...)
}

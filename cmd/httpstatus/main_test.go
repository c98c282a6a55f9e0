package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// These tests build the command and run it for real, on the fixture
// module testdata/mod: as httpstatus ./..., with -json, -fix and -diff,
// and as go vet -vettool.

var binary string

func TestMain(m *testing.M) {
	var cleanup func()
	binary, cleanup = testenv.BuildCommand(".")
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// fixture copies testdata/mod into a fresh directory, so that -fix does
// not touch the repository.
func fixture(t *testing.T) string { return copyModule(t, "mod") }

// run runs name with args in dir and returns its output and exit code.
func run(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	return runCmd(t, cmd)
}

// runCmd runs cmd and returns its output and exit code; only a failure to
// start it fails the test.
func runCmd(t *testing.T, cmd *exec.Cmd) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", cmd.Args, err)
	}
	return out.String(), errb.String(), code
}

// want is every finding on testdata/mod, as file:line:col: message.
// Sorted, as findings sorts.
var want = []string{
	"svc/noimport.go:4:18: use http.StatusInternalServerError instead of 500",
	"svc/noimport.go:5:18: use http.StatusServiceUnavailable instead of 503",
	"svc/svc.go:11:16: use http.StatusNotFound instead of 404",
	`svc/svc.go:12:17: status 418 (StatusTeapot) is not documented in catalog "default"`,
	"svc/svc.go:12:17: use http.StatusTeapot instead of 418",
	"svc/svc.go:13:16: invalid HTTP status code 42: status codes are three digits, 100 to 599",
}

// findings extracts "file:line:col: message" lines from text output,
// relative to dir, sorted.
func findings(dir, out string) []string {
	var got []string
	for line := range strings.Lines(out) {
		line = strings.TrimSpace(line)
		if rel, ok := strings.CutPrefix(line, dir+string(filepath.Separator)); ok {
			got = append(got, filepath.ToSlash(rel))
		} else if relFinding.MatchString(line) {
			got = append(got, line) // go vet prints paths relative to the module
		}
	}
	slices.Sort(got)
	return got
}

var relFinding = regexp.MustCompile(`^[\w./-]+\.go:\d+:\d+: `)

// -h (and -help) behaves the same for the command and its subcommands:
// the usage with every flag on stderr, nothing on stdout, exit status 0.
func TestHelp(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args  []string
		usage string
	}{
		{[]string{"-h"}, "Usage: httpstatus [-flag] [package]"},
		{[]string{"-help"}, "Usage: httpstatus [-flag] [package]"},
		{[]string{"catalog", "-h"}, "usage: httpstatus catalog "},
		{[]string{"catalog", "-help"}, "usage: httpstatus catalog "},
		{[]string{"lsp", "-h"}, "usage: httpstatus lsp "},
		{[]string{"lsp", "-help"}, "usage: httpstatus lsp "},
	} {
		stdout, stderr, code := run(t, dir, binary, tc.args...)
		if code != 0 || stdout != "" {
			t.Errorf("httpstatus %s: exit %d, stdout %q; want 0 and nothing", strings.Join(tc.args, " "), code, stdout)
		}
		if !strings.Contains(stderr, tc.usage) || !strings.Contains(stderr, "-catalog") || !strings.Contains(stderr, "-documented") {
			t.Errorf("httpstatus %s: stderr lacks the usage %q and the flags:\n%s", strings.Join(tc.args, " "), tc.usage, stderr)
		}
	}
}

func TestText(t *testing.T) {
	dir := fixture(t)
	_, stderr, code := run(t, dir, binary, "./...")
	if code != 3 {
		t.Errorf("exit code %d, want 3 (findings)\n%s", code, stderr)
	}
	if got := findings(dir, stderr); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestJSON(t *testing.T) {
	dir := fixture(t)
	stdout, stderr, code := run(t, dir, binary, "-json", "./...")
	if code != 0 {
		t.Errorf("exit code %d, want 0 with -json\n%s", code, stderr)
	}
	type diag struct {
		Posn           string `json:"posn"`
		Message        string `json:"message"`
		Category       string `json:"category"`
		SuggestedFixes []struct {
			Message string `json:"message"`
		} `json:"suggested_fixes"`
	}
	var tree map[string]map[string][]diag
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	var got []string
	categories := map[string]int{}
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["httpstatus"] {
			got = append(got, strings.TrimPrefix(filepath.ToSlash(d.Posn), filepath.ToSlash(dir)+"/")+": "+d.Message)
			categories[d.Category]++
			if d.Category == "literal" && (len(d.SuggestedFixes) != 1 || !strings.HasPrefix(d.SuggestedFixes[0].Message, "Replace ")) {
				t.Errorf("%s: literal finding without its fix: %+v", d.Posn, d.SuggestedFixes)
			}
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if categories["literal"] != 4 || categories["undocumented"] != 1 || categories["invalid"] != 1 {
		t.Errorf("categories = %v", categories)
	}
}

func TestVet(t *testing.T) {
	dir := fixture(t)
	_, stderr, code := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if code != 1 {
		t.Errorf("go vet exit code %d, want 1\n%s", code, stderr)
	}
	if got := findings(dir, stderr); !slices.Equal(got, want) {
		t.Errorf("go vet findings:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}

	// Flags pass through go vet to the tool.
	_, stderr, code = run(t, dir, "go", "vet", "-vettool="+binary, "-literal=false", "-documented=4XX", "./...")
	wantDoc := []string{
		"svc/noimport.go:4:18: status 500 (StatusInternalServerError) is not documented in catalog \"documented\"",
		"svc/noimport.go:5:18: status 503 (StatusServiceUnavailable) is not documented in catalog \"documented\"",
		"svc/svc.go:13:16: invalid HTTP status code 42: status codes are three digits, 100 to 599",
	}
	if got := findings(dir, stderr); code != 1 || !slices.Equal(got, wantDoc) {
		t.Errorf("go vet -literal=false -documented=4XX: exit %d, findings:\n%s\nwant:\n%s", code, strings.Join(got, "\n"), strings.Join(wantDoc, "\n"))
	}
}

func TestFix(t *testing.T) {
	dir := fixture(t)
	stdout, _, _ := run(t, dir, binary, "-fix", "-diff", "./...")
	for _, s := range []string{"+\tw.WriteHeader(http.StatusNotFound)", "+\twrap.Status(w, http.StatusTeapot)", "+import \"net/http\""} {
		if !strings.Contains(stdout, s) {
			t.Errorf("-fix -diff output lacks %q:\n%s", s, stdout)
		}
	}

	if _, stderr, code := run(t, dir, binary, "-fix", "./..."); code != 3 && code != 0 {
		t.Fatalf("-fix: exit %d\n%s", code, stderr)
	}
	fixed := readTree(t, dir)
	if _, stderr, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Fatalf("fixed code does not build:\n%s", stderr)
	}
	if _, stderr, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("fixed code fails go vet:\n%s", stderr)
	}
	if _, stderr, code := run(t, dir, "gofmt", "-l", "."); code != 0 || stderr != "" {
		t.Fatalf("gofmt: %s", stderr)
	}
	if out, _, _ := run(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("fixed files are not gofmt'ed: %s", out)
	}
	// What is left is what no fix can mend.
	_, stderr, _ := run(t, dir, binary, "./...")
	left := []string{
		`svc/svc.go:12:17: status 418 (StatusTeapot) is not documented in catalog "default"`,
		"svc/svc.go:13:16: invalid HTTP status code 42: status codes are three digits, 100 to 599",
	}
	if got := findings(dir, stderr); !slices.Equal(got, left) {
		t.Errorf("after -fix:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(left, "\n"))
	}
	// A second -fix changes nothing.
	run(t, dir, binary, "-fix", "./...")
	if again := readTree(t, dir); !maps.Equal(fixed, again) {
		t.Error("a second -fix changed the files")
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	files := map[string]string{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			files[path] = string(data)
		}
		return nil
	})
	return files
}

func TestBadInput(t *testing.T) {
	dir := fixture(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-documented=abc", "./..."}, `-documented: "abc" is not a status code or a range such as 4XX`},
		{[]string{"-documented=200,700", "./..."}, "-documented: status code 700 is outside 100-599"},
		{[]string{"-catalog=missing.yaml", "./..."}, "missing.yaml"},
		{[]string{"-literal=maybe", "./..."}, `invalid boolean value "maybe" for -literal`},
	} {
		_, stderr, code := run(t, dir, binary, tc.args...)
		if code == 0 || code == 3 {
			t.Errorf("%v: exit code %d, want an error", tc.args, code)
		}
		if !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: stderr lacks %q:\n%s", tc.args, tc.want, stderr)
		}
		if strings.Contains(stderr, "panic") {
			t.Errorf("%v: panicked:\n%s", tc.args, stderr)
		}
	}
}

// TestBrokenCatalogOneLine checks that a broken catalog is one line
// naming the file, the line and what is wrong, and exit code 1: given
// with -catalog (which every package, the standard library's too, would
// read) and discovered, standalone and under go vet (which prefixes an
// analysis error with the package's import path, as for any error of a
// vet tool).
func TestBrokenCatalogOneLine(t *testing.T) {
	dir := fixture(t)
	const broken = "documented:\n  200: OK\n  700: nope\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, stderr string, code int, wantFile string) {
		t.Helper()
		want := filepath.Join(dir, wantFile) + ":3: status code 700 is outside 100-599\n"
		if !strings.HasSuffix(stderr, want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("stderr is not one line ending %s:\n%s", want, stderr)
		}
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	}
	t.Run("command -catalog", func(t *testing.T) {
		_, stderr, code := run(t, dir, binary, "-catalog=bad.yaml", "./...")
		if want := filepath.Join(dir, "bad.yaml") + ":3: status code 700 is outside 100-599\n"; stderr != want {
			t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
		}
		check(t, stderr, code, "bad.yaml")
	})
	t.Run("vet -catalog", func(t *testing.T) {
		_, stderr, code := run(t, dir, "go", "vet", "-vettool="+binary, "-catalog=bad.yaml", "./...")
		if !strings.HasPrefix(stderr, "example.com/mod/") {
			t.Errorf("go vet's line does not name the package: %s", stderr)
		}
		check(t, stderr, code, "bad.yaml")
	})

	if err := os.WriteFile(filepath.Join(dir, ".httpstatus.yaml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("command discovered", func(t *testing.T) {
		_, stderr, code := run(t, dir, binary, "./...")
		if want := filepath.Join(dir, ".httpstatus.yaml") + ":3: status code 700 is outside 100-599\n"; stderr != want {
			t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
		}
		check(t, stderr, code, ".httpstatus.yaml")
	})
	t.Run("vet discovered", func(t *testing.T) {
		_, stderr, code := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
		check(t, stderr, code, ".httpstatus.yaml")
	})
}

// TestFlagErrorNamesFlagOnce checks that a bad -documented value names
// the flag once.
func TestFlagErrorNamesFlagOnce(t *testing.T) {
	_, stderr, code := run(t, fixture(t), binary, "-documented=2x0", "./...")
	first, _, _ := strings.Cut(stderr, "\n")
	if want := `invalid value "2x0" for flag -documented: "2x0" is not a status code or a range such as 4XX`; first != want {
		t.Errorf("first line %q, want %q", first, want)
	}
	if code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
}

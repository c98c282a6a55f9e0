package main

import (
	"bytes"
	"debug/buildinfo"
	"errors"
	"fmt"
	"go/version"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The toolchain check (toolchain.go), tested for real with two Go
// releases: the one running the tests and go1.27.3, which the go command
// fetches through the module proxy (about 76 MB, once per machine).
// HTTPSTATUS_SKIP_GO127=1 skips the tests that need it, and only that
// does; without the proxy they fail.

// newGo is the newer toolchain of the pair; the older one is any Go with
// an older language version, found in PATH.
const newGo = "go1.27.3"

// A toolchain is a go command pinned to one Go release.
type toolchain struct {
	version string   // as runtime.Version: go1.26.8
	goCmd   string   // the go command to run
	env     []string // added to the environment
}

// command returns the toolchain's go command with args, run in dir.
func (tc toolchain) command(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(tc.goCmd, args...)
	cmd.Dir = dir
	// go test sets GOROOT (and GOVERSION...) for the tests to those of
	// the Go running them; another go command must find its own.
	cmd.Env = append(os.Environ(), "GOROOT=", "GOTOOLDIR=", "GOVERSION=")
	cmd.Env = append(cmd.Env, tc.env...)
	return cmd
}

var (
	toolchainsOnce sync.Once
	oldTC, newTC   toolchain
	toolchainsErr  error

	toolsMu    sync.Mutex
	toolsBuilt = map[string]string{} // version -> binary
)

// toolchains returns the older and the newer toolchain, fetching go1.27.3
// if need be.
func toolchains(t *testing.T) (older, newer toolchain) {
	t.Helper()
	if os.Getenv("HTTPSTATUS_SKIP_GO127") == "1" {
		t.Skip("HTTPSTATUS_SKIP_GO127=1: not testing with " + newGo)
	}
	toolchainsOnce.Do(func() {
		newTC = toolchain{version: newGo, goCmd: "go", env: []string{"GOTOOLCHAIN=" + newGo}}
		out, err := newTC.command("", "version").CombinedOutput() // fetches it
		if err == nil {
			out, err = newTC.command("", "env", "GOVERSION").CombinedOutput()
		}
		if err != nil || strings.TrimSpace(string(out)) != newGo {
			toolchainsErr = errors.New("cannot run " + newGo + " (GOTOOLCHAIN=" + newGo + " go env GOVERSION): " + strings.TrimSpace(string(out)) + "; set HTTPSTATUS_SKIP_GO127=1 to skip these tests")
			return
		}
		oldTC, toolchainsErr = olderToolchain()
	})
	if toolchainsErr != nil {
		t.Fatal(toolchainsErr)
	}
	t.Logf("older: %s (%s), newer: %s", oldTC.version, oldTC.goCmd, newTC.version)
	return oldTC, newTC
}

// olderToolchain finds, in PATH, a go command whose Go is older than
// newGo in language version: the one running the tests, normally, and
// when the tests run under go1.27.3 (go test puts its GOROOT/bin first in
// PATH), the Go that was there before.
func olderToolchain() (toolchain, error) {
	seen := map[string]bool{}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		goCmd, err := exec.LookPath(filepath.Join(dir, "go"))
		if err != nil || seen[goCmd] {
			continue
		}
		seen[goCmd] = true
		tc := toolchain{goCmd: goCmd, env: []string{"GOTOOLCHAIN=local"}}
		out, err := tc.command("", "env", "GOVERSION").Output()
		if err != nil {
			continue
		}
		tc.version = strings.TrimSpace(string(out))
		if v := release(tc.version); v != "" && version.Compare(version.Lang(v), version.Lang(newGo)) < 0 {
			return tc, nil
		}
	}
	return toolchain{}, errors.New("no go command older than " + newGo + " in PATH")
}

// tool returns the command built with tc: the tests' binary if it was
// built with that Go, or else one built now (into a directory shared by
// the tests, once per toolchain).
func tool(t *testing.T, tc toolchain) string {
	t.Helper()
	if info, err := buildinfo.ReadFile(binary); err == nil && info.GoVersion == tc.version {
		return binary
	}
	toolsMu.Lock()
	defer toolsMu.Unlock()
	if bin, ok := toolsBuilt[tc.version]; ok {
		return bin
	}
	bin := filepath.Join(filepath.Dir(binary), "httpstatus-"+tc.version) // TestMain removes the directory
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	wd, _ := os.Getwd()
	if out, err := tc.command(wd, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building the command with %s: %v\n%s", tc.version, err, out)
	}
	if info, err := buildinfo.ReadFile(bin); err != nil || info.GoVersion != tc.version {
		t.Fatalf("built with %s, want %s (%v)", info.GoVersion, tc.version, err)
	}
	toolsBuilt[tc.version] = bin
	return bin
}

// runTC runs the toolchain's go command (name "go") or a binary with
// args in dir, in the toolchain's environment; it returns stderr and the
// exit code.
func runTC(t *testing.T, tc toolchain, dir, name string, args ...string) (stderr string, code int) {
	t.Helper()
	cmd := tc.command(dir, args...)
	cmd.Env = append(cmd.Env, "GOFLAGS=-mod=mod", "GOWORK=off") // as run does
	if name != "go" {
		cmd.Path, cmd.Args = name, append([]string{name}, args...)
	}
	_, stderr, code = runCmd(t, cmd)
	return stderr, code
}

// The command built with the older Go, run by go1.27.3: one line that
// names both versions and the fix, exit status 1, and nothing else but
// go vet's "# package" header for it.
func TestToolchainMismatch(t *testing.T) {
	older, newer := toolchains(t)
	bin := tool(t, older)
	dir := fixture(t)
	fix := "reinstall with go1.27.3: GOTOOLCHAIN=go1.27.3 go install github.com/httpstatuslint/httpstatus/cmd/httpstatus@latest"

	want := "httpstatus was built with " + older.version + " but go vet runs go1.27.3: " + fix
	for _, args := range [][]string{
		{"vet", "-vettool=" + bin, "./..."},
		{"vet", "-vettool=" + bin, "-fix", "./..."},
	} {
		stderr, code := runTC(t, newer, dir, "go", args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || len(lines) != 2 || !strings.HasPrefix(lines[0], "# ") || lines[1] != want {
			t.Errorf("go %s under %s: exit %d, stderr:\n%s\nwant exit 1 and\n# <package>\n%s", strings.Join(args, " "), newGo, code, stderr, want)
		}
	}

	want = "httpstatus was built with " + older.version + " but the go command is go1.27.3: " + fix + "\n"
	for _, args := range [][]string{{"./..."}, {"-fix", "./..."}} {
		stderr, code := runTC(t, newer, dir, bin, args...)
		if code != 1 || stderr != want {
			t.Errorf("httpstatus %s under %s: exit %d, stderr:\n%s\nwant exit 1 and\n%s", strings.Join(args, " "), newGo, code, stderr, want)
		}
	}
	unchanged(t, dir)
}

// The command built with go1.27.3, run by go1.27.3 and by the older Go:
// the usual findings, no complaint.
func TestToolchainMatch(t *testing.T) {
	older, newer := toolchains(t)
	bin := tool(t, newer)
	dir := fixture(t)
	for _, tc := range []toolchain{newer, older} {
		stderr, code := runTC(t, tc, dir, "go", "vet", "-vettool="+bin, "./...")
		if got := findings(dir, stderr); code != 1 || !slices.Equal(got, want) {
			t.Errorf("go vet -vettool (built with %s) under %s: exit %d, findings:\n%s\nwant exit 1 and:\n%s\nstderr:\n%s",
				newGo, tc.version, code, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
		}
	}
	stderr, code := runTC(t, newer, dir, bin, "./...")
	if got := findings(dir, stderr); code != 3 || !slices.Equal(got, want) {
		t.Errorf("httpstatus ./... (built with and under %s): exit %d, findings:\n%s\nwant exit 3 and:\n%s\nstderr:\n%s",
			newGo, code, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}
}

// unchanged checks that the files in dir are still those of testdata/mod.
func unchanged(t *testing.T, dir string) {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", "mod")
	for path, data := range readTree(t, src) {
		rel, _ := filepath.Rel(src, path)
		if now, err := os.ReadFile(filepath.Join(dir, rel)); err != nil || string(now) != data {
			t.Errorf("%s changed", rel)
		}
	}
}

// The check on its own, with made-up versions: no second toolchain.
func TestToolchainCheck(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"go1.26.8", "go1.26.8"},
		{"go1.26.8 X:boringcrypto", "go1.26.8"},
		{"go1.27rc1", "go1.27rc1"},
		{"go1.27", "go1.27"},
		{"go1.27.3\n", "go1.27.3"},
		{"devel go1.27-0123456 Mon Jan 1 00:00:00 2026 +0000", ""},
		{"", ""},
	} {
		if got := release(tc.in); got != tc.want {
			t.Errorf("release(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"go1.27.3", "go1.26.8", true},
		{"go1.27rc1", "go1.26.8", true},
		{"go1.27", "go1.26.8", true},
		{"go1.26.9", "go1.26.8", false}, // a patch release: go/types is the same
		{"go1.26.8", "go1.26.8", false},
		{"go1.26.8", "go1.27.3", false},
		{"", "go1.26.8", false},
		{"go1.27.3", "", false},
	} {
		if got := newer(tc.a, tc.b); got != tc.want {
			t.Errorf("newer(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
	for _, tc := range []struct {
		args       []string
		cfg, build bool
	}{
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true, true},
		{[]string{"-json", "-literal=false", "vet.cfg"}, true, true},
		{[]string{"./..."}, false, true},
		{[]string{"-fix", "-diff", "./..."}, false, true},
		{[]string{"-flags"}, false, false},
		{[]string{"-V=full"}, false, false},
		{[]string{"help", "httpstatus"}, false, false},
		{nil, false, false},
	} {
		if got := isUnitConfig(tc.args); got != tc.cfg {
			t.Errorf("isUnitConfig(%q) = %v", tc.args, got)
		}
		if got := isPackageRun(tc.args); got != tc.build && !tc.cfg {
			t.Errorf("isPackageRun(%q) = %v", tc.args, got)
		}
	}
}

// The binary on a unit.cfg as go vet writes it, with GOVERSION and the
// configuration's GoVersion made up: one line from the first process of
// a run; then quiet, exit 0 in the go command's work directory and exit 1
// elsewhere; no complaint for the same language version.
func TestToolchainConfig(t *testing.T) {
	builder := release(runtime.Version())
	if builder == "" {
		t.Skip("a development toolchain: the check is off")
	}
	work := filepath.Join(t.TempDir(), "go-build123")
	unit := filepath.Join(work, "b001")
	if err := os.MkdirAll(unit, 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(unit, "p.go")
	os.WriteFile(src, []byte("package p\n\nconst C = 404\n"), 0o644)
	writeCfg := func(name, goVersion string) string {
		cfg := filepath.Join(unit, name)
		data := fmt.Sprintf(`{"ID": "p", "ImportPath": "p", "GoFiles": [%q], "GoVersion": %q, "VetxOutput": %q, "Stdout": %q}`,
			src, goVersion, filepath.Join(unit, "vet.out"), filepath.Join(unit, "vet.stdout"))
		if err := os.WriteFile(cfg, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	tmp := t.TempDir() // for markers outside a go-build directory
	runCfg := func(goversion, cfg string) (string, int) {
		cmd := exec.Command(binary, cfg)
		cmd.Env = append(os.Environ(), "GOVERSION="+goversion, "TMPDIR="+tmp)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return errb.String(), exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return errb.String(), 0
	}
	line := func(runner string) string {
		return "httpstatus was built with " + builder + " but go vet runs " + runner + ": reinstall with " + runner +
			": GOTOOLCHAIN=" + runner + " go install github.com/httpstatuslint/httpstatus/cmd/httpstatus@latest\n"
	}

	// Same language version, older or newer patch: a normal run.
	patch := version.Lang(builder) + ".99"
	for _, v := range []string{builder, patch, ""} {
		if stderr, code := runCfg(v, writeCfg("same.cfg", version.Lang(builder))); code != 0 || stderr != "" {
			t.Errorf("GOVERSION=%q: exit %d, stderr %q; want a clean run", v, code, stderr)
		}
	}

	// GOVERSION newer: once per run.
	cfg := writeCfg("vet.cfg", version.Lang(builder))
	for i, want := range []string{line("go1.99.0"), ""} {
		if stderr, code := runCfg("go1.99.0", cfg); stderr != want || code != 1-i {
			t.Errorf("GOVERSION=go1.99.0, process %d of the run: exit %d, stderr %q; want exit %d, %q", i+1, code, stderr, 1-i, want)
		}
	}
	// No GOVERSION (another driver), a standard library package of
	// go1.98.1, outside a go-build directory: once, then quiet exits 1.
	other := filepath.Join(t.TempDir(), "vet.cfg")
	os.Rename(writeCfg("std.cfg", "go1.98.1"), other)
	for i, want := range []string{line("go1.98.1"), ""} {
		if stderr, code := runCfg("", other); stderr != want || code != 1 {
			t.Errorf("cfg GoVersion go1.98.1, process %d of the run: exit %d, stderr %q; want exit 1, %q", i+1, code, stderr, want)
		}
	}
}

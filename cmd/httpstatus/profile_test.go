package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCPUProfile runs go vet with HTTPSTATUS_CPUPROFILE set: each process
// that analyzes a package writes a profile that pprof reads, named for
// its package, the packages reported on and the dependencies analyzed
// for their facts alike; findings are as without it.
func TestCPUProfile(t *testing.T) {
	dir := fixture(t)
	// A copy with bytes appended has a vet tool ID of its own: go vet's
	// cache, filled by the other tests, holds nothing for it, so every
	// package is analyzed by a process of the copy.
	tool := freshTool(t)
	profiles := filepath.Join(t.TempDir(), "profiles")
	cmd := exec.Command("go", "vet", "-vettool="+tool, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", profileEnv+"="+profiles)
	_, stderr, code := runCmd(t, cmd)
	if code != 1 {
		t.Fatalf("go vet: exit %d, want 1 (findings)\n%s", code, stderr)
	}
	if got := findings(dir, stderr); !slices.Equal(got, want) {
		t.Errorf("go vet findings with %s:\n%s\nwant:\n%s", profileEnv, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	entries, err := os.ReadDir(profiles)
	if err != nil {
		t.Fatal(err)
	}
	byPkg := make(map[string]string)
	for _, e := range entries {
		base, ok := strings.CutSuffix(e.Name(), ".pprof")
		i := strings.LastIndex(base, ".")
		if !ok || i < 0 {
			t.Errorf("profile %q: want PACKAGE.PID.pprof", e.Name())
			continue
		}
		byPkg[base[:i]] = filepath.Join(profiles, e.Name())
	}
	// The package reported on, one it imports from the module, and one
	// of the standard library, analyzed for its facts.
	for _, pkg := range []string{"example.com_mod_svc", "example.com_mod_wrap", "fmt"} {
		file, ok := byPkg[pkg]
		if !ok {
			t.Errorf("no profile for %s among %d", pkg, len(entries))
			continue
		}
		out, err := exec.Command("go", "tool", "pprof", "-top", file).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "Type: cpu") {
			t.Errorf("go tool pprof -top %s: %v\n%s", file, err, out)
		}
	}
}

// TestCPUProfileBadDir: a profile directory that cannot be made is one
// error naming the variable, before any analysis; one line for the run.
func TestCPUProfileBadDir(t *testing.T) {
	dir := fixture(t)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-vettool="+freshTool(t), "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", profileEnv+"="+filepath.Join(file, "profiles"))
	_, stderr, code := runCmd(t, cmd)
	msg := regexp.MustCompile(`httpstatus: ` + profileEnv + `: mkdir \S*file: not a directory`)
	if n := len(msg.FindAllString(stderr, -1)); code == 0 || n != 1 {
		t.Errorf("go vet with %s under a file: exit %d, the error %d times, want it once\n%s", profileEnv, code, n, stderr)
	}
}

// freshTool copies the command with bytes appended, which changes its
// vet tool ID.
func freshTool(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	tool := filepath.Join(t.TempDir(), "httpstatus")
	data = fmt.Appendf(data, "\n%s %d\n", t.Name(), time.Now().UnixNano())
	if err := os.WriteFile(tool, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return tool
}

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGoTool takes the route of a team that pins httpstatus as a tool
// dependency of its module: `go get -tool`, then `go tool httpstatus` and
// `go vet -vettool=$(go tool -n httpstatus)`, for real, in a scratch copy
// of testdata/mod whose go.mod points our module at this checkout.
func TestGoTool(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := fixture(t)
	// Our go.sum covers every module the command needs, so the scratch
	// module verifies them without the checksum database.
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	// The module proxy stays out of it: the replace is the only source of
	// our module, and the dependencies are in the module cache, which
	// building this test filled.
	goCmd := func(args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
		return runCmd(t, cmd)
	}
	const module = "github.com/httpstatuslint/httpstatus"
	if _, stderr, code := goCmd("mod", "edit", "-replace="+module+"="+root); code != 0 {
		t.Fatalf("go mod edit: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := goCmd("get", "-tool", module+"/cmd/httpstatus"); code != 0 {
		t.Fatalf("go get -tool: exit %d\n%s", code, stderr)
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(gomod), "\ntool "+module+"/cmd/httpstatus\n") {
		t.Errorf("go.mod does not list the tool:\n%s", gomod)
	}

	_, stderr, code := goCmd("tool", "httpstatus", "./...")
	if code != 3 {
		t.Errorf("go tool httpstatus: exit %d, want 3 (findings)\n%s", code, stderr)
	}
	if got := findings(dir, stderr); !slices.Equal(got, want) {
		t.Errorf("go tool httpstatus findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A package without findings: exit 0.
	if _, stderr, code := goCmd("tool", "httpstatus", "./wrap"); code != 0 {
		t.Errorf("go tool httpstatus ./wrap: exit %d, want 0\n%s", code, stderr)
	}

	stdout, stderr, code := goCmd("tool", "-n", "httpstatus")
	tool := strings.TrimSpace(stdout)
	if code != 0 || !filepath.IsAbs(tool) {
		t.Fatalf("go tool -n httpstatus: exit %d, %q\n%s", code, stdout, stderr)
	}
	_, stderr, code = goCmd("vet", "-vettool="+tool, "./...")
	if code != 1 {
		t.Errorf("go vet -vettool=$(go tool -n httpstatus): exit %d, want 1 (findings)\n%s", code, stderr)
	}
	if got := findings(dir, stderr); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool=$(go tool -n httpstatus) findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, stderr, code := goCmd("vet", "-vettool="+tool, "./wrap"); code != 0 {
		t.Errorf("go vet -vettool=$(go tool -n httpstatus) ./wrap: exit %d, want 0\n%s", code, stderr)
	}
}

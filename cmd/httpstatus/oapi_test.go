package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// oapiPatterns are the package patterns of the servers oapi-codegen
// generates, every flavour, in the real-frameworks module: each found by
// the catalog its .httpstatus.yaml names.
func oapiPatterns() []string {
	var patterns []string
	for _, dir := range testenv.ConformFixtures {
		if strings.HasPrefix(dir, "oapi") {
			patterns = append(patterns, "./"+dir+"/...")
		}
	}
	return patterns
}

// TestGeneratedServers runs the command on the generated servers of every
// flavour in one run, against a golden output: the findings land at the
// user's call of the generated function, none in the generated files.
// go vet -vettool, one run over the same packages, finds the same, though
// it gives each package the facts of its direct imports only.
func TestGeneratedServers(t *testing.T) {
	dir := frameworksDir(t)
	patterns := oapiPatterns()
	if len(patterns) < 8 {
		t.Fatalf("generated servers' fixtures: %q", patterns)
	}
	_, stderr, code := runRoutes(t, dir, patterns...)
	if code != 3 {
		t.Fatalf("exit %d, want 3 (findings):\n%s", code, stderr)
	}
	want := findings(dir, stderr)
	golden(t, filepath.Join("testdata", "routes", "oapi-findings.txt"), strings.Join(want, "\n")+"\n")
	for _, f := range want {
		if file, _, _ := strings.Cut(f, ":"); strings.HasSuffix(file, ".gen.go") {
			t.Errorf("a finding in a generated file: %s", f)
		}
	}

	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + binary}, patterns...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off")
	_, vetErr, vetCode := runCmd(t, cmd)
	if got := findings(dir, vetErr); vetCode != 1 || !slices.Equal(got, want) {
		t.Errorf("go vet: exit %d, findings:\n%s\nwant exit 1 and the command's:\n%s", vetCode, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

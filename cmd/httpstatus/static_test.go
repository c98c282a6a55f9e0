package main

import (
	"debug/elf"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// The command reads OpenAPI documents itself, on its YAML parser: it
// links neither net nor libopenapi (the reader the tests compare it
// with), and so go build and go install make it a static binary, which
// starts sooner in each of the processes go vet runs, one per package.
func TestStaticBuild(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	// net/http is what the analyzer resolves by type in the packages it
	// checks, never what it links.
	for _, p := range deps {
		if p == "net" || p == "net/http" || p == "runtime/cgo" || strings.HasPrefix(p, "github.com/pb33f/libopenapi") {
			t.Errorf("the command links %s", p)
		}
	}
	if !slices.Contains(deps, "github.com/httpstatuslint/httpstatus/catalog") {
		t.Fatalf("go list -deps does not list the catalog package: %v", deps)
	}

	if runtime.GOOS != "linux" {
		return
	}
	// The binary that TestMain built as go build makes it.
	f, err := elf.Open(binary)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("the binary has a %v program header: it is dynamically linked", p.Type)
		}
	}
}

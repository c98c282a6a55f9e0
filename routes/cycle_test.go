package routes_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/routes"
)

// TestCycle runs the analyzer on handlers whose helpers call each other
// in a cycle: every helper and every route gets every code of the cycle,
// with no implicit 200 (the facts' want comments, and routes.golden).
func TestCycle(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/cycle")
	golden(t, filepath.Join(dir, "src", "example.com", "cycle", "routes.golden"), table(t, results, "example.com/cycle"))
}

// TestRegistersCycle runs the analyzer on two functions that register
// routes and call each other: each one's registers fact has the routes
// of both.
func TestRegistersCycle(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), routes.New(analyzer.Core(analyzer.Defaults())), "example.com/regcycle")
}

// TestCycleOrder analyzes the cycle's package with its helpers' files in
// each of the six orders the file names can put them in: the route table
// and the findings against the fixture's document (each route writes
// the two codes of the cycle that its operation does not document) are
// the same in every order, but for the files' names.
func TestCycleOrder(t *testing.T) {
	src := filepath.Join(analysistest.TestData(), "src", "example.com", "cycle")
	helpers := []string{"a.go", "b.go", "c.go"}
	gopath := t.TempDir()
	var perms [][]string
	permute(helpers, 0, &perms)
	// renamed maps each copy's file names back to the fixture's.
	renamed := make([]map[string]string, len(perms))
	var patterns []string
	for i, perm := range perms {
		pkg := fmt.Sprintf("example.com/cycle%d", i)
		dst := filepath.Join(gopath, "src", filepath.FromSlash(pkg))
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		renamed[i] = map[string]string{"main.go": "main.go"}
		for j, name := range perm {
			// f1.go, f2.go, f3.go sort in the permutation's order.
			to := fmt.Sprintf("f%d.go", j+1)
			renamed[i][to] = name
			copyFile(t, filepath.Join(src, name), filepath.Join(dst, to))
		}
		copyFile(t, filepath.Join(src, "main.go"), filepath.Join(dst, "main.go"))
		patterns = append(patterns, pkg)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  gopath,
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off"),
	}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != len(perms) {
		t.Fatalf("%d packages loaded, want %d", len(pkgs), len(perms))
	}
	// The document gives each route only its own helper's code: each
	// route is found to write the two others'.
	cfg := analyzer.Defaults()
	cfg.Catalog = filepath.Join(src, "openapi.yaml")
	graph, err := checker.Analyze([]*analysis.Analyzer{conform.New(cfg)}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	outs := make([]string, len(perms))
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, e := range act.Package.Errors {
			t.Fatal(e)
		}
		i := slices.Index(patterns, act.Package.PkgPath)
		orig := func(file string) string {
			if name, ok := renamed[i][filepath.Base(file)]; ok {
				return name
			}
			return file
		}
		res := act.Result.(*conform.Result)
		rts := slices.Clone(res.Routes)
		for k := range rts {
			r := &rts[k]
			r.Posn.Filename = orig(r.Posn.Filename)
			r.HandlerPosn.Filename = orig(r.HandlerPosn.Filename)
			r.Codes = slices.Clone(r.Codes)
			for c := range r.Codes {
				r.Codes[c].Posn.Filename = orig(r.Codes[c].Posn.Filename)
				r.Codes[c].Posn.Offset = 0
			}
			r.Posn.Offset, r.HandlerPosn.Offset = 0, 0
		}
		routes.Sort(rts)
		data, err := json.MarshalIndent(rts, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		// The messages name the files where codes are written.
		var names []string
		for to, name := range renamed[i] {
			names = append(names, to, name)
		}
		messages := strings.NewReplacer(names...)
		var findings []string
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			findings = append(findings, fmt.Sprintf("%s:%d:%d: %s", orig(p.Filename), p.Line, p.Column, messages.Replace(d.Message)))
		}
		slices.Sort(findings)
		if len(findings) != 6 {
			t.Errorf("files in the order %q: %d findings, want 2 per route:\n%s", perms[i], len(findings), strings.Join(findings, "\n"))
		}
		outs[i] = string(data) + "\n" + strings.Join(findings, "\n")
	}
	for i := range perms {
		if outs[i] != outs[0] {
			t.Errorf("files in the order %q:\n%s\ndiffer from the order %q:\n%s", perms[i], outs[i], perms[0], outs[0])
		}
	}
}

// permute appends every permutation of s[k:], after s[:k], to perms.
func permute(s []string, k int, perms *[][]string) {
	if k == len(s) {
		*perms = append(*perms, slices.Clone(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permute(s, k+1, perms)
		s[k], s[i] = s[i], s[k]
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

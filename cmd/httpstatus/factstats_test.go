package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFactStats runs go vet with HTTPSTATUS_FACTSTATS set on the error
// shape service: the processes write the facts their packages export, by
// fact type, with counts and sizes; findings are as without it.
func TestFactStats(t *testing.T) {
	dir := copyModule(t, "errshape")
	stats := filepath.Join(t.TempDir(), "stats")
	cmd := exec.Command("go", "vet", "-vettool="+freshTool(t), "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", factStatsEnv+"="+stats)
	_, stderr, code := runCmd(t, cmd)
	if got := findings(dir, stderr); code != 1 || strings.Join(got, "\n") != strings.Join(wantShape, "\n") {
		t.Errorf("go vet with %s: exit %d, findings:\n%s\nwant:\n%s", factStatsEnv, code, strings.Join(got, "\n"), strings.Join(wantShape, "\n"))
	}
	files, err := filepath.Glob(filepath.Join(stats, "facts.*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no facts.*.tsv in %s: %v", stats, err)
	}
	var all strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
	}
	// errs exports its status field, New's wrapper fact, Retry's stored
	// parameter and its list; logic the lists of errs, coder and its own.
	for _, want := range []string{
		`example.com/shape/errs\thttpstatus\tparamStores\t1\t[1-9][0-9]*\n`,
		`example.com/shape/errs\thttpstatus\tisWrapper\t1\t[1-9][0-9]*\n`,
		`example.com/shape/errs\thttpstatus\tstatusStores\t1\t[1-9][0-9]*\n`,
		`example.com/shape/logic\thttpstatus\tstatusStores\t1\t[1-9][0-9]*\n`,
	} {
		if !regexp.MustCompile(`(?m)^` + want).MatchString(all.String()) {
			t.Errorf("no line matching %q in:\n%s", want, all.String())
		}
	}
}

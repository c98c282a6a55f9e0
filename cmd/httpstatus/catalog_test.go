package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// copyModule copies a fixture module from testdata into a fresh directory.
func copyModule(t *testing.T, name string) string {
	return testenv.CopyDir(t, filepath.Join("..", "..", "testdata", name))
}

// The module's .httpstatus.yaml names its OpenAPI document: codes declared
// there (201, the 4XX range, and through POST's `default` the 5XX range)
// and in the catalog file (503) are silent, the others are reported
// against the catalog's name. The command and go vet find the same
// catalog.
func TestDiscoveredCatalog(t *testing.T) {
	dir := copyModule(t, "modcatalog")
	want := []string{
		`orders/orders.go:11:16: status 204 (StatusNoContent) is not documented in catalog "orders-api"`,
	}
	_, stderr, code := run(t, dir, binary, "./...")
	if got := findings(dir, stderr); code != 3 || !slices.Equal(got, want) {
		t.Errorf("httpstatus: exit %d, findings:\n%s\nwant:\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, stderr, code = run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if got := findings(dir, stderr); code != 1 || !slices.Equal(got, want) {
		t.Errorf("go vet: exit %d, findings:\n%s\nwant:\n%s\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}

	// A flag wins over discovery.
	_, stderr, _ = run(t, dir, binary, "-documented=2XX,5XX", "./...")
	wantFlag := []string{`orders/orders.go:9:16: status 418 (StatusTeapot) is not documented in catalog "documented"`}
	if got := findings(dir, stderr); !slices.Equal(got, wantFlag) {
		t.Errorf("-documented: findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantFlag, "\n"))
	}
	// -catalog takes an OpenAPI document directly; relative to where the
	// command runs, under go vet too.
	wantAPI := []string{
		`orders/orders.go:11:16: status 204 (StatusNoContent) is not documented in catalog "openapi"`,
	}
	_, stderr, _ = run(t, dir, "go", "vet", "-vettool="+binary, "-catalog=api/openapi.yaml", "./...")
	if got := findings(dir, stderr); !slices.Equal(got, wantAPI) {
		t.Errorf("go vet -catalog=api/openapi.yaml: findings:\n%s\nwant:\n%s\n%s", strings.Join(got, "\n"), strings.Join(wantAPI, "\n"), stderr)
	}

	// The catalog subcommand prints what applies.
	stdout, stderr, code := run(t, dir, binary, "catalog", "orders")
	for _, s := range []string{"name: orders-api", "201:", "4XX:", "5XX: Anything else", "503: Maintenance window"} {
		if code != 0 || !strings.Contains(stdout, s) {
			t.Errorf("httpstatus catalog: exit %d, output lacks %q:\n%s%s", code, s, stdout, stderr)
		}
	}
}

// A broken catalog is one error naming the file and the line, and a
// non-zero exit: never a panic, never the default instead.
func TestBrokenCatalog(t *testing.T) {
	for _, tc := range []struct {
		name, content, want string
	}{
		{"bad code", "documented:\n  200: OK\n  700: no\n", ".httpstatus.yaml:3: status code 700 is outside 100-599"},
		{"bad yaml", "documented: [\n", ".httpstatus.yaml:2: did not find expected node content"},
		{"missing openapi", "openapi: nowhere.yaml\n", "nowhere.yaml: no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyModule(t, "modcatalog")
			if err := os.WriteFile(filepath.Join(dir, ".httpstatus.yaml"), []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{binary, "./..."}, {"go", "vet", "-vettool=" + binary, "./..."}} {
				_, stderr, code := run(t, dir, args[0], args[1:]...)
				if code == 0 || code == 3 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "panic") {
					t.Errorf("%v: exit %d, want an error containing %q:\n%s", args, code, tc.want, stderr)
				}
				if strings.Contains(stderr, "not documented") {
					t.Errorf("%v: fell back to a catalog:\n%s", args, stderr)
				}
			}
		})
	}
}

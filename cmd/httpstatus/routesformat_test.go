package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRoutesOpenAPI prints the example's routes as an OpenAPI document
// (golden: testdata/routes/example.openapi.yaml, with what it leaves out
// on standard error in example.openapi.stderr), then reads it back: as
// the example's document, routes -check finds no difference but the
// code that is no status, 2040, which the document cannot hold.
func TestRoutesOpenAPI(t *testing.T) {
	// A copy named as the example is: the title is the directory's name.
	dir := filepath.Join(t.TempDir(), "example")
	if err := os.CopyFS(dir, os.DirFS(exampleDir(t))); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runRoutes(t, dir, "routes", "-format=openapi", "./...")
	if code != routesOK {
		t.Fatalf("exit %d, want 0:\n%s", code, stderr)
	}
	golden(t, filepath.Join("testdata", "routes", "example.openapi.yaml"), stdout)
	golden(t, filepath.Join("testdata", "routes", "example.openapi.stderr"), stderr)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```yaml\n"+stdout+"```\n") || !strings.Contains(string(readme), strings.TrimSpace(stderr)) {
		t.Errorf("README.md does not show the example's document and what it leaves out as they are")
	}

	if err := os.WriteFile(filepath.Join(dir, "openapi.yaml"), []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	table, stderr, code := runRoutes(t, dir, "routes", "-check", "./...")
	want := "httpstatus routes: the routes differ from openapi.yaml: 1 code written but not documented for its operation\n"
	if code != routesDiffers || stderr != want {
		t.Fatalf("-check against the document: exit %d, want 3 and\n%s\ngot:\n%s", code, want, stderr)
	}
	var bangs []string
	for line := range strings.Lines(table) {
		if strings.Contains(line, "! ") {
			bangs = append(bangs, strings.Join(strings.Fields(line), " "))
		}
	}
	if len(bangs) != 1 || !strings.HasPrefix(bangs[0], "2040 orders/orders.go:") {
		t.Errorf("differences %q, want only 2040's:\n%s", bangs, table)
	}
}

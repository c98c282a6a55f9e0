package main

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
)

// A build with the tag httpstatus_noopenapi leaves the OpenAPI reader,
// libopenapi and with it net/http out of the binary (a static binary that
// starts sooner under go vet); it checks code as the default build does,
// and a catalog that names an OpenAPI document is one clear error, never
// a catalog read as nothing.
func TestNoOpenAPIBuild(t *testing.T) {
	deps := func(tags ...string) []string {
		out, err := exec.Command("go", append(append([]string{"list"}, tags...), "-deps", ".")...).Output()
		if err != nil {
			t.Fatalf("go list: %v", err)
		}
		return strings.Fields(string(out))
	}
	linksReader := func(pkgs []string) bool {
		return slices.ContainsFunc(pkgs, func(p string) bool { return strings.HasPrefix(p, "github.com/pb33f/libopenapi") })
	}
	if !linksReader(deps()) {
		t.Fatal("the default build does not link libopenapi: the tag no longer tells the two apart")
	}
	tagged := deps("-tags", catalog.NoOpenAPITag)
	if linksReader(tagged) || slices.Contains(tagged, "net") {
		t.Errorf("-tags %s still links libopenapi or net", catalog.NoOpenAPITag)
	}

	bin := filepath.Join(t.TempDir(), "httpstatus")
	if out, err := exec.Command("go", "build", "-tags", catalog.NoOpenAPITag, "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -tags %s: %v\n%s", catalog.NoOpenAPITag, err, out)
	}

	dir := fixture(t)
	_, stderr, code := run(t, dir, bin, "./...")
	if got := findings(dir, stderr); code != 3 || !slices.Equal(got, want) {
		t.Errorf("on testdata/mod: exit %d, findings:\n%s\nwant:\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	dir = copyModule(t, "modcatalog")
	wantErr := filepath.Join(dir, "api", "openapi.yaml") + ": this httpstatus was built without its OpenAPI reader (-tags " +
		catalog.NoOpenAPITag + "); install it without that tag to read OpenAPI documents (named by " + filepath.Join(dir, ".httpstatus.yaml") + ":4)\n"
	_, stderr, code = run(t, dir, bin, "./...")
	if code != 1 || stderr != wantErr {
		t.Errorf("httpstatus on a catalog naming an OpenAPI document: exit %d, stderr:\n%s\nwant exit 1 and:\n%s", code, stderr, wantErr)
	}
	_, stderr, code = run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code != 1 || stderr != "example.com/modcatalog/orders: "+wantErr {
		t.Errorf("go vet on a catalog naming an OpenAPI document: exit %d, stderr:\n%s\nwant exit 1 and:\nexample.com/modcatalog/orders: %s", code, stderr, wantErr)
	}
}

package testenv

import (
	"errors"
	"fmt"
	"go/types"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// LoadFrameworks type-checks the packages at paths from the fixture module
// of the real frameworks (Frameworks), from source as analysistest does,
// and returns them by path. A package that does not load fails the test.
func LoadFrameworks(tb testing.TB, root string, paths ...string) map[string]*types.Package {
	tb.Helper()
	dir := Frameworks(tb, root)
	paths = slices.Compact(slices.Sorted(slices.Values(paths)))
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedSyntax | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=readonly"),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		tb.Fatal(err)
	}
	var errs []error
	byPath := make(map[string]*types.Package)
	for _, p := range pkgs {
		for _, err := range p.Errors {
			errs = append(errs, fmt.Errorf("%s: %v", p.PkgPath, err))
		}
		if p.Types != nil {
			byPath[p.PkgPath] = p.Types
		}
	}
	for _, p := range paths {
		if byPath[p] == nil {
			errs = append(errs, fmt.Errorf("package %s did not load", p))
		}
	}
	if err := errors.Join(errs...); err != nil {
		tb.Fatal(err)
	}
	return byPath
}

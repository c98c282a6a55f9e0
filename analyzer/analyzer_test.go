package analyzer

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the repository's fixture tree, GOPATH style.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFindings(t *testing.T) {
	analysistest.Run(t, testdata(t), New(Defaults()),
		"basic", "client", "flow", "generics", "errs", "tsweb", "shapes", "respond", "api", "generated", "testfiles", "hostile", "typeerrors", "cgo", "cgodiscover", "ginkeep", "sides/errs", "sides/users", "sides/web")
}

// TestConstructorShape is a service whose error package imports no HTTP
// package and stores no named status: its importers learn from its facts
// which parameters its constructors store into which fields.
func TestConstructorShape(t *testing.T) {
	analysistest.Run(t, testdata(t), New(Defaults()), "ctorshape/errs", "ctorshape/logic", "ctorshape/web")
}

// TestErrorShape is a service whose statuses are chosen upstream of its
// HTTP layer: an error package with a status field, a second one with
// StatusCode methods, a logic package, and the package that writes them.
func TestErrorShape(t *testing.T) {
	analysistest.Run(t, testdata(t), New(Defaults()),
		"errshape/errs", "errshape/coder", "errshape/logic", "errshape/web")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), New(Defaults()),
		"fixes", "fixalias", "fixdot", "fiximport", "fixshadow", "fixflow", "api", "errs", "github.com/valyala/fasthttp")
}

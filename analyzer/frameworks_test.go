package analyzer

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/reach"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// The framework tests run against the real modules, pinned in
// testdata/frameworks/go.mod: a module of its own, which the repository's
// go.mod does not reference and `go test ./...` does not see (testdata).

// frameworksDir returns the fixture module's directory once its modules are
// in the module cache (testenv.Frameworks downloads them: analysistest
// loads a directory with a go.mod in module mode with GOPROXY=off). A
// failed download fails the test: nothing is skipped.
func frameworksDir(t *testing.T) string {
	t.Helper()
	return testenv.Frameworks(t, "..")
}

// TestFrameworkFindings runs the analyzer on one package per framework:
// findings, silent lines and wrapper facts.
func TestFrameworkFindings(t *testing.T) {
	testenv.Compiles(t, analysistest.Run(t, frameworksDir(t), New(Defaults()),
		"./ginapp", "./ginwrap", "./echoapp", "./echov5app", "./fiberapp", "./fasthttpapp", "./chiapp"))
}

// TestFrameworkFixes checks the literal fix at framework sinks: fasthttp's
// and fiber's own constants, and the net/http import added to a gin file.
func TestFrameworkFixes(t *testing.T) {
	testenv.Compiles(t, analysistest.RunWithSuggestedFixes(t, frameworksDir(t), New(Defaults()),
		"./ginfix", "./fiberfix", "./fasthttpfix"))
}

// TestFrameworkWriters checks the WriteHeader rule on the frameworks'
// writers: gin's ResponseWriter and echo's *Response (v4's and v5's)
// implement http.ResponseWriter, so their WriteHeader is a sink;
// fasthttp's SetStatusCode is a table row instead.
func TestFrameworkWriters(t *testing.T) {
	pkgs := testenv.LoadFrameworks(t, "..", frameworks.NetHTTP, frameworks.HTTPTest, frameworks.Gin, frameworks.Echo, frameworks.EchoV5)
	s := &sinks{isWriter: make(map[*types.Func]bool), rw: reach.Interface(pkgs[frameworks.NetHTTP], frameworks.ResponseWriter)}
	for _, w := range []struct {
		pkg, typ string
		sink     bool
	}{
		{frameworks.Gin, "ResponseWriter", true},
		{frameworks.Echo, "Response", true},
		{frameworks.EchoV5, "Response", true},
		{frameworks.HTTPTest, "ResponseRecorder", true},
	} {
		fn := reach.Func(pkgs[w.pkg], w.typ, frameworks.WriteHeader)
		if fn == nil {
			t.Errorf("%s.%s has no %s method", w.pkg, w.typ, frameworks.WriteHeader)
			continue
		}
		if got := s.writesHeader(fn); got != w.sink {
			t.Errorf("%s.%s.%s: writesHeader = %v, want %v", w.pkg, w.typ, frameworks.WriteHeader, got, w.sink)
		}
	}
}

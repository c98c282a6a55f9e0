package analyzer

import (
	"errors"
	"fmt"
	"go/types"
	"os"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/httpstatuslint/httpstatus/internal/reach"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// The framework tests run against the real modules, pinned in
// testdata/frameworks/go.mod: a module of its own, which the repository's
// go.mod does not reference and `go test ./...` does not see (testdata).

// frameworks returns the fixture module's directory once its modules are
// in the module cache (testenv.Frameworks downloads them: analysistest
// loads a directory with a go.mod in module mode with GOPROXY=off). A
// failed download fails the test: nothing is skipped.
func frameworks(t *testing.T) string {
	t.Helper()
	return testenv.Frameworks(t, "..")
}

// TestFrameworkFindings runs the analyzer on one package per framework:
// findings, silent lines and wrapper facts.
func TestFrameworkFindings(t *testing.T) {
	testenv.Compiles(t, analysistest.Run(t, frameworks(t), New(Defaults()),
		"./ginapp", "./ginwrap", "./echoapp", "./fiberapp", "./fasthttpapp", "./chiapp"))
}

// TestFrameworkFixes checks the literal fix at framework sinks: fasthttp's
// and fiber's own constants, and the net/http import added to a gin file.
func TestFrameworkFixes(t *testing.T) {
	testenv.Compiles(t, analysistest.RunWithSuggestedFixes(t, frameworks(t), New(Defaults()),
		"./ginfix", "./fiberfix", "./fasthttpfix"))
}

var (
	sinkPkgsOnce sync.Once
	sinkPkgs     map[string]*types.Package
	sinkPkgsErr  error
)

// loadSinkPackages loads the packages of the sink table from the fixture
// module, once for the tests that share them. It type-checks from source,
// as analysistest does, rather than compile every dependency for its
// export data.
func loadSinkPackages(t *testing.T) map[string]*types.Package {
	t.Helper()
	dir := frameworks(t)
	sinkPkgsOnce.Do(func() { sinkPkgs, sinkPkgsErr = loadSinks(dir) })
	if sinkPkgsErr != nil {
		t.Fatal(sinkPkgsErr)
	}
	return sinkPkgs
}

func loadSinks(dir string) (map[string]*types.Package, error) {
	paths := make(map[string]bool)
	for _, s := range callSinks {
		paths[s.pkg] = true
	}
	for _, f := range fieldSinks {
		paths[f.pkg] = true
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedSyntax | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=readonly"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
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
	for p := range paths {
		if byPath[p] == nil {
			errs = append(errs, fmt.Errorf("sink package %s did not load", p))
		}
	}
	return byPath, errors.Join(errs...)
}

// TestFrameworkSinksResolve resolves every row of the sink table against
// the real packages, the way resolveSinks does: a method renamed or moved
// upstream, or a status parameter that moved, fails here instead of going
// silent.
func TestFrameworkSinksResolve(t *testing.T) {
	pkgs := loadSinkPackages(t)
	seen := make(map[*types.Func]string)
	for _, s := range callSinks {
		row := s.pkg + "." + s.name
		if s.recv != "" {
			row = s.pkg + "." + s.recv + "." + s.name
		}
		fn := reach.Func(pkgs[s.pkg], s.recv, s.name)
		if fn == nil {
			t.Errorf("%s: does not resolve", row)
			continue
		}
		if fn.Pkg() != pkgs[s.pkg] {
			t.Errorf("%s: resolves to %s, promoted from another package", row, fn.FullName())
		}
		if prev, dup := seen[fn]; dup {
			t.Errorf("%s: resolves to the same function as %s", row, prev)
		}
		seen[fn] = row
		sig := fn.Signature()
		if (s.recv == "") != (sig.Recv() == nil) {
			t.Errorf("%s: receiver mismatch: %s", row, fn.FullName())
		}
		params := sig.Params()
		if s.arg < 0 || s.arg >= params.Len() {
			t.Errorf("%s: arg %d out of range of %s", row, s.arg, sig)
			continue
		}
		pt := params.At(s.arg).Type()
		if sig.Variadic() && s.arg == params.Len()-1 {
			pt = pt.(*types.Slice).Elem() // fiber's Redirect(location, status ...int)
		}
		if !isInteger(pt) {
			t.Errorf("%s: parameter %d of %s is not an integer", row, s.arg, sig)
		}
		if s.consts != "" {
			c, ok := pkgs[s.consts].Scope().Lookup("StatusNotFound").(*types.Const)
			if !ok || c.Val().String() != "404" {
				t.Errorf("%s: %s has no StatusNotFound constant for the fix", row, s.consts)
			}
		}
	}
	for _, f := range fieldSinks {
		v := lookupField(pkgs[f.pkg], f.typ, f.field)
		if v == nil {
			t.Errorf("%s.%s.%s: does not resolve", f.pkg, f.typ, f.field)
			continue
		}
		if !isInteger(v.Type()) {
			t.Errorf("%s.%s.%s: not an integer", f.pkg, f.typ, f.field)
		}
	}
	for _, f := range statusFields {
		v := lookupField(pkgs[f.pkg], f.typ, f.field)
		if v == nil {
			t.Errorf("%s.%s.%s: does not resolve", f.pkg, f.typ, f.field)
			continue
		}
		if v.Pkg() != pkgs[f.pkg] || !isInteger(v.Type()) {
			t.Errorf("%s.%s.%s: not an integer field of the package", f.pkg, f.typ, f.field)
		}
	}
}

// TestFrameworkWriters checks the WriteHeader rule on the frameworks'
// writers: gin's ResponseWriter and echo's *Response implement
// http.ResponseWriter, so their WriteHeader is a sink; fasthttp's
// SetStatusCode is a table row instead.
func TestFrameworkWriters(t *testing.T) {
	pkgs := loadSinkPackages(t)
	s := &sinks{isWriter: make(map[*types.Func]bool)}
	tn := pkgs[netHTTP].Scope().Lookup(responseWriter).(*types.TypeName)
	s.rw = tn.Type().Underlying().(*types.Interface)
	for _, w := range []struct {
		pkg, typ string
		sink     bool
	}{
		{gin, "ResponseWriter", true},
		{echo, "Response", true},
		{"net/http/httptest", "ResponseRecorder", true},
	} {
		fn := reach.Func(pkgs[w.pkg], w.typ, writeHeader)
		if fn == nil {
			t.Errorf("%s.%s has no %s method", w.pkg, w.typ, writeHeader)
			continue
		}
		if got := s.writesHeader(fn); got != w.sink {
			t.Errorf("%s.%s.%s: writesHeader = %v, want %v", w.pkg, w.typ, writeHeader, got, w.sink)
		}
	}
}

// TestFrameworkSinksComplete looks for methods of the frameworks' context
// and response types that take a status (an integer parameter named like
// one) and are missing from the table: a new upstream sink fails here.
func TestFrameworkSinksComplete(t *testing.T) {
	pkgs := loadSinkPackages(t)
	inTable := make(map[*types.Func]bool)
	for _, s := range callSinks {
		if fn := reach.Func(pkgs[s.pkg], s.recv, s.name); fn != nil {
			inTable[fn] = true
		}
	}
	statusParam := map[string]bool{"code": true, "status": true, "statusCode": true}
	for _, c := range []struct{ pkg, typ string }{
		{gin, "Context"},
		{echo, "Context"},
		{fiber, "Ctx"},
		{fasthttp, "RequestCtx"},
		{fasthttp, "Response"},
		{fasthttp, "ResponseHeader"},
	} {
		tn, ok := pkgs[c.pkg].Scope().Lookup(c.typ).(*types.TypeName)
		if !ok {
			t.Errorf("%s.%s: no such type", c.pkg, c.typ)
			continue
		}
		recv := tn.Type()
		if !types.IsInterface(recv) {
			recv = types.NewPointer(recv)
		}
		mset := types.NewMethodSet(recv)
		for i := range mset.Len() {
			fn := mset.At(i).Obj().(*types.Func)
			if !fn.Exported() || fn.Pkg() != tn.Pkg() || inTable[fn] {
				continue
			}
			sig := fn.Signature()
			for j := range sig.Params().Len() {
				p := sig.Params().At(j)
				pt := p.Type()
				if sig.Variadic() && j == sig.Params().Len()-1 {
					pt = pt.(*types.Slice).Elem()
				}
				if statusParam[p.Name()] && isInteger(pt) {
					t.Errorf("%s: parameter %d (%s) looks like a status; add a row to callSinks or note why not", fn.FullName(), j, p.Name())
				}
			}
		}
	}
}

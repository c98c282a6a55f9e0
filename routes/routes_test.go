package routes_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/routes"
)

var update = flag.Bool("update", false, "rewrite the golden route tables")

// TestStdMux runs the analyzer on net/http routes: the facts on the
// handlers and the registering function, and the package's route table
// against routes.golden.
func TestStdMux(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/stdmux", "example.com/stdmux/api")
	golden(t, filepath.Join(dir, "src", "example.com", "stdmux", "routes.golden"), table(t, results, "example.com/stdmux"))
}

// TestIfaceMux runs the analyzer on a registration function that takes
// the router as an interface of its own package, whose method has the
// name and signature of net/http's ServeMux.HandleFunc: its routes are
// the ServeMux's where one is passed in; a method of the name and
// another signature registers nothing. A router that a generated file's
// exported function builds is not listed as unmounted.
func TestIfaceMux(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/ifacemux", "example.com/ifacemux/gen")
	golden(t, filepath.Join(dir, "src", "example.com", "ifacemux", "routes.golden"), table(t, results, "example.com/ifacemux"))
	// The routers that gen's exported functions build and no package
	// mounts: Routes's, not the generated Handler's.
	var unmounted []string
	for _, r := range table(t, results, "example.com/ifacemux/gen") {
		unmounted = append(unmounted, r.Unmounted+" "+r.Method+" "+r.Path)
	}
	if want := []string{"example.com/ifacemux/gen.Routes GET /own"}; !slices.Equal(unmounted, want) {
		t.Errorf("unmounted routes of gen: %q, want %q", unmounted, want)
	}
}

// TestOptPrefix runs the analyzer on routes registered under the
// prefix of an options struct's field: a literal's field, set or not, a
// local assigned a literal, one whose field is stored into, options
// passed on by the caller.
func TestOptPrefix(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/optprefix", "example.com/optprefix/gen")
	golden(t, filepath.Join(dir, "src", "example.com", "optprefix", "routes.golden"), table(t, results, "example.com/optprefix"))
}

// TestGeneratedSame runs the analyzer on a package whose own code calls
// a registration function of its generated file: the route is
// registered at that call (its At), not in the generated file, whose
// findings would be silenced.
func TestGeneratedSame(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), routes.New(analyzer.Core(analyzer.Defaults())), "example.com/gensame")
	got := table(t, results, "example.com/gensame")
	if len(got) != 1 {
		t.Fatalf("routes = %+v, want GET /pets", got)
	}
	pos, _ := got[0].At()
	if p := results[0].Pass.Fset.Position(pos); filepath.Base(p.Filename) != "main.go" || p.Line != 9 {
		t.Errorf("GET /pets registered at %s, want main.go:9", p)
	}
}

// TestBroken runs the analyzer on code with type errors: no panic, and
// the routes it can see.
func TestBroken(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/broken")
	golden(t, filepath.Join(dir, "src", "example.com", "broken", "routes.golden"), table(t, results, "example.com/broken"))
}

// TestSelfReturn runs the analyzer on function types that return
// themselves: no end-less recursion through their results.
func TestSelfReturn(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), routes.New(analyzer.Core(analyzer.Defaults())), "example.com/selfreturn")
	if got := table(t, results, "example.com/selfreturn"); len(got) != 1 || got[0].Path != "/lex" {
		t.Errorf("routes = %+v, want GET /lex", got)
	}
}

// table returns the route table of package path among the results.
func table(t *testing.T, results []*analysistest.Result, path string) []routes.Route {
	t.Helper()
	for _, r := range results {
		if r.Pass != nil && r.Pass.Pkg.Path() == path {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			return r.Result.(*routes.Result).Routes
		}
	}
	t.Fatalf("no result for %s", path)
	return nil
}

// TestChi runs the analyzer on chi routes against the real module: Route,
// Group, With, Use, Method, Mount of a router and of a plain handler,
// and routes registered by another package under the group's prefix.
func TestChi(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./chiroutes", "./chiroutes/orders")
	golden(t, filepath.Join(dir, "chiroutes", "routes.golden"), table(t, results, "example.com/frameworks/chiroutes"))
}

// TestHTTPRouter runs the analyzer on julienschmidt/httprouter routes
// against the real module: handlers of its Handle type, net/http
// handlers by method, a catch-all path and ServeFiles.
func TestHTTPRouter(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./httprouterroutes")
	golden(t, filepath.Join(dir, "httprouterroutes", "routes.golden"), table(t, results, "example.com/frameworks/httprouterroutes"))
}

// TestEchoV5 runs the analyzer on echo v5 routes against the real module:
// handlers on *echo.Context, a group with middleware, route middleware,
// Match, a catch-all path, echo's errors, and routes registered by
// another package under the group's prefix.
func TestEchoV5(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./echov5routes", "./echov5routes/users")
	golden(t, filepath.Join(dir, "echov5routes", "routes.golden"), table(t, results, "example.com/frameworks/echov5routes"))
}

// TestJoins runs the analyzer on routes whose paths chi, gin, echo,
// fiber and gorilla/mux each join their own way, against routes.golden;
// then it serves a request for every route of the table with the real
// router (the fixture, run) and checks that the route's handler answers
// it: the code it writes is one the table lists for the route.
func TestJoins(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./joinroutes")
	got := table(t, results, "example.com/frameworks/joinroutes")
	golden(t, filepath.Join(dir, "joinroutes", "routes.golden"), got)
	served(t, dir, "./joinroutes", got)
}

// TestChains runs the analyzer on routes registered before and after
// the Use of chi, gin, echo, fiber and gorilla/mux, and on gin
// middleware that pass the request on without c.Next(), against
// routes.golden; then, as TestJoins, it checks that the real routers
// answer each route with a code the table lists for it.
func TestChains(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./chainroutes")
	got := table(t, results, "example.com/frameworks/chainroutes")
	golden(t, filepath.Join(dir, "chainroutes", "routes.golden"), got)
	served(t, dir, "./chainroutes", got)
}

// TestMounts runs the analyzer on functions that call Use on a router
// they are given (chi, gin, echo, fiber) or that build one and return it
// (gin), against routes.golden: the middleware reaches the routes of the
// function registered after it, and those its caller registers on the
// same router as the router gives them (after the call; echo's Echo.Use
// and chi's Use every route). Then, as TestJoins, the real routers
// answer each route with a code the table lists for it.
func TestMounts(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./mountroutes")
	got := table(t, results, "example.com/frameworks/mountroutes")
	golden(t, filepath.Join(dir, "mountroutes", "routes.golden"), got)
	served(t, dir, "./mountroutes", got)
}

// TestStrips runs the analyzer on routers served under a prefix that
// http.StripPrefix cuts from the path (a chi router and a ServeMux on a
// ServeMux, a gorilla/mux router under a PathPrefix), against
// routes.golden: their routes are under the prefix. Then, as TestJoins,
// the real routers answer each route with a code the table lists for
// it.
func TestStrips(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./striproutes")
	got := table(t, results, "example.com/frameworks/striproutes")
	golden(t, filepath.Join(dir, "striproutes", "routes.golden"), got)
	served(t, dir, "./striproutes", got)
}

// TestGuards runs the analyzer on handlers and middleware of gin, echo,
// fiber and net/http that test the request's method (==, !=, switch, an
// early return), against routes.golden: a CORS middleware's 204 for
// OPTIONS does not count for its group's GET routes. Then, as
// TestJoins, the real routers answer each route with a code the table
// lists for it.
func TestGuards(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./guardroutes")
	got := table(t, results, "example.com/frameworks/guardroutes")
	golden(t, filepath.Join(dir, "guardroutes", "routes.golden"), got)
	served(t, dir, "./guardroutes", got)
}

// TestStatic runs the analyzer on the file servers of gin (Static,
// StaticFS, StaticFile, StaticFileFS), echo (Static, StaticFS, File,
// FileFS) and fiber (Static) against the real modules: their routes, GET
// and HEAD where the router registers both, with the file server's codes.
func TestStatic(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./staticroutes")
	golden(t, filepath.Join(dir, "staticroutes", "routes.golden"), table(t, results, "example.com/frameworks/staticroutes"))
}

// served runs the fixture program pkg in dir, which answers each line
// "ROUTER METHOD PATH" of its input with the status its router serves,
// for a request to each route of table (its router named by the file
// that registers it, its parameters as "1", GET for a route for every
// method), and checks that the status
// is one the table lists for the route.
func served(t *testing.T, dir, pkg string, table []routes.Route) {
	t.Helper()
	var in bytes.Buffer
	want := make(map[string][]int)
	for _, r := range table {
		router := strings.TrimSuffix(filepath.Base(r.Posn.Filename), ".go")
		method := r.Method
		if method == "*" {
			method = "GET" // a route for every method
		}
		req := router + " " + method + " " + param.ReplaceAllString(r.Path, "1")
		fmt.Fprintln(&in, req)
		for _, c := range r.Codes {
			want[req] = append(want[req], c.Code)
		}
	}
	cmd := exec.Command("go", "run", pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off")
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run %s: %v\n%s", pkg, err, out)
	}
	n := 0
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("go run %s: %q", pkg, line)
		}
		req := strings.Join(f[:3], " ")
		code, _ := strconv.Atoi(f[3])
		if !slices.Contains(want[req], code) {
			t.Errorf("%s: the router answers %d, the table lists %v", req, code, want[req])
		}
		n++
	}
	if n != len(table) {
		t.Errorf("go run %s answered %d requests of %d", pkg, n, len(table))
	}
}

// param is a path parameter in OpenAPI form.
var param = regexp.MustCompile(`\{[^}]*\}`)

// golden compares a route table, its positions cut to file base names,
// with a golden JSON file.
func golden(t *testing.T, file string, table []routes.Route) {
	t.Helper()
	base := func(p token.Position) token.Position {
		if p.Filename != "" {
			p.Filename = filepath.Base(p.Filename)
		}
		return p
	}
	for i := range table {
		r := &table[i]
		r.Posn, r.HandlerPosn = base(r.Posn), base(r.HandlerPosn)
		for j := range r.Impls {
			r.Impls[j].Posn = base(r.Impls[j].Posn)
		}
		for j := range r.Codes {
			r.Codes[j].Posn = base(r.Codes[j].Posn)
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(table); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s: route table differs:\n%s", file, got)
	}
}

// TestNoDot runs the analyzer on a program whose import paths have no
// dot (a module named "orders"): its routes are found as any other's.
func TestNoDot(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), routes.New(analyzer.Core(analyzer.Defaults())), "orders", "orders/api")
	got := table(t, results, "orders")
	if len(got) != 1 || got[0].Method != "GET" || got[0].Path != "/orders/{id}" ||
		len(got[0].Codes) != 1 || got[0].Codes[0].Code != 418 {
		t.Errorf("routes = %+v, want GET /orders/{id} writing 418", got)
	}
}

// TestErrorMappers runs the analyzer on echo v4, echo v5 and fiber
// handlers that return the result of error-mapping functions, in their
// package and in another, against the real modules: the codes of the
// errors the mappers make, the framework's 500 only for an error they
// pass on, and the StatusCode method that only echo v5 asks, of an
// error of a package that imports no framework too.
func TestErrorMappers(t *testing.T) {
	dir := testenv.Frameworks(t, "..")
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "./errmappers", "./errmappers/apperr", "./errmappers/coded")
	golden(t, filepath.Join(dir, "errmappers", "routes.golden"), table(t, results, "example.com/frameworks/errmappers"))
}

// TestStdHandlers runs the analyzer on the standard library's own
// handlers: http.NotFound, NotFoundHandler, StripPrefix, TimeoutHandler,
// FileServer, ServeFile and ServeContent answer the table's codes.
func TestStdHandlers(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/stdhandlers")
	golden(t, filepath.Join(dir, "src", "example.com", "stdhandlers", "routes.golden"), table(t, results, "example.com/stdhandlers"))
}

// TestWrappers runs the analyzer on registration wrappers: a method
// that registers the pattern and handler it is given with a middleware
// around it, a wrapper of it, one on the DefaultServeMux, and a router
// library over ServeMux in another package, with groups whose prefix
// is a field. Each route is registered where the wrapper is called.
func TestWrappers(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/wrapped", "example.com/wrapped/bundle")
	golden(t, filepath.Join(dir, "src", "example.com", "wrapped", "routes.golden"), table(t, results, "example.com/wrapped"))
}

// TestFields runs the analyzer on registration wrappers that take their
// prefix and their middleware from fields of the server: a server built
// with its prefix in a struct literal, and a group of a router library's
// own made of such a root, keep the prefix for their routes; the
// middleware a field holds adds its codes.
func TestFields(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/fields")
	golden(t, filepath.Join(dir, "src", "example.com", "fields", "routes.golden"), table(t, results, "example.com/fields"))
}

// TestUnmounted runs the analyzer on a package whose exported New and
// Server.Admin build a router and return it, and whose Server.Reports
// registers on its receiver's router through a wrapper, and on the main
// that serves and registers them: the package's table lists their
// routes marked as unmounted, and the main's result names them among
// what it mounts.
func TestUnmounted(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/unmounted", "example.com/unmounted/api")
	golden(t, filepath.Join(dir, "src", "example.com", "unmounted", "api", "routes.golden"), table(t, results, "example.com/unmounted/api"))
	main := table(t, results, "example.com/unmounted")
	if len(main) != 4 {
		t.Errorf("main's routes = %+v, want New's two, Admin's and Reports'", main)
	}
	for _, rt := range main {
		if rt.Unmounted != "" {
			t.Errorf("main's route %s %s is marked unmounted", rt.Method, rt.Path)
		}
	}
	for _, r := range results {
		if r.Pass.Pkg.Path() == "example.com/unmounted" {
			want := []string{"(*example.com/unmounted/api.Server).Admin", "(*example.com/unmounted/api.Server).Reports", "example.com/unmounted/api.New"}
			if got := r.Result.(*routes.Result).Mounts; !slices.Equal(got, want) {
				t.Errorf("main's Mounts = %q, want %q", got, want)
			}
		}
	}
}

// TestDispatch runs the analyzer on a server of the shape oapi-codegen
// generates: handlers that call the implementation through an interface
// and an error handler through a field, bound where the generated
// registration is called.
func TestDispatch(t *testing.T) {
	dir := analysistest.TestData()
	results := analysistest.Run(t, dir, routes.New(analyzer.Core(analyzer.Defaults())), "example.com/dispatch", "example.com/dispatch/api", "example.com/dispatch/strictapi")
	golden(t, filepath.Join(dir, "src", "example.com", "dispatch", "routes.golden"), table(t, results, "example.com/dispatch"))
}

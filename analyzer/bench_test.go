package analyzer

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpstatuslint/httpstatus/internal/lazyinspect"
)

// The benchmarks run the analyzer's pass directly on a generated package,
// so that they measure the analyzer, not loading or type checking, and
// compare it with type checking the same package (the floor that every
// vet tool pays). Run them with
//
//	go test -run '^$' -bench . -benchmem ./analyzer/
//
// ns/site is the cost per call site that sets a status; it should stay
// flat as the package grows (linear cost).

// generate writes a package with n handlers. Each handler sets statuses
// through a local variable, directly, and through a chain of wrappers
// (wrapK calls wrapK-1 ... wrap0 calls WriteHeader), so both the flow
// and the wrapper fixed point have work to do. It returns the source and
// the number of status-setting call sites.
func generate(n int) (string, int) {
	const chain = 10
	var b strings.Builder
	b.WriteString("package gen\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\n")
	sites := 0
	for i := 0; i < n; i++ {
		if i%chain == 0 {
			fmt.Fprintf(&b, "func wrap%d(w http.ResponseWriter, code int) { w.WriteHeader(code) }\n\n", i)
		} else {
			fmt.Fprintf(&b, "func wrap%d(w http.ResponseWriter, code int) { log.Println(code); wrap%d(w, code) }\n\n", i, i-1)
		}
		fmt.Fprintf(&b, `func handler%d(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if r.URL.Path == "/teapot" {
		status = 418
	}
	if r.Method == "" {
		http.Error(w, "bad", 400)
		return
	}
	for j := 0; j < 3; j++ {
		log.Println(j, r.Header.Get("X"))
	}
	wrap%d(w, status)
	w.WriteHeader(404)
}

`, i, i)
		sites += 3
	}
	return b.String(), sites
}

type genPkg struct {
	fset  *token.FileSet
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
	imp   types.Importer
}

// srcImporter type-checks net/http and its dependencies from source,
// once per process; every generated package shares it.
var srcImporter = sync.OnceValue(func() types.Importer {
	return importer.ForCompiler(token.NewFileSet(), "source", nil)
})

// loadGen type-checks a generated package.
func loadGen(tb testing.TB, src string) *genPkg {
	tb.Helper()
	g := &genPkg{fset: token.NewFileSet(), imp: srcImporter()}
	f, err := parser.ParseFile(g.fset, "gen.go", src, parser.ParseComments)
	if err != nil {
		tb.Fatal(err)
	}
	g.files = []*ast.File{f}
	g.pkg, g.info = g.check(tb)
	return g
}

func (g *genPkg) check(tb testing.TB) (*types.Package, *types.Info) {
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	pkg, err := (&types.Config{Importer: g.imp}).Check("gen", g.fset, g.files, info)
	if err != nil {
		tb.Fatal(err)
	}
	return pkg, info
}

// runOn runs one pass of a over g, as a driver would, and returns the
// number of diagnostics and of exported facts.
func runOn(tb testing.TB, a *analysis.Analyzer, g *genPkg) (diags, facts int) {
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              g.fset,
		Files:             g.files,
		Pkg:               g.pkg,
		TypesInfo:         g.info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		ResultOf:          map[*analysis.Analyzer]any{lazyinspect.Analyzer: lazyinspect.Inspector(func() *inspector.Inspector { return inspector.New(g.files) })},
		Report:            func(analysis.Diagnostic) { diags++ },
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) { facts++ },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
		ReadFile:          os.ReadFile,
	}
	if _, err := a.Run(pass); err != nil {
		tb.Fatal(err)
	}
	return diags, facts
}

// TestGeneratedPackage checks what the benchmarks measure: every handler
// gives its four findings and every wrapper its fact.
func TestGeneratedPackage(t *testing.T) {
	const n = 50
	src, _ := generate(n)
	g := loadGen(t, src)
	diags, facts := runOn(t, New(Defaults()), g)
	// Per handler: 418 literal and undocumented, 400 literal, 404 literal.
	if diags != 4*n || facts != n {
		t.Errorf("diagnostics = %d, facts = %d; want %d and %d", diags, facts, 4*n, n)
	}
}

var sizes = []int{250, 1000, 4000}

// BenchmarkAnalyzer is the analyzer's pass alone (the inspector built per
// run, as the inspect pass would). Compare with BenchmarkTypeCheck at the
// same size.
func BenchmarkAnalyzer(b *testing.B) {
	for _, n := range sizes {
		src, sites := generate(n)
		g := loadGen(b, src)
		a := New(Defaults())
		b.Run(fmt.Sprintf("funcs=%d", 2*n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				runOn(b, a, g)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sites), "ns/site")
		})
	}
}

// BenchmarkTypeCheck type-checks the same packages: the floor.
func BenchmarkTypeCheck(b *testing.B) {
	for _, n := range sizes {
		src, sites := generate(n)
		g := loadGen(b, src)
		b.Run(fmt.Sprintf("funcs=%d", 2*n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.check(b)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sites), "ns/site")
		})
	}
}

// BenchmarkFactEncoding gob-encodes a wrapper fact, as the unitchecker
// does for every wrapper when it writes a package's facts.
func BenchmarkFactEncoding(b *testing.B) {
	fact := &isWrapper{Kinds: []kind{0, sets, 0}}
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/fact")
}

package analyzer

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/lazyinspect"
)

//go:embed doc.go
var doc string

// URL is where the analyzer's documentation lives; each kind of finding
// has its own section there.
const (
	repo = "https://github.com/httpstatuslint/httpstatus"
	URL  = repo + "#readme"
)

// Config is what one analyzer instance checks. The zero Config turns
// every check off; Defaults returns what the command runs with.
type Config struct {
	// Catalog is a catalog file or an OpenAPI document; empty: discover a
	// .httpstatus.yaml or .httpstatus.json, else the embedded default.
	Catalog string
	// Documented, "200,204,4XX", replaces the catalog when set.
	Documented string

	Literal      bool // report integer literals that have a named constant
	Undocumented bool // report codes not in the catalog
	Invalid      bool // report codes outside 100-599
	// TestUndocumented turns the undocumented check on in _test.go files.
	TestUndocumented bool

	// Catalogs is where catalogs are loaded and kept. Whoever drives the
	// analysis decides how long a loaded catalog lasts: the language
	// server passes a new Cache for each run, so that an edited catalog
	// takes effect. Nil: a Cache of the analyzer's own, for its lifetime.
	Catalogs *catalog.Cache
}

// Defaults is the configuration the command runs with: every check on,
// the undocumented check off in tests.
func Defaults() Config {
	return Config{Literal: true, Undocumented: true, Invalid: true}
}

// Analyzer is the httpstatus analyzer with the default configuration; its
// flags change that configuration.
var Analyzer = New(Defaults())

// New returns an analyzer that checks by cfg and reports its findings: the
// status checks alone, as the tests of this package run them. Its flags
// write into its own copy of cfg, so instances never share state.
func New(cfg Config) *analysis.Analyzer { return newAnalyzer(cfg, true) }

// Core returns the analyzer that checks by cfg for another that builds on
// it and reports for it (the check per operation does): it reports
// nothing and loads no catalog. Its Result has the findings, decided once
// the catalog is known (Result.Catalog, Result.Diagnostics), and the
// status writes; its flags are the settings of both.
func Core(cfg Config) *analysis.Analyzer { return newAnalyzer(cfg, false) }

func newAnalyzer(cfg Config, reports bool) *analysis.Analyzer {
	c := &cfg
	if c.Catalogs == nil {
		c.Catalogs = new(catalog.Cache)
	}
	a := &analysis.Analyzer{
		Name:      "httpstatus",
		Doc:       docText(),
		URL:       URL,
		Requires:  []*analysis.Analyzer{lazyinspect.Analyzer},
		FactTypes: []analysis.Fact{new(isWrapper), new(isStatusFunc), new(isStatusField), new(statusStores), new(paramStores), new(isSentinel)},
		// Each status write, for the route table (result.go).
		ResultType: reflect.TypeFor[*Result](),
		Run:        func(pass *analysis.Pass) (any, error) { return runPass(pass, c, reports) },
		// Editors show findings while the code is broken; every lookup
		// below tolerates missing type information.
		RunDespiteErrors: true,
	}
	c.RegisterFlags(&a.Flags)
	return a
}

// RegisterFlags adds the analyzer's flags to fs; they write into c. They
// are the one list of its settings: the language server takes them as
// its own, and the golangci-lint plugin sets its settings through them.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	RegisterCatalogFlags(fs, c)
	fs.BoolVar(&c.Literal, "literal", c.Literal, "report integer literals where a named constant exists")
	fs.BoolVar(&c.Undocumented, "undocumented", c.Undocumented, "report status codes that the catalog does not document")
	fs.BoolVar(&c.Invalid, "invalid", c.Invalid, "report status codes outside 100-599")
	fs.BoolVar(&c.TestUndocumented, "test-undocumented", c.TestUndocumented, "apply the undocumented check in _test.go files too")
}

// RegisterCatalogFlags adds -catalog and -documented, which write into c.
// The command's catalog subcommand shares them.
func RegisterCatalogFlags(fs *flag.FlagSet, c *Config) {
	// A relative path is kept as given: catalog.ResolvePath gives it its
	// meaning, for each package.
	fs.StringVar(&c.Catalog, "catalog", c.Catalog, "catalog `file`: a catalog (YAML or JSON) or an OpenAPI 3 document; a relative path is taken from the current directory if it is there, else from the module root (default: discover .httpstatus.yaml, else the embedded catalog)")
	fs.Var(checkedString{&c.Documented, func(s string) error {
		_, err := catalog.ParseList(s)
		return err
	}}, "documented", "comma-separated `list` of documented codes and ranges (200,204,4XX); replaces the catalog")
}

// A checkedString is a string flag whose value is checked before it is
// stored, so that a bad value is a usage error. Its String is the value
// stored: whoever reads the FlagSet sees the setting in force.
type checkedString struct {
	p     *string
	check func(string) error
}

func (f checkedString) String() string {
	if f.p == nil {
		return "" // the zero value that flag.PrintDefaults makes
	}
	return *f.p
}

func (f checkedString) Set(s string) error {
	if err := f.check(s); err != nil {
		return err
	}
	*f.p = s
	return nil
}

// run is the state of one pass.
type run struct {
	pass    *analysis.Pass
	cfg     *Config
	inspect *inspector.Inspector
	sinks   *sinks
	flow    *flow
	files   *files

	reported   map[reportKey]bool
	diags      []analysis.Diagnostic // literal and invalid findings
	candidates []candidate           // for the undocumented check

	result *Result // result.go
}

func runPass(pass *analysis.Pass, cfg *Config, reports bool) (any, error) {
	s := resolveSinks(pass.Pkg)
	if s == nil {
		if !declaresStatusMethod(pass.Pkg) {
			// Nothing to check here, but the codes that the packages
			// it imports store travel on to those that import it.
			exportStores(pass, pkgStores{}, readStores(pass))
			if tellsImporters(pass.Pkg) {
				scanParamStores(pass).export(nil)
			}
			exportSentinels(pass, sentinels(pass))
			return new(Result), nil
		}
		// No status is set here, but a status method returns one.
		s = noSinks()
	}
	r := &run{
		pass:     pass,
		cfg:      cfg,
		inspect:  pass.ResultOf[lazyinspect.Analyzer].(lazyinspect.Inspector)(),
		sinks:    s,
		files:    newFiles(pass.Fset, pass.Files),
		reported: make(map[reportKey]bool),
		result:   &Result{cfg: cfg},
	}
	if len(pass.Files) > 0 {
		r.result.dir = packageDir(pass)
	}
	var cat *catalog.Catalog
	if reports {
		// Loaded before the flow, so that a broken catalog fails every
		// run that could use it; cfg.Catalogs loads each catalog once.
		var err error
		if cat, err = r.result.Catalog(); err != nil {
			return nil, err
		}
	}
	r.flow = newFlow(r)
	r.walk()
	r.flow.decide()
	res := r.finishResult()
	if reports {
		for _, d := range res.Diagnostics(cat) {
			pass.Report(d)
		}
	}
	return res, nil
}

// packageDir is the directory of the package's source files, where
// catalog discovery starts. In a package that imports "C" the files the
// analyzer sees are cgo's output in the build cache: its rewrites of the
// package's files start with a //line directive that places their package
// clause back in the package's directory; the one file cgo adds,
// _cgo_gotypes.go, has none. So the first package clause that a //line
// directive places elsewhere gives the directory; in a package without
// one, the first file's own directory does.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Package)
		if tf == nil {
			continue
		}
		if p := pass.Fset.PositionFor(f.Package, true); p.Filename != tf.Name() {
			return filepath.Dir(p.Filename)
		}
	}
	return filepath.Dir(pass.Fset.File(pass.Files[0].FileStart).Name())
}

// walk visits the package once. Functions are declared as they are met;
// a call to a function declared further down waits in the state of its slots.
func (r *run) walk() {
	info := r.pass.TypesInfo
	fl := r.flow
	// Declarations first: a call may precede the function it calls.
	for n := range r.inspect.PreorderSeq((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				obj, _ := info.Defs[n.Name].(*types.Func)
				fl.declare(n, obj, n.Type, n.Body)
			}
		case *ast.FuncLit:
			fl.declare(n, nil, n.Type, n.Body)
		}
	}
	// stack holds the functions that enclose the node being visited.
	var stack []*function
	for n := range r.inspect.PreorderSeq((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil),
		(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil), (*ast.CompositeLit)(nil)) {
		for len(stack) > 0 && stack[len(stack)-1].body.End() <= n.Pos() {
			stack = stack[:len(stack)-1]
		}
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			if fn := fl.funcs[n]; fn != nil {
				stack = append(stack, fn)
			}
		case *ast.ReturnStmt:
			if len(stack) > 0 {
				fl.readReturn(stack[len(stack)-1], n)
			}
		case *ast.AssignStmt:
			fl.readAssign(n)
		case *ast.CallExpr:
			fl.readCall(n)
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue // ordering and arithmetic are range checks
			}
			if fl.isClientValue(n.X, 0) {
				fl.atSink(n.Y, names|strict, "", nil)
			} else if fl.isClientValue(n.Y, 0) {
				fl.atSink(n.X, names|strict, "", nil)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && fl.isClientValue(n.Tag, 0) {
				for _, stmt := range n.Body.List {
					clause, ok := stmt.(*ast.CaseClause)
					if !ok {
						continue
					}
					for _, e := range clause.List {
						fl.atSink(e, names|strict, "", nil)
					}
				}
			}
		case *ast.CompositeLit:
			fl.readCompositeLit(n)
		}
	}
}

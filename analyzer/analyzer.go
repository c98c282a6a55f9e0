package analyzer

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpstatuslint/httpstatus/catalog"
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
	Catalog string `json:"catalog"`
	// Documented, "200,204,4XX", replaces the catalog when set.
	Documented string `json:"documented"`

	Literal      bool `json:"literal"`      // report integer literals that have a named constant
	Undocumented bool `json:"undocumented"` // report codes not in the catalog
	Invalid      bool `json:"invalid"`      // report codes outside 100-599
	// TestUndocumented turns the undocumented check on in _test.go files.
	TestUndocumented bool `json:"test-undocumented"`
}

// Defaults is the configuration of SPEC: every check on, the undocumented
// check off in tests.
func Defaults() Config {
	return Config{Literal: true, Undocumented: true, Invalid: true}
}

// Analyzer is the httpstatus analyzer with the default configuration; its
// flags change that configuration.
var Analyzer = New(Defaults())

// New returns an analyzer that checks by cfg. Its flags write into its
// own copy of cfg, so instances never share state.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "httpstatus",
		Doc:       analyzerDoc(doc),
		URL:       URL,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(isWrapper), new(isStatusFunc), new(isStatusField)},
		Run:       func(pass *analysis.Pass) (any, error) { return runPass(pass, c) },
		// Editors show findings while the code is broken; every lookup
		// below tolerates missing type information.
		RunDespiteErrors: true,
	}
	c.register(&a.Flags)
	return a
}

// register adds the flags of SPEC section 6; the golangci-lint settings
// use the same names.
func (c *Config) register(fs *flag.FlagSet) {
	RegisterCatalogFlags(fs, c)
	fs.BoolVar(&c.Literal, "literal", c.Literal, "report integer literals where a named constant exists")
	fs.BoolVar(&c.Undocumented, "undocumented", c.Undocumented, "report status codes that the catalog does not document")
	fs.BoolVar(&c.Invalid, "invalid", c.Invalid, "report status codes outside 100-599")
	fs.BoolVar(&c.TestUndocumented, "test-undocumented", c.TestUndocumented, "apply the undocumented check in _test.go files too")
}

// RegisterCatalogFlags adds -catalog and -documented, which write into c.
// The command's catalog subcommand shares them.
func RegisterCatalogFlags(fs *flag.FlagSet, c *Config) {
	fs.Func("catalog", "catalog `file`: a catalog (YAML or JSON) or an OpenAPI 3 document; a relative path is taken from the current directory if it is there, else from the module root (default: discover .httpstatus.yaml, else the embedded catalog)", func(s string) error {
		c.Catalog = s
		if s != "" && !filepath.IsAbs(s) {
			// httpstatus ./... runs where the user typed the path; go vet
			// runs the tool in each package's directory, where the path
			// is usually absent and catalog.Select takes it from the
			// module root instead.
			if _, err := os.Stat(s); err == nil {
				if abs, err := filepath.Abs(s); err == nil {
					c.Catalog = abs
				}
			}
		}
		return nil
	})
	fs.Func("documented", "comma-separated `list` of documented codes and ranges (200,204,4XX); replaces the catalog", func(s string) error {
		if _, err := catalog.ParseList(s); err != nil {
			return err
		}
		c.Documented = s
		return nil
	})
}

// run is the state of one pass.
type run struct {
	pass    *analysis.Pass
	cfg     *Config
	inspect *inspector.Inspector
	sinks   *sinks
	flow    *flow
	catalog *catalog.Catalog

	files    map[*token.File]*fileInfo
	reported map[reportKey]bool
	diags    []analysis.Diagnostic // reported by flush, in position order
}

func runPass(pass *analysis.Pass, cfg *Config) (any, error) {
	s := resolveSinks(pass.Pkg)
	if s == nil || !(cfg.Literal || cfg.Undocumented || cfg.Invalid) {
		return nil, nil
	}
	r := &run{
		pass:     pass,
		cfg:      cfg,
		inspect:  pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		sinks:    s,
		files:    make(map[*token.File]*fileInfo),
		reported: make(map[reportKey]bool),
	}
	if cfg.Undocumented && len(pass.Files) > 0 {
		// Loaded here, not on the first finding, so that a broken catalog
		// fails every run that could use it; catalog caches per process.
		dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
		c, err := catalog.Select(cfg.Catalog, cfg.Documented, dir)
		if err != nil {
			return nil, err
		}
		r.catalog = c
	}
	r.flow = newFlow(r)
	r.walk()
	r.flow.finish()
	r.flush()
	return nil, nil
}

// walk visits the package once. Functions are declared as they are met;
// a call to a function declared further down waits in flow.pending.
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
				fl.ret(stack[len(stack)-1], n)
			}
		case *ast.AssignStmt:
			fl.assignStmt(n)
		case *ast.CallExpr:
			fl.call(n)
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue // ordering and arithmetic are range checks
			}
			if fl.isClientValue(n.X, 0) {
				fl.use(n.Y, names|strict, "", nil)
			} else if fl.isClientValue(n.Y, 0) {
				fl.use(n.X, names|strict, "", nil)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && fl.isClientValue(n.Tag, 0) {
				for _, stmt := range n.Body.List {
					clause, ok := stmt.(*ast.CaseClause)
					if !ok {
						continue
					}
					for _, e := range clause.List {
						fl.use(e, names|strict, "", nil)
					}
				}
			}
		case *ast.CompositeLit:
			fl.compositeLit(n)
		}
	}
}

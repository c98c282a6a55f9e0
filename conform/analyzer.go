package conform

import (
	"flag"
	"fmt"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
	"github.com/httpstatuslint/httpstatus/routes"
)

// Categories of the findings of the check per operation.
const (
	catOperation = "operation" // a code its operation does not document
	catRoute     = "route"     // a route the document does not have
)

// Result is what the analyzer returns for a package: its routes and,
// when the catalog that applies is an OpenAPI document, the operations
// each route serves.
type Result struct {
	Routes []routes.Route
	// Mounts are the functions whose returned routers the package mounts
	// or serves (routes.Result's).
	Mounts []string
	// OpenAPI is the document of the package's catalog; nil when the
	// catalog is not one or the catalog checks are off.
	OpenAPI *catalog.OpenAPI
	// Matches has one entry per route, in the order of Routes, when
	// OpenAPI is set.
	Matches []Match
	// Checks reports whether a finding against the catalog at a
	// position is reported there: not in a generated file, not on a
	// line that silences it, in a test file only with -test-undocumented.
	Checks func(token.Pos) bool
}

// New returns the httpstatus analyzer as the drivers run it, the one that
// reports: the findings of the status checks (analyzer.Core(cfg), which
// reports nothing itself) and of the check of each route against its
// operation, on the route table of the routes analyzer. It loads the
// catalog, so that a broken one is its own error, which the drivers print
// with the file and line. Its flags are the status analyzer's.
func New(cfg analyzer.Config) *analysis.Analyzer {
	status := analyzer.Core(cfg)
	rts := routes.New(status)
	a := &analysis.Analyzer{
		Name:             status.Name,
		Doc:              status.Doc,
		URL:              status.URL,
		Requires:         []*analysis.Analyzer{status, rts},
		ResultType:       reflect.TypeFor[*Result](),
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, status, rts) },
		RunDespiteErrors: true,
	}
	// The same flags, which write into the status analyzer's settings.
	status.Flags.VisitAll(func(f *flag.Flag) { a.Flags.Var(f.Value, f.Name, f.Usage) })
	return a
}

func run(pass *analysis.Pass, status, rts *analysis.Analyzer) (any, error) {
	found := pass.ResultOf[status].(*analyzer.Result)
	cat, err := found.Catalog()
	if err != nil {
		return nil, err
	}
	table := pass.ResultOf[rts].(*routes.Result)
	res := &Result{Routes: table.Routes, Mounts: table.Mounts, Checks: found.Checks}
	diags := found.Diagnostics(cat)
	if cat != nil && cat.OpenAPI != nil {
		res.OpenAPI = cat.OpenAPI
		res.Matches = MatchRoutes(cat.OpenAPI, table.Routes)
		diags = append(diags, check(pass, found, res)...)
		analyzer.SortDiagnostics(diags)
		// Two routes registered at one place (a call of another package's
		// registering function) can give the same finding: it is
		// reported once.
		diags = slices.CompactFunc(diags, func(a, b analysis.Diagnostic) bool {
			return a.Pos == b.Pos && a.End == b.End && a.Category == b.Category && a.Message == b.Message
		})
	}
	for _, d := range diags {
		pass.Report(d)
	}
	return res, nil
}

// check reports the routes the document does not have and, per route and
// operation, the codes written that the operation does not document while
// another operation does: a code that no operation documents is the
// status analyzer's undocumented finding, at the place it is written.
func check(pass *analysis.Pass, found *analyzer.Result, res *Result) []analysis.Diagnostic {
	doc := res.OpenAPI
	name := filepath.Base(doc.File)
	var diags []analysis.Diagnostic
	for _, m := range res.Matches {
		pos, end := m.Route.At()
		if !pos.IsValid() || m.Unchecked != "" || !found.Checks(pos) || m.Route.Unmounted != "" {
			// An unmounted router's routes are checked by httpstatus
			// routes -check, which sees whether another package mounts
			// it: one package alone cannot.
			continue
		}
		where := ""
		if written.ComparePosn(pass.Fset.Position(pos), m.Route.Posn) != 0 {
			where = "; the route is registered at " + written.ShortDir(m.Route.Posn)
		}
		if len(m.Ops) == 0 {
			diags = append(diags, diagnostic(pos, end, catRoute,
				fmt.Sprintf("route %s is not documented in %s%s", routeName(m.Route), name, where)))
			continue
		}
		for _, op := range m.Ops {
			d := Compare(op, m.Route.Codes)
			for _, w := range d.Undocumented {
				if !doc.Declares(w.Code) {
					continue
				}
				at := make([]string, len(w.Posns))
				for i, p := range w.Posns {
					at[i] = written.Short(p)
				}
				documented := strings.Join(op.Keys(), ", ")
				if documented == "" {
					documented = "nothing"
				}
				diags = append(diags, diagnostic(pos, end, catOperation,
					fmt.Sprintf("%s %s: status %d (written at %s) is not documented for this operation in %s (documented: %s)%s",
						op.Method, op.Path, w.Code, strings.Join(at, ", "), name, documented, where)))
			}
		}
	}
	return diags
}

func diagnostic(pos, end token.Pos, category, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: pos, End: end, Category: category, Message: msg,
		URL: analyzer.CategoryURL(category)}
}

// routeName is a route as a message names it: its method and path, or
// its path alone with "(every method)".
func routeName(r routes.Route) string {
	if r.Method == frameworks.AnyMethod {
		return r.Path + " (every method)"
	}
	return r.Method + " " + r.Path
}

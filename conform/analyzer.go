package conform

import (
	"cmp"
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

// New returns the httpstatus analyzer as the drivers run it: the checks
// of the status analyzer (analyzer.New(cfg)), whose findings it reports
// as its own, and the check of each route against its operation, on the
// route table of the routes analyzer. Its flags are the status
// analyzer's.
func New(cfg analyzer.Config) *analysis.Analyzer {
	status := analyzer.New(cfg)
	// The drivers say of an analyzer whose requirement failed only that
	// its prerequisites failed; the status analyzer's error (a broken
	// catalog, named by file and line) is this analyzer's to return.
	check := status.Run
	status.Run = func(pass *analysis.Pass) (any, error) {
		res, err := check(pass)
		if err != nil {
			return &analyzer.Result{Err: err}, nil
		}
		return res, nil
	}
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
	if found.Err != nil {
		return nil, found.Err
	}
	table := pass.ResultOf[rts].(*routes.Result)
	res := &Result{Routes: table.Routes, Checks: found.Checks}
	diags := slices.Clone(found.Diagnostics)
	if c := found.Catalog; c != nil && c.OpenAPI != nil {
		res.OpenAPI = c.OpenAPI
		res.Matches = MatchRoutes(c.OpenAPI, table.Routes)
		diags = append(diags, check(pass, found, res)...)
	}
	slices.SortStableFunc(diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Category, b.Category), cmp.Compare(a.Message, b.Message))
	})
	diags = slices.CompactFunc(diags, func(a, b analysis.Diagnostic) bool {
		return a.Pos == b.Pos && a.End == b.End && a.Category == b.Category && a.Message == b.Message
	})
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
		if !pos.IsValid() || m.Unchecked != "" || !found.Checks(pos) {
			continue
		}
		where := ""
		if written.ComparePosn(pass.Fset.Position(pos), m.Route.Posn) != 0 {
			where = "; the route is registered at " + shortDir(m.Route.Posn)
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
	if r.Method == anyMethod {
		return r.Path + " (every method)"
	}
	return r.Method + " " + r.Path
}

// shortDir is a position as "dir/file.go:line": a registration in
// another package, named by its directory too.
func shortDir(p token.Position) string {
	return filepath.Join(filepath.Base(filepath.Dir(p.Filename)), written.Short(p))
}

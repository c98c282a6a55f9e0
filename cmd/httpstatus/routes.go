package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/written"
	"github.com/httpstatuslint/httpstatus/routes"
)

// Exit codes of httpstatus routes.
const (
	routesOK      = 0 // the table is printed (it may be empty); with -check, no differences
	routesError   = 1 // a package did not load or type-check, or the analysis failed
	routesUsage   = 2 // bad flags or arguments
	routesDiffers = 3 // -check: the routes differ from their OpenAPI document
)

// routesLoadMode is what the checker needs: syntax and types of the
// packages and their dependencies, which are analyzed for their facts.
const routesLoadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// routesCmd prints the route table of the packages: each route's method,
// path, handler, and the codes the handler can write; with an OpenAPI
// catalog, how they differ from the operations the route serves, and the
// operations no route serves.
func routesCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("httpstatus routes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	a := conform.New(analyzer.Defaults())
	// The analyzer's own flags (-catalog, -literal, ...), which write
	// into this instance's configuration.
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	asJSON := fs.Bool("json", false, "print the routes as a JSON array")
	check := fs.Bool("check", false, "exit with status 3 when the routes differ from their OpenAPI document (for CI)")
	fix := fs.Bool("fix", false, "add to the OpenAPI document a response for each code written but not documented, and an operation for each route it lacks")
	showDiff := fs.Bool("diff", false, "with -fix, print the change as a unified diff and write nothing")
	var base baselineFlags // routesbaseline.go
	base.register(fs)
	format := formatTable // routesformat.go
	fs.Var(&format, "format", "print the routes as a `table` or as an `openapi` 3.1 document to start one from")
	usage := func() {
		fmt.Fprintln(stderr, "usage: httpstatus routes [-json | -format=openapi] [-check [-baseline=FILE]] [-write-baseline=FILE] [-fix [-diff]] [analyzer flags] [packages]")
		fmt.Fprintln(stderr, "Prints each route the packages register, its handler, and the status codes the handler can write;")
		fmt.Fprintln(stderr, "with an OpenAPI catalog, the codes each route's operations document, how the two differ,")
		fmt.Fprintln(stderr, "and the operations no route serves.")
		fmt.Fprintln(stderr, "Exit status: 0 the table is printed (with -check: and the routes agree with the document),")
		fmt.Fprintln(stderr, "1 a package or the analysis failed, or -check without an OpenAPI catalog, 2 bad usage,")
		fmt.Fprintln(stderr, "3 -check: a route, code or operation differs.")
		fmt.Fprintln(stderr, "-fix adds to the document the responses and operations the code has and it lacks, instead of the table;")
		fmt.Fprintln(stderr, "with -diff it prints the change as a unified diff and writes nothing.")
		fmt.Fprintln(stderr, "-write-baseline=FILE records the differences -check counts; -check -baseline=FILE fails only on those")
		fmt.Fprintln(stderr, "that FILE does not record, and warns of its entries that no longer differ.")
		fmt.Fprintln(stderr, "-format=openapi prints an OpenAPI 3.1 document of the routes and their codes, to start one from.")
		fs.PrintDefaults()
	}
	// The flag package prints a bad flag's error line, then calls Usage:
	// the error alone, with a pointer to -h, is easier to read than the
	// error above a page of usage. -h asks for the usage, and succeeds.
	fs.Usage = func() {}
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		usage()
		return routesOK
	case err != nil:
		fmt.Fprintln(stderr, "run 'httpstatus routes -h' for usage")
		return routesUsage
	}
	switch {
	case *showDiff && !*fix:
		fmt.Fprintln(stderr, "httpstatus routes: -diff shows what -fix would change: use it with -fix")
		fmt.Fprintln(stderr, "run 'httpstatus routes -h' for usage")
		return routesUsage
	case format == formatOpenAPI && (*asJSON || *check || *fix || base.write != ""):
		fmt.Fprintln(stderr, "httpstatus routes: -format=openapi prints a document of its own: use -json, -check, -fix and -write-baseline without it")
		fmt.Fprintln(stderr, "run 'httpstatus routes -h' for usage")
		return routesUsage
	case *fix && (*check || *asJSON || base.write != ""):
		fmt.Fprintln(stderr, "httpstatus routes: -fix edits the document: run -check, -json or -write-baseline after it, not with it")
		fmt.Fprintln(stderr, "run 'httpstatus routes -h' for usage")
		return routesUsage
	}
	if err := base.usageError(*check); err != nil {
		fmt.Fprintln(stderr, "httpstatus routes:", err)
		fmt.Fprintln(stderr, "run 'httpstatus routes -h' for usage")
		return routesUsage
	}
	recorded, err := base.load()
	if err != nil {
		fmt.Fprintln(stderr, "httpstatus routes:", err)
		return routesError
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}

	stop := progress(stderr)
	results, err := findRoutes(a, patterns)
	stop()
	if err != nil {
		fmt.Fprintln(stderr, "httpstatus routes:", err)
		return routesError
	}
	table := buildTable(results)
	if (*check || *fix || base.write != "") && !table.checked {
		fmt.Fprintln(stderr, "httpstatus routes: -check, -fix and -write-baseline compare the routes with an OpenAPI document, but the catalog is not one: name it with -catalog=FILE or with `openapi: FILE` in .httpstatus.yaml")
		return routesError
	}
	wd, _ := os.Getwd()
	if format == formatOpenAPI {
		return printOpenAPI(table, wd, stdout, stderr)
	}
	if *fix {
		return runFixes(planFixes(results, table), *showDiff, wd, stdout, stderr)
	}
	for i := range table.rows {
		relativize(&table.rows[i], wd)
	}
	if *asJSON {
		rows := table.rows
		if rows == nil {
			rows = []row{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintln(stderr, "httpstatus routes:", err)
			return routesError
		}
	} else if table.checked {
		printChecked(stdout, table.rows)
	} else {
		printRoutes(stdout, table.rows)
	}
	status := routesOK
	switch {
	case base.write != "":
		status = base.writeFile(table, stderr)
	case *check && base.read != "":
		status = base.check(table, recorded, stderr)
	case *check:
		if d := countDifferences(table); d.total() > 0 {
			fmt.Fprintln(stderr, "httpstatus routes:", d)
			status = routesDiffers
		}
	}
	for _, h := range table.hints {
		fmt.Fprintln(stderr, "httpstatus routes: hint:", h)
	}
	return status
}

// findRoutes loads the packages and runs the httpstatus analyzer on them:
// its result for each root package is the package's routes and, with an
// OpenAPI catalog, the operations they serve.
func findRoutes(a *analysis.Analyzer, patterns []string) ([]*conform.Result, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: routesLoadMode}, patterns...)
	if err != nil {
		return nil, err
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	// Report where an error arose, not each package that failed because
	// a dependency did; the analyzer's errors (a broken catalog) are the
	// same in every package.
	var failed []string
	for act := range graph.All() {
		if act.Err != nil && !slices.ContainsFunc(act.Deps, func(d *checker.Action) bool { return d.Err != nil }) {
			failed = append(failed, act.Err.Error())
		}
	}
	if len(failed) > 0 {
		slices.Sort(failed)
		return nil, errors.New(strings.Join(slices.Compact(failed), "\n"))
	}
	var results []*conform.Result
	for _, act := range graph.Roots {
		if res, ok := act.Result.(*conform.Result); ok {
			results = append(results, res)
		}
	}
	return results, nil
}

// relativize writes the positions under dir relative to it.
func relativize(x *row, dir string) {
	rel := func(p posn) posn { return posn(written.Relative(token.Position(p), dir)) }
	x.Posn = written.Relative(x.Posn, dir)
	x.HandlerPosn = written.Relative(x.HandlerPosn, dir)
	x.Impls = slices.Clone(x.Impls)
	for i := range x.Impls {
		x.Impls[i].Posn = written.Relative(x.Impls[i].Posn, dir)
	}
	x.Codes = slices.Clone(x.Codes)
	for i := range x.Codes {
		x.Codes[i].Posn = written.Relative(x.Codes[i].Posn, dir)
	}
	x.OpenAPI = written.Relative(token.Position{Filename: x.OpenAPI}, dir).Filename
	for i := range x.Operations {
		o := &x.Operations[i]
		o.Posn = rel(o.Posn)
		for j := range o.Undocumented {
			u := &o.Undocumented[j]
			u.Posns = slices.Clone(u.Posns)
			for k := range u.Posns {
				u.Posns[k] = rel(u.Posns[k])
			}
		}
	}
}

// printRoutes writes the table: a line per route, then a line per code
// it can write, with where it is written.
func printRoutes(w io.Writer, table []row) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METHOD\tPATH\tHANDLER\tCODES")
	for _, r := range table {
		path, handler := cells(r.Route)
		codes := []string{"-"}
		if len(r.Codes) > 0 {
			codes = nil
			for _, c := range r.Codes {
				codes = append(codes, code(c))
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Method, path, handler[0], codes[0])
		for i := 1; i < max(len(handler), len(codes)); i++ {
			fmt.Fprintf(tw, "\t\t%s\t%s\n", at(handler, i), at(codes, i))
		}
	}
	tw.Flush()
}

// cells are a route's path (with its host) and its handler's lines as
// the table shows them: the handler with where it is declared, then
// each method of the program's that it calls through an interface (a
// generated server's wrapper calls the implementation), with where that
// is declared.
func cells(r routes.Route) (path string, handler []string) {
	path, first := r.Path, r.Handler
	if r.Host != "" {
		path = r.Host + path
	}
	if r.HandlerPosn.IsValid() {
		first += " (" + written.Posn(r.HandlerPosn) + ")"
	}
	if r.Unmounted != "" {
		first += ", unmounted: from " + r.Unmounted + "()"
	}
	handler = []string{first}
	for _, m := range r.Impls {
		line := "calls " + m.Name
		if m.Posn.IsValid() {
			line += " (" + written.Posn(m.Posn) + ")"
		}
		handler = append(handler, line)
	}
	return path, handler
}

// code is a code and where it is written, as the table shows it.
func code(c written.Code) string {
	if !c.Known() {
		return "unknown " + written.Posn(c.Posn)
	}
	return fmt.Sprintf("%d %s", c.Code, written.Posn(c.Posn))
}

// progress shows, on a terminal, that a long run is still going; the
// returned function erases the line.
func progress(w io.Writer) (stop func()) {
	f, ok := w.(*os.File)
	if !ok {
		return func() {}
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		start := time.Now()
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		shown := false
		for {
			select {
			case <-done:
				if shown {
					fmt.Fprint(f, "\r\033[K")
				}
				return
			case <-tick.C:
				if time.Since(start) > time.Second {
					fmt.Fprintf(f, "\rhttpstatus routes: loading and analyzing packages (%ds)", int(time.Since(start).Seconds()))
					shown = true
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

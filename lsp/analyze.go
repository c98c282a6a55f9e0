package lsp

import (
	"cmp"
	"context"
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// loadMode is what the checker needs: syntax and types of the packages
// and of all their dependencies, since the analyzer runs on each of them
// for its wrapper facts.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// schedule analyzes the package in dir after the debounce delay, unless
// it is scheduled again before then; a run of it that is under way is
// cancelled. s.mu is held.
func (s *server) schedule(dir string) {
	d := s.dirs[dir]
	if d == nil {
		d = new(pkgRuns)
		s.dirs[dir] = d
	}
	d.gen++
	if d.cancel != nil {
		d.cancel()
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	ctx, cancel := context.WithCancel(s.ctx)
	gen := d.gen
	d.cancel = cancel
	d.timer = time.AfterFunc(s.debounce, func() { s.run(ctx, dir, gen) })
}

// snapshot is the open files as one run saw them.
type snapshot struct {
	docs    map[string]document // by file name; no findings
	overlay map[string][]byte   // every open file, for go/packages
}

func (s *server) snapshot() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := &snapshot{docs: make(map[string]document), overlay: make(map[string][]byte)}
	for path, doc := range s.docs {
		snap.docs[path] = document{uri: doc.uri, path: path, version: doc.version, text: doc.text}
		snap.overlay[path] = []byte(doc.text)
	}
	return snap
}

// result is what one run found.
type result struct {
	findings map[string][]finding // by file name, open files only
	errs     []string             // the analyzer's own errors, such as a broken catalog
}

// run analyzes the package in dir and publishes its findings, unless a
// newer run of it has been scheduled meanwhile.
func (s *server) run(ctx context.Context, dir string, gen uint64) {
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-s.sem }()
	if ctx.Err() != nil {
		return
	}
	snap := s.snapshot()
	start := time.Now()
	res := s.analyze(ctx, dir, snap)
	if ctx.Err() != nil {
		return
	}
	n := 0
	for _, fs := range res.findings {
		n += len(fs)
	}
	s.log.Printf("%s: %d findings in %v", dir, n, time.Since(start).Round(time.Millisecond))
	s.publish(dir, gen, snap, res)
}

// analyze loads the package in dir from the snapshot's buffers and the
// files on disk, and runs the analyzer on it. The test variants are
// loaded too when a _test.go file of the package is open: they cost a
// second type-check of the package, and the findings in its other files
// are the same in both.
func (s *server) analyze(ctx context.Context, dir string, snap *snapshot) (res *result) {
	res = &result{findings: make(map[string][]finding)}
	tests := false
	for path := range snap.docs {
		tests = tests || filepath.Dir(path) == dir && strings.HasSuffix(path, "_test.go")
	}
	cfg := &packages.Config{
		Mode:    loadMode,
		Context: ctx,
		Dir:     dir,
		Tests:   tests,
		Overlay: snap.overlay,
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		if ctx.Err() == nil {
			res.errs = append(res.errs, "loading packages: "+err.Error())
		}
		return res
	}
	var roots []*packages.Package
	for _, pkg := range pkgs {
		for _, e := range pkg.Errors {
			// Type errors are the compiler's to show; the others
			// (no go.mod, a missing module) go to the client's log.
			if e.Kind != packages.TypeError {
				s.log.Print(e)
			}
		}
		if strings.HasSuffix(pkg.ID, ".test") {
			continue // the generated test main
		}
		roots = append(roots, pkg)
	}
	if len(roots) == 0 || ctx.Err() != nil {
		return res
	}

	// Sequential, so that a panic in the analyzer happens on this
	// goroutine, where it is recovered, rather than ending the server.
	defer func() {
		if p := recover(); p != nil {
			res = &result{errs: []string{fmt.Sprintf("internal error analyzing %s: %v", dir, p)}}
		}
	}()
	// An analyzer with a new catalog cache, so that every run reads the
	// catalog afresh: the user may have edited it since the last one.
	acfg := s.cfg
	acfg.Catalogs = new(catalog.Cache)
	a := analyzer.New(acfg)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, roots, &checker.Options{Sequential: true})
	if err != nil {
		res.errs = append(res.errs, err.Error())
		return res
	}
	for act := range graph.All() {
		// Report where an error arose, not each package that failed
		// because a dependency did.
		if act.Err != nil && !slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			// Not prefixed with the package: the analyzer's errors are
			// about its catalog, the same for every package.
			res.errs = append(res.errs, act.Err.Error())
		}
	}
	slices.Sort(res.errs)
	res.errs = slices.Compact(res.errs)

	conv := converter{snap: snap, mappers: make(map[string]*mapper)}
	type key struct {
		file              string
		start, end        protocol.Position
		category, message string
	}
	seen := make(map[key]bool)
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			f, file, ok := conv.finding(act.Package, a, d)
			if !ok {
				continue
			}
			// A file of the package is in its test variant too.
			k := key{file, f.diag.Range.Start, f.diag.Range.End, d.Category, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			res.findings[file] = append(res.findings[file], f)
		}
	}
	for _, fs := range res.findings {
		slices.SortStableFunc(fs, func(a, b finding) int {
			return cmp.Or(
				cmp.Compare(a.diag.Range.Start.Line, b.diag.Range.Start.Line),
				cmp.Compare(a.diag.Range.Start.Character, b.diag.Range.Start.Character),
				strings.Compare(a.diag.Code, b.diag.Code))
		})
	}
	return res
}

// converter turns analysis diagnostics into protocol ones, for the files
// open in a snapshot, whose text is what was parsed.
type converter struct {
	snap    *snapshot
	mappers map[string]*mapper
}

func (c *converter) mapper(path string) *mapper {
	m := c.mappers[path]
	if m == nil {
		m = newMapper(c.snap.docs[path].text)
		c.mappers[path] = m
	}
	return m
}

// offsets returns the open file and byte offsets of the span from pos to
// end (which may be NoPos: an insertion). ok is false for a file that is
// not open, or not parsed from its open text.
func (c *converter) offsets(pkg *packages.Package, pos, end token.Pos) (path string, start, stop int, ok bool) {
	tf := pkg.Fset.File(pos)
	if tf == nil {
		return "", 0, 0, false
	}
	path = tf.Name()
	doc, open := c.snap.docs[path]
	if !open || tf.Size() != len(doc.text) {
		return "", 0, 0, false
	}
	start = tf.Offset(pos)
	stop = start
	if end.IsValid() && pkg.Fset.File(end) == tf {
		stop = max(start, tf.Offset(end))
	}
	return path, start, stop, true
}

// finding converts d, reported in pkg. A diagnostic in a file that was
// not parsed from its open text (a cgo file, compiled from a generated
// copy) is placed through its //line directives, and loses its fixes.
func (c *converter) finding(pkg *packages.Package, a *analysis.Analyzer, d analysis.Diagnostic) (f finding, path string, ok bool) {
	var rng protocol.Range
	path, start, stop, ok := c.offsets(pkg, d.Pos, d.End)
	if ok {
		rng = c.mapper(path).span(start, stop)
	} else {
		rng, path, ok = c.adjusted(pkg, d)
		if !ok {
			return finding{}, "", false
		}
	}
	url := d.URL
	if url == "" {
		url = a.URL
	}
	f.diag = protocol.Diagnostic{
		Range:    rng,
		Severity: protocol.SeverityWarning,
		Code:     d.Category,
		Source:   a.Name,
		Message:  d.Message,
	}
	if url != "" {
		f.diag.CodeDescription = &protocol.CodeDescription{Href: url}
	}
fixes:
	for _, sf := range d.SuggestedFixes {
		fx := fix{title: sf.Message, edits: make(map[string][]protocol.TextEdit)}
		for _, e := range sf.TextEdits {
			file, start, stop, ok := c.offsets(pkg, e.Pos, e.End)
			if !ok {
				continue fixes // an edit in a file that is not open
			}
			uri := c.snap.docs[file].uri
			fx.edits[uri] = append(fx.edits[uri], protocol.TextEdit{
				Range:   c.mapper(file).span(start, stop),
				NewText: string(e.NewText),
			})
		}
		if len(fx.edits) > 0 {
			f.fixes = append(f.fixes, fx)
		}
	}
	return f, path, true
}

// adjusted places d through the //line directives of its file, in an
// open file whose text has that line.
func (c *converter) adjusted(pkg *packages.Package, d analysis.Diagnostic) (protocol.Range, string, bool) {
	start := pkg.Fset.PositionFor(d.Pos, true)
	path := filepath.Clean(start.Filename)
	if _, open := c.snap.docs[path]; !open || start.Line < 1 {
		return protocol.Range{}, "", false
	}
	m := c.mapper(path)
	if start.Line > len(m.lines) {
		return protocol.Range{}, "", false
	}
	offset := func(line, col int) int { return m.lines[line-1] + max(col-1, 0) }
	from := offset(start.Line, start.Column)
	to := from
	if d.End.IsValid() {
		if end := pkg.Fset.PositionFor(d.End, true); filepath.Clean(end.Filename) == path && end.Line >= start.Line && end.Line <= len(m.lines) {
			to = max(from, offset(end.Line, end.Column))
		}
	}
	return m.span(from, to), path, true
}

// publish sends the findings of a run for every file of its package that
// is open, an empty list clearing what a file showed, and shows the
// analyzer's errors that are not on screen yet. A run that a newer one
// has superseded publishes nothing.
func (s *server) publish(dir string, gen uint64, snap *snapshot, res *result) {
	s.publishMu.Lock()
	defer s.publishMu.Unlock()

	s.mu.Lock()
	if d := s.dirs[dir]; s.shutdown || d == nil || d.gen != gen {
		s.mu.Unlock()
		return
	}
	var params []protocol.PublishDiagnosticsParams
	for _, path := range slices.Sorted(maps.Keys(s.docs)) {
		doc := s.docs[path]
		seen, ok := snap.docs[path]
		if filepath.Dir(path) != dir || !ok || seen.version != doc.version {
			continue
		}
		doc.analyzed = seen.version
		doc.findings = res.findings[path]
		diags := []protocol.Diagnostic{}
		for _, f := range doc.findings {
			diags = append(diags, f.diag)
		}
		version := doc.version
		params = append(params, protocol.PublishDiagnosticsParams{URI: doc.uri, Version: &version, Diagnostics: diags})
	}
	var show []string
	for msg, dirs := range s.shown {
		if !slices.Contains(res.errs, msg) {
			delete(dirs, dir)
			if len(dirs) == 0 {
				delete(s.shown, msg)
			}
		}
	}
	for _, msg := range res.errs {
		if s.shown[msg] == nil {
			s.shown[msg] = make(map[string]bool)
			show = append(show, msg)
		}
		s.shown[msg][dir] = true
	}
	s.mu.Unlock()

	for _, p := range params {
		s.send(s.conn.Notify("textDocument/publishDiagnostics", p))
	}
	for _, msg := range show {
		s.log.Print(msg)
		s.send(s.conn.Notify("window/showMessage", protocol.ShowMessageParams{
			Type:    protocol.MessageError,
			Message: analyzer.Analyzer.Name + ": " + msg,
		}))
	}
}

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

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// schedule analyzes the package in dir after delay, unless it is
// scheduled again before then; a run of it that is under way is
// cancelled. s.mu is held.
func (s *server) schedule(dir string, delay time.Duration) {
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
	d.timer = time.AfterFunc(delay, func() { s.run(ctx, dir, gen) })
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
	// provisional results (go vet's, vet.go) are shown until the run's
	// own come, never after them.
	provisional bool
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
	if !s.drv.warm() {
		// The driver keeps nothing yet, and its first check may take
		// seconds: go vet may answer sooner from its cache. It runs to
		// the end even when the driver is first, so that the cache
		// answers for the next session; a newer run cancels it. The
		// driver waits for it a little: both want the cores.
		vetted := make(chan struct{})
		go func() {
			defer close(vetted)
			res, err := s.vet(ctx, dir, snap)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				s.log.Print(err)
				return
			}
			s.log.Printf("%s: go vet: %d findings in %v", dir, count(res), time.Since(start).Round(time.Millisecond))
			s.publish(dir, gen, snap, res)
		}()
		select {
		case <-vetted:
		case <-time.After(vetHeadStart):
		case <-ctx.Done():
			return
		}
	}
	res := s.analyze(ctx, dir, snap)
	if ctx.Err() != nil {
		return
	}
	s.log.Printf("%s: %d findings in %v", dir, count(res), time.Since(start).Round(time.Millisecond))
	s.publish(dir, gen, snap, res)
}

func count(res *result) int {
	n := 0
	for _, fs := range res.findings {
		n += len(fs)
	}
	return n
}

// analyze checks the package in dir with the snapshot's buffers and
// the files on disk, re-checking only what changed since the last run
// (driver.go). The test variants are checked too when a _test.go file of
// the package is open: they cost a second type-check of the package, and
// the findings in its other files are the same in both.
func (s *server) analyze(ctx context.Context, dir string, snap *snapshot) (res *result) {
	res = &result{findings: make(map[string][]finding)}
	tests := false
	for path := range snap.docs {
		tests = tests || filepath.Dir(path) == dir && strings.HasSuffix(path, "_test.go")
	}
	// The driver runs the analyzer on this goroutine, where a panic is
	// recovered rather than ending the server; what the driver kept may
	// be half updated, so it starts afresh.
	defer func() {
		if p := recover(); p != nil {
			s.drv.reset()
			res = &result{errs: []string{fmt.Sprintf("internal error analyzing %s: %v", dir, p)}}
		}
	}()
	// An analyzer with a new catalog cache, so that every run reads the
	// catalog afresh: the user may have edited it since the last one.
	acfg := s.cfg
	acfg.Catalogs = new(catalog.Cache)
	a := conform.New(acfg)
	roots, err := s.drv.analyze(ctx, a, dir, tests, snap.overlay, s.log.Printf)
	if err != nil {
		if ctx.Err() == nil {
			res.errs = append(res.errs, err.Error())
		}
		return res
	}
	for _, r := range roots {
		if r.err != nil {
			// Not prefixed with the package: the analyzer's errors are
			// about its catalog, the same for every package.
			res.errs = append(res.errs, r.err.Error())
		}
	}
	slices.Sort(res.errs)
	res.errs = slices.Compact(res.errs)

	conv := converter{snap: snap, fset: s.drv.fset, mappers: make(map[string]*mapper)}
	type key struct {
		file              string
		start, end        protocol.Position
		category, message string
	}
	seen := make(map[key]bool)
	for _, r := range roots {
		for _, d := range r.diagnostics {
			f, file, ok := conv.finding(a, d)
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
	sortFindings(res)
	return res
}

// sortFindings puts each file's findings in position order, and the
// edits of each fix too (go vet prints them so, the analyzer reports
// them as it makes them).
func sortFindings(res *result) {
	for _, fs := range res.findings {
		for _, f := range fs {
			for _, fx := range f.fixes {
				for _, edits := range fx.edits {
					slices.SortStableFunc(edits, func(a, b protocol.TextEdit) int {
						return cmp.Or(
							cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
							cmp.Compare(a.Range.Start.Character, b.Range.Start.Character))
					})
				}
			}
		}
		slices.SortStableFunc(fs, func(a, b finding) int {
			return cmp.Or(
				cmp.Compare(a.diag.Range.Start.Line, b.diag.Range.Start.Line),
				cmp.Compare(a.diag.Range.Start.Character, b.diag.Range.Start.Character),
				strings.Compare(a.diag.Code, b.diag.Code))
		})
	}
}

// converter turns analysis diagnostics into protocol ones, for the files
// open in a snapshot, whose text is what was parsed.
type converter struct {
	snap    *snapshot
	fset    *token.FileSet
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
func (c *converter) offsets(pos, end token.Pos) (path string, start, stop int, ok bool) {
	tf := c.fset.File(pos)
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
	if end.IsValid() && c.fset.File(end) == tf {
		stop = max(start, tf.Offset(end))
	}
	return path, start, stop, true
}

// finding converts d. A diagnostic in a file that was
// not parsed from its open text (a cgo file, compiled from a generated
// copy) is placed through its //line directives, and loses its fixes.
func (c *converter) finding(a *analysis.Analyzer, d analysis.Diagnostic) (f finding, path string, ok bool) {
	var rng protocol.Range
	path, start, stop, ok := c.offsets(d.Pos, d.End)
	if ok {
		rng = c.mapper(path).span(start, stop)
	} else {
		rng, path, ok = c.adjusted(d)
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
			file, start, stop, ok := c.offsets(e.Pos, e.End)
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
func (c *converter) adjusted(d analysis.Diagnostic) (protocol.Range, string, bool) {
	start := c.fset.PositionFor(d.Pos, true)
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
		if end := c.fset.PositionFor(d.End, true); filepath.Clean(end.Filename) == path && end.Line >= start.Line && end.Line <= len(m.lines) {
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
	d := s.dirs[dir]
	if s.shutdown || d == nil || d.gen != gen || res.provisional && d.final == gen {
		s.mu.Unlock()
		return
	}
	if !res.provisional {
		d.final = gen
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

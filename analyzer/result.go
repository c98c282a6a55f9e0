package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/catalog"
)

// Result is what the analyzer returns for a package: its findings, to be
// decided against the catalog, and each place where a status is set,
// whatever the checks found there, for analyzers that build on it (the
// route table, the check per operation). A package that reaches no sink
// package sets no status and returns an empty Result. The writes are put
// together on the first call of Writes, so that a run nobody asks (go
// vet) pays only for a list.
type Result struct {
	cfg *Config
	dir string // where catalog discovery starts; "" in a package without files

	files      *files                // where findings are silenced
	diags      []analysis.Diagnostic // the literal and invalid findings
	candidates []candidate           // the undocumented check's

	info *types.Info
	raw  []rawWrite

	once   sync.Once
	writes []Write
}

// rawWrite is a status expression and the sources the flow found for it.
type rawWrite struct {
	e    ast.Expr
	srcs []source
}

// Catalog returns the catalog that applies to the package: the one the
// settings name, else the one discovery finds, else the embedded default.
// It is nil when the undocumented check is off, and so is every check
// against a catalog; an error names the catalog's file and line. The
// analyzer that reports returns the error as its own, so that the drivers
// print it. The settings' Cache loads each catalog once per process.
func (r *Result) Catalog() (*catalog.Catalog, error) {
	if r.cfg == nil || !r.cfg.Undocumented || r.dir == "" {
		return nil, nil
	}
	return r.cfg.Catalogs.Select(r.cfg.Catalog, r.cfg.Documented, r.dir)
}

// Diagnostics returns the findings of the status checks in the order they
// are reported: the literal and invalid findings, and the undocumented
// finding of each code that catalog cat lacks (none when cat is nil).
func (r *Result) Diagnostics(cat *catalog.Catalog) []analysis.Diagnostic {
	diags := slices.Clone(r.diags)
	if cat != nil {
		for _, c := range r.candidates {
			if !cat.Has(c.code) {
				diags = append(diags, c.diagnostic(cat))
			}
		}
	}
	SortDiagnostics(diags)
	return diags
}

// Checks reports whether a finding against the catalog at pos is
// reported: the undocumented check is on, and pos is not in a generated
// file, not on a line that suppresses findings, and in a _test.go file
// only with -test-undocumented.
func (r *Result) Checks(pos token.Pos) bool {
	if r.files == nil || !r.cfg.Undocumented || r.files.silenced(pos) {
		return false
	}
	return !r.files.of(pos).test || r.cfg.TestUndocumented
}

// Writes returns the package's status writes in position order of their
// Status expressions.
func (r *Result) Writes() []Write {
	r.once.Do(func() {
		for _, w := range r.raw {
			r.writes = append(r.writes, r.write(w.e, w.srcs))
		}
		slices.SortStableFunc(r.writes, func(a, b Write) int { return cmpPos(a.Status.Pos(), b.Status.Pos()) })
		r.raw = nil
	})
	return r.writes
}

// WritesIn returns the status writes inside n, a function's body or any
// other node, in position order: what that function (with the function
// literals inside it) writes.
func (r *Result) WritesIn(n ast.Node) []Write {
	ws := r.Writes()
	lo, _ := slices.BinarySearchFunc(ws, n.Pos(), func(w Write, pos token.Pos) int { return cmpPos(w.Status.Pos(), pos) })
	hi := lo
	for hi < len(ws) && ws[hi].Status.End() <= n.End() {
		hi++
	}
	return ws[lo:hi]
}

// A Write is an expression that becomes the status of a response: the
// status argument of a sink, of a wrapper of another package, or of a
// wrapper of this package.
type Write struct {
	Status ast.Expr
	// Codes are the constants the value can come from, each where it is
	// written (a constant assigned to a local variable is found at the
	// assignment).
	Codes []Code
	// Forwarded: the value (also) comes from a parameter of the enclosing
	// function, a wrapper; the callers' own Writes carry those codes.
	Forwarded bool
}

// Unknown reports whether no value of the write is known: neither a
// constant nor a parameter (a value computed at run time, from input).
func (w Write) Unknown() bool { return len(w.Codes) == 0 && !w.Forwarded }

// A Code is a constant status and the expression that writes it.
type Code struct {
	Value int64
	Expr  ast.Expr
}

// record notes a value that reaches a sink of kind k.
func (r *run) record(e ast.Expr, k kind, srcs []source) {
	if k&sets != 0 {
		r.result.raw = append(r.result.raw, rawWrite{e, srcs})
	}
}

func (r *Result) write(e ast.Expr, srcs []source) Write {
	w := Write{Status: e}
	for _, s := range srcs {
		switch s.from {
		case fromConst:
			if v := constant.ToInt(r.info.Types[s.expr].Value); v.Kind() == constant.Int {
				if code, exact := constant.Int64Val(v); exact {
					w.Codes = append(w.Codes, Code{code, s.expr})
				}
			}
		case fromImported:
			// A status function of another package: its codes come in
			// at the call.
			for _, c := range s.fact.Codes {
				w.Codes = append(w.Codes, Code{int64(c.Written.Code), s.call})
			}
		case fromAnswered:
			for _, c := range s.answered {
				w.Codes = append(w.Codes, Code{int64(c.code.Code), s.expr})
			}
		case fromSlot:
			// After expand, only parameters are left among the slots.
			if s.slot.isParam() {
				w.Forwarded = true
			}
		}
	}
	return w
}

// expand replaces, in srcs, the results and fields of this package by
// the sources that flow into them, now that every body has been walked:
// a write of statusOf(err) writes the codes statusOf returns.
func (fl *flow) expand(srcs []source, seen map[slot]bool, out []source) []source {
	for _, s := range srcs {
		if s.from == fromMethod {
			out = append(out, answeredSource(s.call, fl.methodCodes(s.call)))
			continue
		}
		if s.from != fromSlot || s.slot.isParam() {
			out = append(out, s)
			continue
		}
		if s.slot.field != nil && s.expr != nil {
			// What other packages store into the field comes in at the
			// read; what this package stores, below.
			out = append(out, answeredSource(s.expr, fl.storedIn(s.slot.field)))
		}
		if seen[s.slot] {
			continue
		}
		if seen == nil {
			seen = make(map[slot]bool)
		}
		seen[s.slot] = true
		if st := fl.lookup(s.slot); st != nil {
			out = fl.expand(st.in, seen, out)
		}
	}
	return out
}

// answeredSource is a source of the codes that e, a read of a status
// field or a call of a status method, brings in from other packages, each
// code once.
func answeredSource(e ast.Expr, codes []answered) source {
	var once []answered
	for _, c := range codes {
		if !slices.ContainsFunc(once, func(o answered) bool { return o.code.Code == c.code.Code }) {
			once = append(once, c)
		}
	}
	return source{from: fromAnswered, expr: e, answered: once}
}

// finishResult adds the local wrappers' writes, now that every wrapper is
// known.
func (r *run) finishResult() *Result {
	// The Result keeps only what it needs of the run, so that the flow
	// state is garbage once the pass is over: a large package's flow
	// holds tens of megabytes, and the Result lives as long as the
	// process.
	r.result.info = r.pass.TypesInfo
	r.result.files = r.files
	r.result.diags = r.diags
	r.result.candidates = r.candidates
	// An argument passed to a parameter of this package that sets a
	// status is a write, now that every such parameter is known.
	for _, st := range r.flow.order {
		if st.slot.isParam() && st.kind&sets != 0 {
			for _, arg := range st.args {
				r.result.raw = append(r.result.raw, rawWrite{arg, r.flow.sources(arg, nil, nil)})
			}
		}
	}
	for i, w := range r.result.raw {
		r.result.raw[i].srcs = r.flow.expand(w.srcs, nil, nil)
	}
	return r.result
}

func cmpPos(a, b token.Pos) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

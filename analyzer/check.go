package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// Diagnostic categories, one per kind of finding.
const (
	catLiteral      = "literal"
	catUndocumented = "undocumented"
	catInvalid      = "invalid"
)

type reportKey struct {
	pos      token.Pos
	category string
	code     int64 // a call that brings several codes in reports each
}

// check reports the findings for the constant expression e that reaches a
// sink of kind k. consts names the framework package whose constants the
// literal fix prefers ("" for net/http's).
func (r *run) check(e ast.Expr, k kind, consts string) {
	fi := r.fileOf(e.Pos())
	if fi == nil || fi.generated || fi.ignored[r.pass.Fset.Position(e.Pos()).Line] {
		return
	}
	v := constant.ToInt(r.pass.TypesInfo.Types[e].Value)
	if v.Kind() != constant.Int {
		return // a string or bool where a code belongs: a type error, not ours
	}
	code, exact := constant.Int64Val(v)
	if !exact || code < catalog.MinCode || code > catalog.MaxCode {
		if code == -1 && exact && k&strict == 0 {
			return // gin's "keep the status set so far" (frameworks.Sink.Keep)
		}
		if r.cfg.Invalid {
			r.report(e, code, catInvalid, fmt.Sprintf("invalid HTTP status code %s: status codes are three digits, %d to %d", v.ExactString(), catalog.MinCode, catalog.MaxCode), nil)
		}
		return // an invalid code gets no other finding
	}
	if r.cfg.Literal {
		if lit := literal(r.pass, e); lit != nil {
			if name, ok := statusName(code); ok {
				r.reportLiteral(fi, lit, code, name, consts)
			}
		}
	}
	if k&sets != 0 && r.cfg.Undocumented && (!fi.test || r.cfg.TestUndocumented) && !r.catalog.Has(int(code)) {
		named := ""
		if name, ok := statusName(code); ok {
			named = " (" + name + ")"
		}
		r.report(e, code, catUndocumented, fmt.Sprintf("status %d%s is not documented in catalog %q", code, named, r.catalog.Name), nil)
	}
}

// checkImported checks the codes that call, to a status function of
// another package, brings into a sink of kind k. The literal and invalid
// checks belong to the package that writes the constants; the catalog
// belongs to the one that writes the status, so the undocumented finding
// lands here, at the call, naming where the code comes from, unless the
// package that writes the code already checked it (returnedCode.Checked).
func (r *run) checkImported(call *ast.CallExpr, callee *types.Func, f *isStatusFunc, k kind) {
	if k&sets == 0 || !r.cfg.Undocumented {
		return
	}
	fi := r.fileOf(call.Pos())
	if fi == nil || fi.generated || fi.ignored[r.pass.Fset.Position(call.Pos()).Line] || (fi.test && !r.cfg.TestUndocumented) {
		return
	}
	for _, c := range f.Codes {
		code := c.Written.Code
		if c.Checked || code < catalog.MinCode || code > catalog.MaxCode || r.catalog.Has(code) {
			continue // an invalid code is reported where it is written
		}
		named := ""
		if name, ok := statusName(int64(code)); ok {
			named = " (" + name + ")"
		}
		r.report(call, int64(code), catUndocumented, fmt.Sprintf("status %d%s, returned by %s at %s, is not documented in catalog %q",
			code, named, funcName(callee), written.Short(c.Written.Posn), r.catalog.Name), nil)
	}
}

// funcName is how a message names a function of another package:
// errs.HTTPStatus, or errs.APIError.Status for a method.
func funcName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// report records one diagnostic, once per position, category and code: a
// local variable that reaches two sinks is reported at its constant once.
// The diagnostics go out in position order when the pass ends (flush).
func (r *run) report(e ast.Expr, code int64, category, msg string, fixes []analysis.SuggestedFix) {
	key := reportKey{e.Pos(), category, code}
	if r.reported[key] {
		return
	}
	r.reported[key] = true
	r.diags = append(r.diags, analysis.Diagnostic{
		Pos:            e.Pos(),
		End:            e.End(),
		Category:       category,
		Message:        msg,
		URL:            repo + "#" + category,
		SuggestedFixes: fixes,
	})
}

// flush reports the diagnostics in position order: the walk finds some of
// them only once every wrapper is known, in no particular order.
func (r *run) flush() {
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Category, b.Category), cmp.Compare(a.Message, b.Message))
	})
	for _, d := range r.diags {
		r.pass.Report(d)
	}
}

// literal returns the part of e written as integer literals, looking
// through parentheses and conversions (Code(404) gives 404), or nil when
// e names a constant. 0x194 and 400+4 are literals too.
func literal(pass *analysis.Pass, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !pass.TypesInfo.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	if onlyLiterals(e) {
		return e
	}
	return nil
}

func onlyLiterals(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT || e.Kind == token.FLOAT
	case *ast.ParenExpr:
		return onlyLiterals(e.X)
	case *ast.UnaryExpr:
		return onlyLiterals(e.X)
	case *ast.BinaryExpr:
		return onlyLiterals(e.X) && onlyLiterals(e.Y)
	}
	return false
}

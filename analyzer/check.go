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

// check decides the findings for the constant expression e that reaches a
// sink of kind k. consts names the framework package whose constants the
// literal fix prefers ("" for net/http's).
func (r *run) check(e ast.Expr, k kind, consts string) {
	if r.files.silenced(e.Pos()) {
		return
	}
	fi := r.files.of(e.Pos())
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
	if k&sets != 0 && r.cfg.Undocumented && (!fi.test || r.cfg.TestUndocumented) {
		r.undocumented(e, int(code), "")
	}
}

// checkImported checks the codes that call, to a status function of
// another package, brings into a sink of kind k. The literal and invalid
// checks belong to the package that writes the constants; the catalog
// belongs to the one that writes the status, so the undocumented finding
// lands here, at the call, naming where the code comes from, unless the
// package that writes the code already checked it (returnedCode.Checked).
// An invalid code lands here too when its package took it for no status
// (returnedCode.Quiet: return u, 0, nil), as it would have landed at the
// constant had this call been in that package.
func (r *run) checkImported(call *ast.CallExpr, callee *types.Func, f *isStatusFunc, k kind) {
	if r.files.silenced(call.Pos()) {
		return
	}
	undocumented := k&sets != 0 && r.cfg.Undocumented && (!r.files.of(call.Pos()).test || r.cfg.TestUndocumented)
	for _, c := range f.Codes {
		code := c.Written.Code
		from := fmt.Sprintf("returned by %s at %s", funcName(callee), written.Short(c.Written.Posn))
		if code < catalog.MinCode || code > catalog.MaxCode {
			// Reported where it is written, unless it was quiet there.
			if c.Quiet && r.cfg.Invalid && (code != -1 || k&strict != 0) {
				r.report(call, int64(code), catInvalid, fmt.Sprintf("invalid HTTP status code %d, %s: status codes are three digits, %d to %d", code, from, catalog.MinCode, catalog.MaxCode), nil)
			}
			continue
		}
		if undocumented && !c.Checked {
			r.undocumented(call, code, ", "+from+",")
		}
	}
}

// A candidate is a code that the undocumented check looks up in the
// catalog: the finding is reported at e if the catalog lacks the code.
// The catalog is not the status analyzer's to load (see Result.Catalog),
// so the lookup waits for Result.Diagnostics.
type candidate struct {
	e    ast.Expr
	code int
	// via says where a code that comes in from another package is
	// written: ", returned by errs.Status at errs.go:26,".
	via string
}

// undocumented records a candidate for the undocumented check, once per
// position and code.
func (r *run) undocumented(e ast.Expr, code int, via string) {
	key := reportKey{e.Pos(), catUndocumented, int64(code)}
	if r.reported[key] {
		return
	}
	r.reported[key] = true
	r.candidates = append(r.candidates, candidate{e, code, via})
}

// diagnostic is the candidate's finding against catalog cat.
func (c candidate) diagnostic(cat *catalog.Catalog) analysis.Diagnostic {
	named := ""
	if name, ok := statusName(int64(c.code)); ok {
		named = " (" + name + ")"
	}
	return analysis.Diagnostic{
		Pos:      c.e.Pos(),
		End:      c.e.End(),
		Category: catUndocumented,
		Message:  fmt.Sprintf("status %d%s%s is not documented in catalog %q", c.code, named, c.via, cat.Name),
		URL:      CategoryURL(catUndocumented),
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
// The diagnostics go out in position order (sortDiagnostics).
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
		URL:            CategoryURL(category),
		SuggestedFixes: fixes,
	})
}

// SortDiagnostics puts diagnostics in the order they are reported: by
// position, then category and message, so that findings the flow comes
// upon in no particular order come out the same on every run.
func SortDiagnostics(diags []analysis.Diagnostic) {
	slices.SortStableFunc(diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Category, b.Category), cmp.Compare(a.Message, b.Message))
	})
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

package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds where a value comes from: a constant, a slot (a
// parameter, a result of a function of this package, a field), or the
// result of a status function of another package. A local variable is
// traced to the values assigned to it, filtered by the guards that hold
// where it is used.

// A source is where a value reaching a slot or a sink comes from; from
// says which of the fields below hold it.
type source struct {
	from origin
	expr ast.Expr      // fromConst: the constant expression
	slot slot          // fromSlot: the parameter, result or field
	call *ast.CallExpr // fromImported, fromMethod: the call
	fact *isStatusFunc // fromImported: the callee's fact, with the codes it returns
	// answered, of a fromAnswered source, are the codes that other
	// packages store into a status field or return from status methods.
	answered []answered
	// guard, of a fromSlot source, is what the value satisfies where it
	// is used (if code != 0 { w.WriteHeader(code) }).
	guard []cond
}

// An origin is the kind of a source.
type origin uint8

const (
	// fromConst: a constant expression, checked where it is written.
	fromConst origin = iota + 1
	// fromSlot: a parameter, a result of a function of this package, or
	// a field, whose own sources are found through the slot's state.
	fromSlot
	// fromImported: a call of another package's status function, whose
	// fact lists the codes it returns.
	fromImported
	// fromMethod: a call of a status method through an interface, which
	// returns what the types that implement the interface return
	// (stored.go). expr, of a fromSlot source that is a field, is the
	// read of the field.
	fromMethod
	// fromAnswered: the codes that expr, a read of a status field or a
	// call of a status method through an interface, brings in from
	// other packages, for the Result's writes (expand).
	fromAnswered
)

func constSource(e ast.Expr) source { return source{from: fromConst, expr: e} }

func slotSource(s slot, guard []cond) source { return source{from: fromSlot, slot: s, guard: guard} }

func importedSource(call *ast.CallExpr, f *isStatusFunc) source {
	return source{from: fromImported, call: call, fact: f}
}

// A cond holds for a value: value op c.
type cond struct {
	op token.Token
	c  constant.Value
}

// An assign is a value assigned to a local variable: rhs, or result idx
// of the call rhs when idx >= 0 (code, err := statusOf(x)), by the
// statement at pos, which tells the guards that hold for it.
type assign struct {
	rhs ast.Expr
	idx int
	pos token.Pos
	lhs []ast.Expr // of a call's results: every variable assigned
}

// sources appends to out where the value of e comes from.
func (fl *flow) sources(e ast.Expr, seen map[*types.Var]bool, out []source) []source {
	info := fl.r.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return append(out, constSource(e))
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			return fl.varSources(v, e.Pos(), seen, out)
		}
	case *ast.SelectorExpr:
		if v := fl.fieldOf(e); v != nil {
			src := slotSource(slot{field: v}, nil)
			src.expr = e // the read, where the codes other packages store there are checked
			return append(out, src)
		}
	case *ast.CallExpr:
		// A conversion, int(code) or Code(status), passes its operand on.
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return fl.sources(e.Args[0], seen, out)
		}
		return fl.resultSources(e, 0, out, sideAny)
	}
	return out
}

// varSources appends the sources of variable v used at pos: a parameter
// is a slot source, and a local variable (a parameter too) is traced to
// the values assigned to it. The guards at pos filter each value by where
// it is assigned (condsFor).
func (fl *flow) varSources(v *types.Var, pos token.Pos, seen map[*types.Var]bool, out []source) []source {
	fn, hits := fl.guardsAt(v, pos)
	p, isParam := fl.params[v]
	if isParam {
		// The value the caller passed, unless an if before pos replaced it.
		out = append(out, slotSource(p, condsFor(fn, hits, v, token.NoPos, pos)))
	}
	if !fl.isLocal(v) || seen[v] {
		return out
	}
	if seen == nil {
		seen = make(map[*types.Var]bool)
	}
	seen[v] = true
	as := fl.assigned(v)
	gone := fl.overwritten(v, as, pos)
	for _, a := range as {
		if gone[a.pos] {
			continue // replaced before pos on every path
		}
		start := len(out)
		if a.idx < 0 {
			out = fl.sources(a.rhs, seen, out)
		} else if call, ok := a.rhs.(*ast.CallExpr); ok {
			out = fl.resultSources(call, a.idx, out, fl.useSide(call, a, pos))
		}
		if len(hits) == 0 {
			continue
		}
		if g := condsFor(fn, hits, v, a.pos, pos); len(g) > 0 {
			kept := out[:start]
			for _, s := range out[start:] {
				switch s.from {
				case fromConst:
					if !fl.satisfies(s.expr, g) {
						continue
					}
				case fromSlot:
					s.guard = append(append([]cond(nil), s.guard...), g...)
				case fromImported:
					s.fact = s.fact.meeting(g)
				}
				kept = append(kept, s)
			}
			out = kept
		}
	}
	return out
}

// resultSources appends the source of result idx of call: a result slot
// of a function of this package, or the codes of a status function of
// another package. side is which error the use sees (errside.go).
func (fl *flow) resultSources(call *ast.CallExpr, idx int, out []source, side errSide) []source {
	fn, ok := typeutil.Callee(fl.r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return out // function values: not followed
	}
	fn = fn.Origin()
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		// sc.StatusCode() on an interface: what the types that implement
		// it return. Other interface methods are not followed.
		if idx == 0 && isStatusMethod(fn) {
			out = append(out, source{from: fromMethod, call: call})
		}
		return out
	}
	if fn.Pkg() == fl.r.pass.Pkg {
		if callee := fl.byObj[fn]; callee != nil && callee.intResult(idx) {
			s := resultSlot(callee, idx)
			if side != sideAny && errResult(callee.sig) >= 0 {
				s = sideSlot(callee, idx, side)
			}
			out = append(out, slotSource(s, nil))
		}
		return out
	}
	if f := fl.importedFunc(fn); f != nil && f.Result == idx {
		out = append(out, importedSource(call, f.onSide(side)))
	}
	return out
}

// fieldOf returns the integer field that sel selects (its origin, for a
// field of a generic type), or nil. The client fields of the table
// table are not status fields: they hold codes other services sent.
func (fl *flow) fieldOf(sel *ast.SelectorExpr) *types.Var {
	s := fl.r.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, ok := s.Obj().(*types.Var)
	if !ok {
		return nil
	}
	return fl.statusCandidate(v)
}

// isLocal reports whether v is a variable declared inside a function.
func (fl *flow) isLocal(v *types.Var) bool {
	return !v.IsField() && v.Parent() != nil && v.Parent() != fl.r.pass.Pkg.Scope() && v.Pkg() == fl.r.pass.Pkg
}

// assigned returns the values assigned to the local variable v.
func (fl *flow) assigned(v *types.Var) []assign {
	if fl.assigns == nil {
		fl.assigns = make(map[*types.Var][]assign)
		info := fl.r.pass.TypesInfo
		var at token.Pos // the statement being read
		var lhs []ast.Expr
		add := func(id *ast.Ident, rhs ast.Expr, idx int) {
			if lv, ok := info.ObjectOf(id).(*types.Var); ok && fl.isLocal(lv) {
				a := assign{rhs, idx, at, nil}
				if idx >= 0 {
					a.lhs = lhs
				}
				fl.assigns[lv] = append(fl.assigns[lv], a)
			}
		}
		for n := range fl.r.inspect.PreorderSeq((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			at = n.Pos()
			var rhs []ast.Expr
			lhs = nil
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
					continue // op-assignments carry no constant
				}
				lhs, rhs = n.Lhs, n.Rhs
			case *ast.ValueSpec:
				rhs = n.Values
				for _, id := range n.Names {
					lhs = append(lhs, id)
				}
			}
			switch {
			case len(lhs) == len(rhs):
				for i, l := range lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						add(id, rhs[i], -1)
					}
				}
			case len(rhs) == 1:
				// code, err := statusOf(x): result i of a call.
				if _, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
					for i, l := range lhs {
						if id, ok := ast.Unparen(l).(*ast.Ident); ok {
							add(id, ast.Unparen(rhs[0]), i)
						}
					}
				}
			}
		}
	}
	return fl.assigns[v]
}

// namedConst returns the constant that e names, through conversions.
func (fl *flow) namedConst(e ast.Expr) *types.Const {
	info := fl.r.pass.TypesInfo
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	c, _ := info.Uses[id].(*types.Const)
	return c
}

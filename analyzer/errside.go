package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// This file follows results that travel together: a function that
// returns a code beside an error,
//
//	func resolve(id string) (User, int, error) {
//		if ... { return User{}, http.StatusNotFound, errNotFound }
//		return u, 0, nil
//	}
//
// whose callers write the code only where the error is not nil gives
// them only the codes it returns beside an error that is not nil; the 0
// beside nil never reaches their write. Each integer result of such a
// function has a slot per side (errSide), fed by the returns of that
// side; a code returned beside an error of unknown side feeds both. The
// result's own slot is fed by both sides, so a caller that does not look
// at the error receives every code.

// errSide is which error a code is returned beside, or which one a use
// of the code is known to see.
type errSide uint8

const (
	sideAny    errSide = iota // unknown: both sides
	sideNil                   // beside a nil error
	sideFailed                // beside an error known not to be nil
)

// sideSlot is the codes of result i of fn returned beside side.
func sideSlot(fn *function, i int, side errSide) slot {
	return slot{fn: fn, idx: -1 - i, side: side}
}

// errResult returns the index of fn's only error result, or -1.
func errResult(sig *types.Signature) int {
	if sig == nil {
		return -1
	}
	errType := types.Universe.Lookup("error").Type()
	at := -1
	for i := range sig.Results().Len() {
		if types.Identical(sig.Results().At(i).Type(), errType) {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// feedResult feeds result i of fn the sources srcs of a return beside
// side: a function with one error result keeps them by side.
func (fl *flow) feedResult(fn *function, i int, side errSide, srcs []source) {
	if len(srcs) == 0 {
		return
	}
	if errResult(fn.sig) < 0 {
		fl.feed(resultSlot(fn, i), srcs)
		return
	}
	for _, s := range []errSide{sideNil, sideFailed} {
		if side != sideAny && side != s {
			continue
		}
		dst := sideSlot(fn, i, s)
		if !fl.feedsFrom(resultSlot(fn, i), dst) {
			// First code of this side: the result gets the side's codes.
			fl.feed(resultSlot(fn, i), []source{slotSource(dst, nil)})
		}
		fl.feed(dst, srcs)
	}
}

// feedsFrom reports whether slot src already flows into dst.
func (fl *flow) feedsFrom(dst, src slot) bool {
	if st := fl.lookup(dst); st != nil {
		for _, in := range st.in {
			if in.from == fromSlot && in.slot == src {
				return true
			}
		}
	}
	return false
}

// sidesKind returns what result s reaches through the slots of its sides.
func (fl *flow) sidesKind(s slot) kind {
	if s.side != sideAny || s.isParam() || s.fn == nil {
		return 0
	}
	return fl.kindOf(slot{fn: s.fn, idx: s.idx, side: sideNil}) | fl.kindOf(slot{fn: s.fn, idx: s.idx, side: sideFailed})
}

// returnSide tells which error a return statement's codes are returned
// beside: nil, an error known not to be nil (errors.New, fmt.Errorf, a
// composite literal or its address, a sentinel of this package or of
// another: sentinels.go), or unknown.
func (fl *flow) returnSide(fn *function, results []ast.Expr) errSide {
	at := errResult(fn.sig)
	if at < 0 || at >= len(results) {
		return sideAny
	}
	if nonNilError(fl.r.pass.TypesInfo, results[at], fl.sentinel) {
		return sideFailed
	}
	if fl.r.pass.TypesInfo.Types[results[at]].IsNil() {
		return sideNil
	}
	return sideAny
}

// sentinel reports whether the package variable v holds an error known
// not to be nil (sentinels.go), found for the package on first need.
func (fl *flow) sentinel(v *types.Var) bool {
	if v.Pkg() != fl.r.pass.Pkg {
		return fl.r.pass.ImportObjectFact(v, new(isSentinel))
	}
	if fl.sentinels == nil {
		fl.sentinels = sentinels(fl.r.pass)
		if fl.sentinels == nil {
			fl.sentinels = map[*types.Var]bool{}
		}
	}
	return fl.sentinels[v]
}

// sideAt tells which error the use at pos of a code assigned with errVar
// by the statement at from sees: inside an if on errVar != nil or
// errVar == nil, in its else branch, or after an if that leaves. An if
// tells nothing when errVar may hold another error by then: assigned
// again between from and the if (err = validate(u)), or anywhere in a
// loop that holds the if but not from (the error of the last turn).
func (fl *flow) sideAt(errVar *types.Var, from, pos token.Pos) errSide {
	fn := fl.fnOf(errVar)
	if fn == nil || fn.body == nil {
		return sideAny
	}
	var again []token.Pos // the other assignments of errVar
	for _, a := range fl.assigned(errVar) {
		if a.pos != from {
			again = append(again, a.pos)
		}
	}
	assignedIn := func(lo, hi token.Pos) bool {
		return slices.ContainsFunc(again, func(p token.Pos) bool { return lo < p && p < hi })
	}
	side := sideAny
	var loop token.Pos // the start of a loop, after from, that assigns errVar
	eachHolder(fn.body, pos, func(n ast.Node, list []ast.Stmt) {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if loop == token.NoPos && n.Pos() > from && assignedIn(n.Pos()-1, n.End()) {
				loop = n.Pos()
			}
		}
		for _, stmt := range list {
			is, ok := stmt.(*ast.IfStmt)
			if !ok || is.Cond.Pos() < from || is.Pos() > pos {
				continue
			}
			if assignedIn(from, is.Cond.Pos()) || (loop != token.NoPos && loop < is.Pos()) {
				continue // errVar may hold another error there
			}
			then, ok := fl.errCond(is.Cond, errVar)
			if !ok {
				continue
			}
			els := sideNil
			if then == sideNil {
				els = sideFailed
			}
			switch {
			case is.Body.Pos() <= pos && pos < is.Body.End():
				side = then
			case is.Else != nil && is.Else.Pos() <= pos && pos < is.Else.End():
				side = els
			case is.End() <= pos && is.Else == nil && exits(is.Body):
				side = els
			}
		}
	})
	return side
}

// errCond reads cond as errVar != nil (sideFailed holds in the body) or
// errVar == nil (sideNil).
func (fl *flow) errCond(cond ast.Expr, errVar *types.Var) (errSide, bool) {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
		return sideAny, false
	}
	info := fl.r.pass.TypesInfo
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if info.Types[x].IsNil() {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || info.Uses[id] != errVar || !info.Types[y].IsNil() {
		return sideAny, false
	}
	if b.Op == token.NEQ {
		return sideFailed, true
	}
	return sideNil, true
}

// exits reports whether a block ends in return or a branch statement.
func exits(body *ast.BlockStmt) bool {
	if n := len(body.List); n > 0 {
		switch body.List[n-1].(type) {
		case *ast.ReturnStmt, *ast.BranchStmt:
			return true
		}
	}
	return false
}

// useSide tells which error the use at pos of result a.idx of call sees:
// the error variable is the one the same statement assigns.
func (fl *flow) useSide(call *ast.CallExpr, a assign, pos token.Pos) errSide {
	sig, ok := fl.r.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return sideAny
	}
	at := errResult(sig)
	if at < 0 || at >= len(a.lhs) {
		return sideAny
	}
	id, ok := ast.Unparen(a.lhs[at]).(*ast.Ident)
	if !ok {
		return sideAny
	}
	v, ok := fl.r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return sideAny
	}
	return fl.sideAt(v, a.pos, pos)
}

// String is the side's mark in a status function fact: none for both.
func (s errSide) String() string {
	switch s {
	case sideNil:
		return "/nil"
	case sideFailed:
		return "/err"
	}
	return ""
}

// onSide returns f with only the codes a use that sees side receives.
func (f *isStatusFunc) onSide(side errSide) *isStatusFunc {
	if side == sideAny || !slices.ContainsFunc(f.Codes, func(c returnedCode) bool { return c.Side != sideAny && c.Side != side }) {
		return f
	}
	g := *f
	g.Codes = nil
	for _, c := range f.Codes {
		if c.Side == sideAny || c.Side == side {
			g.Codes = append(g.Codes, c)
		}
	}
	return &g
}

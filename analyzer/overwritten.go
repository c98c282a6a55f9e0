package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file tells which values of a local variable a use can no longer
// see: one that a later assignment replaces on every path to the use.
//
//	u, status, err := resolve(id)
//	if err != nil { return }
//	status, err = fetch(u) // replaces resolve's status and error
//	if err != nil { w.WriteHeader(status) }
//
// Without it the write would receive resolve's code beside nil (the side
// that the first if leaves), though that code never gets there.

// overwritten returns the positions of the assignments to the local
// variable v that a later assignment replaces on every path to the use
// at pos: both are statements of blocks that hold pos, before the
// statement that holds it, and the later one does not read v (status =
// wrap(status) passes the earlier value on). Nil when v has fewer than
// two assignments, as most have.
func (fl *flow) overwritten(v *types.Var, as []assign, pos token.Pos) map[token.Pos]bool {
	if len(as) < 2 {
		return nil
	}
	fn := fl.fnOf(v)
	if fn == nil || fn.body == nil {
		return nil
	}
	info := fl.r.pass.TypesInfo
	// The assignments to v met on the way to pos, in position order.
	var direct []token.Pos
	var last token.Pos // the latest that replaces v's value
	eachHolder(fn.body, pos, func(_ ast.Node, list []ast.Stmt) {
		for _, stmt := range list {
			if stmt.End() > pos {
				break // the statement that holds the use, and those after it
			}
			as, ok := stmt.(*ast.AssignStmt)
			if !ok || !assignsVar(info, as, v) {
				continue
			}
			direct = append(direct, as.Pos())
			if !readsVar(info, as.Rhs, v) && as.Pos() > last {
				last = as.Pos()
			}
		}
	})
	var out map[token.Pos]bool
	for _, p := range direct {
		if p < last {
			if out == nil {
				out = make(map[token.Pos]bool)
			}
			out[p] = true
		}
	}
	return out
}

// assignsVar reports whether as assigns v (=, :=).
func assignsVar(info *types.Info, as *ast.AssignStmt, v *types.Var) bool {
	if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return false
	}
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == v {
			return true
		}
	}
	return false
}

// readsVar reports whether any of exprs reads v.
func readsVar(info *types.Info, exprs []ast.Expr, v *types.Var) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				found = true
			}
			return !found
		})
	}
	return found
}

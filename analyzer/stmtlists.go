package analyzer

import (
	"go/ast"
	"go/token"
)

// stmtList returns the statements that n holds as a list, in the order
// they run: a block's, a switch case's or a select case's; nil for any
// other node.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// eachHolder calls f, outermost first, with each node of body that holds
// pos and the statements it holds as a list (stmtList): the statements
// that run before the one at pos on the way to it.
func eachHolder(body *ast.BlockStmt, pos token.Pos, f func(n ast.Node, list []ast.Stmt)) {
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || n.End() <= pos {
			return false // only the nodes that hold pos
		}
		f(n, stmtList(n))
		return true
	})
}

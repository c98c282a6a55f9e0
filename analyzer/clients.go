package analyzer

import (
	"go/ast"
	"go/types"
)

// This file tells the statuses a client received from those a server
// sets: comparing a received status with a constant names a status.

// isClientValue reports whether e holds a status a client received: a
// client field of the table (frameworks.ClientFields), or a local variable assigned only from
// such fields (statusCode := resp.StatusCode).
func (fl *flow) isClientValue(e ast.Expr, depth int) bool {
	info := fl.r.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		s := info.Selections[e]
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
		v, ok := s.Obj().(*types.Var)
		return ok && fl.r.sinks.clients[v]
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || depth > 2 || !fl.isLocal(v) {
			return false
		}
		if _, isParam := fl.params[v]; isParam {
			return false
		}
		as := fl.assigned(v)
		for _, a := range as {
			if a.idx >= 0 || !fl.isClientValue(a.rhs, depth+1) {
				return false
			}
		}
		return len(as) > 0
	}
	return false
}

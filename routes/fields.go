package routes

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file follows a handler or a middleware held in a struct field: a
// registration wrapper that applies its server's middleware
// (s.mux.Handle(pattern, s.mw(h)), where the server was built as
// &Server{mw: auth}) gives its routes what the middleware writes. What a
// field holds is every value the package stores into it, in a struct
// literal or by an assignment; a field set only in another package
// holds what is not known.

// fieldValues returns the values stored into each field in the
// package's files, made on first use.
func (s *state) fieldValues() map[*types.Var][]ast.Expr {
	if s.fieldVals != nil {
		return s.fieldVals
	}
	info := s.pass.TypesInfo
	s.fieldVals = make(map[*types.Var][]ast.Expr)
	add := func(obj types.Object, e ast.Expr) {
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			v = v.Origin()
			s.fieldVals[v] = append(s.fieldVals[v], e)
		}
	}
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				t := info.TypeOf(n)
				if t == nil {
					break
				}
				st, ok := t.Underlying().(*types.Struct)
				if !ok {
					break
				}
				for i, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							add(info.Uses[key], kv.Value)
						}
					} else if i < st.NumFields() {
						add(st.Field(i), elt)
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					break
				}
				for i, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						add(info.Uses[sel.Sel], n.Rhs[i])
					}
				}
			}
			return true
		})
	}
	return s.fieldVals
}

// heldField returns the field that e names (s.mw) when its type does
// not tell what it holds, a function or an interface; nil for any other
// expression.
func heldField(info *types.Info, e ast.Expr) *types.Var {
	v, ok := usedObject(info, e).(*types.Var)
	if !ok || !v.IsField() {
		return nil
	}
	if _, isFunc := v.Type().Underlying().(*types.Signature); !isFunc && !types.IsInterface(v.Type()) {
		return nil
	}
	return v.Origin()
}

// held returns what the handlers or middleware stored into field v can
// write: code 0 at e when the package stores none.
func (s *state) held(v *types.Var, e ast.Expr, depth int) []written.Code {
	vals := s.fieldValues()[v]
	if len(vals) == 0 {
		return s.unknown(e)
	}
	var codes []written.Code
	for _, val := range vals {
		c, _ := s.handler(val, nil, depth+1)
		codes = append(codes, c...)
	}
	return codes
}

package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// This file reads stores into struct fields, by composite literals and
// assignments: an integer field that reaches a sink is a status field,
// and what is stored into it flows to that sink.

// store records the value stored into a struct field, by a composite
// literal or an assignment.
func (fl *flow) store(v *types.Var, value ast.Expr) {
	if fl.r.sinks.clients[v.Origin()] {
		fl.atSink(value, names|strict, "", nil) // &http.Response{StatusCode: 404}
		return
	}
	v = fl.statusCandidate(v)
	if v == nil {
		return
	}
	if c := fl.r.pass.TypesInfo.Types[value].Value; c != nil && c.Kind() == constant.Int && constant.Sign(c) == 0 {
		// Storing 0 resets the field to the zero value every new struct
		// holds anyway: "no status yet", not a status.
		return
	}
	fl.feedFrom(slot{field: v}, value)
}

// readCompositeLit records the integer fields a struct literal sets, keyed
// or positional.
func (fl *flow) readCompositeLit(lit *ast.CompositeLit) {
	info := fl.r.pass.TypesInfo
	t := info.TypeOf(lit)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
					fl.store(v, kv.Value)
				}
			}
		} else if i < st.NumFields() {
			fl.store(st.Field(i), elt)
		}
	}
}

// readAssign records the fields an assignment stores into (e.Code = 404).
func (fl *flow) readAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s := fl.r.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				fl.store(v, as.Rhs[i])
			}
		}
	}
}

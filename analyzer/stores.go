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
	fl.noteParamStore(v, value)
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
	forEachFieldValue(fl.r.pass.TypesInfo, lit, fl.store)
}

// readAssign records the fields an assignment stores into (e.Code = 404).
func (fl *flow) readAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		if v := assignedField(fl.r.pass.TypesInfo, lhs); v != nil {
			fl.store(v, as.Rhs[i])
		}
	}
}

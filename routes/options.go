package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// This file follows the prefixes that a registration function takes in
// a field of an options struct parameter, as oapi-codegen's generated
// servers do: HandlerWithOptions(si, options) registers
// options.BaseURL+"/pets". The field is a marker in the template, keyed
// by the parameter and the field's name, and is filled in where the
// function is called from the argument: a composite literal gives the
// field's value where it sets it and "" where it does not (the zero
// value that Go gives it), a local variable assigned one such literal
// gives that literal's, a parameter of the caller's own passes the
// marker on. The generated HandlerFromMuxWithBaseURL,
// RegisterHandlersWithBaseURL and the others build the literal from
// their own parameter, and are templates in turn.

// fieldMarker is the marker of the string field named field of the
// function's parameter i, shown as e when it stays unknown.
func fieldMarker(i int, field string, e ast.Expr) string {
	return markerSep + strconv.Itoa(i) + "." + field + "|<" + types.ExprString(e) + ">" + markerSep
}

// splitFieldKey splits a marker's key into the parameter's index and,
// for a field's marker, the field's name.
func splitFieldKey(key string) (int, string, bool) {
	index, field, _ := strings.Cut(key, ".")
	i, err := strconv.Atoi(index)
	return i, field, err == nil
}

// fieldParamText returns the marker of sel when it is a string field of
// a struct parameter of the function walked (options.BaseURL).
func (fw *fnWalk) fieldParamText(sel *ast.SelectorExpr) (string, bool) {
	info := fw.s.pass.TypesInfo
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return "", false
	}
	i, ok := fw.params[v]
	if !ok || structOf(v.Type()) == nil {
		return "", false
	}
	f, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() || !isString(f.Type()) {
		return "", false
	}
	return fieldMarker(i, f.Name(), sel), true
}

// structOf returns the struct type of t, or of the type t points to; nil
// for another type.
func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, _ := t.Underlying().(*types.Struct)
	return s
}

// argField returns the text of field of the struct argument e at a call
// of a function whose template has the field's marker, and whether it
// is known.
func (fw *fnWalk) argField(e ast.Expr, field string, depth int) (string, bool) {
	info := fw.s.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		st := structOf(info.TypeOf(e))
		if st == nil {
			return "", false
		}
		for i, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
					return fw.path(kv.Value), true
				}
				continue
			}
			// An unkeyed literal gives every field, in order.
			if i < st.NumFields() && st.Field(i).Name() == field {
				return fw.path(elt), true
			}
		}
		return "", true // the field's zero value
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return "", false
		}
		if i, ok := fw.params[v]; ok {
			return fieldMarker(i, field, &ast.SelectorExpr{X: e, Sel: ast.NewIdent(field)}), true
		}
		// A local assigned once, by a literal: its fields are the
		// literal's as long as no store changes them.
		if rhs := fw.locals[v]; len(rhs) == 1 && depth < 8 && !fw.syntax.fieldStores[v] {
			return fw.argField(rhs[0], field, depth+1)
		}
	}
	return "", false
}

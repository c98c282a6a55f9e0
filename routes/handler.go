package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/std"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// handler returns what the handler expression e can write, and where its
// function is declared (NoPos when it is not known). locals maps the
// registering function's local variables to what is assigned to them.
func (s *state) handler(e ast.Expr, locals map[*types.Var][]ast.Expr, depth int) ([]written.Code, token.Pos) {
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 8 {
		return s.unknown(e), token.NoPos
	}
	if t := info.TypeOf(e); t != nil && t != types.Typ[types.Invalid] && !s.isHandlerValue(t) && !s.world.isRouter(t) {
		// Not a handler but what a router serves with its own: the file
		// system of httprouter's ServeFiles. What answers is not known.
		return s.unknown(e), token.NoPos
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		return s.litWrites(e), e.Pos()
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := usedObject(info, e).(type) {
		case *types.Func: // a function or a method value
			if r := s.world.responders[obj]; r != nil && r.How == frameworks.Writes {
				return s.table(r, e), token.NoPos // mux.HandleFunc("/", http.NotFound)
			}
			if obj.Pkg() != nil && std.Is(obj.Pkg().Path()) {
				return s.unknown(e), token.NoPos
			}
			if f := s.funcWrites(obj); f != nil {
				return f.Codes, obj.Pos()
			}
			return nil, obj.Pos()
		case *types.Var:
			if rhs := locals[obj]; len(rhs) == 1 {
				return s.handler(rhs[0], locals, depth+1)
			}
			if _, ok := s.walkParams[obj]; ok && s.isHandlerValue(obj.Type()) {
				// A registration wrapper's handler parameter: its codes
				// are the argument's, where the wrapper is called.
				return nil, token.NoPos
			}
			if v := heldField(info, e); v != nil {
				return written.Normalize(s.held(v, e, depth)), token.NoPos // s.handler
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return s.handler(e.Args[0], locals, depth+1) // http.HandlerFunc(f)
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			// A middleware around a handler, or a function that makes
			// one: its own codes, the handlers it is given, and the
			// constants it is passed for the handler to write.
			var codes []written.Code
			if f := s.funcWrites(fn); f != nil {
				codes = append(codes, f.Codes...)
			}
			for _, arg := range e.Args {
				if s.isHandlerValue(info.TypeOf(arg)) {
					c, _ := s.handler(arg, locals, depth+1)
					codes = append(codes, c...)
				}
			}
			codes = append(codes, s.writesIn(e)...)
			if r := s.world.responders[fn]; r != nil && r.How == frameworks.Makes {
				// http.FileServer(root), http.StripPrefix(p, h): the
				// table's codes, and the inner handler's above.
				codes = append(codes, s.table(r, e)...)
			}
			if fn.Pkg() != nil && std.Is(fn.Pkg().Path()) {
				// The standard library is not followed into: what
				// http.RedirectHandler(url, 301) writes is its argument,
				// what http.FileServer(...) writes is not known.
				if len(codes) == 0 {
					return s.unknown(e), token.NoPos
				}
				return written.Normalize(codes), token.NoPos
			}
			return written.Normalize(codes), fn.Pos()
		}
		if v := heldField(info, e.Fun); v != nil {
			// A middleware held in a field, around the handlers it is
			// given: s.mw(h).
			codes := s.held(v, e.Fun, depth)
			for _, arg := range e.Args {
				if s.isHandlerValue(info.TypeOf(arg)) {
					c, _ := s.handler(arg, locals, depth+1)
					codes = append(codes, c...)
				}
			}
			return written.Normalize(append(codes, s.writesIn(e)...)), token.NoPos
		}
	}
	// A value of a type with ServeHTTP.
	if m := s.serveHTTP(info.TypeOf(e)); m != nil {
		if f := s.funcWrites(m); f != nil {
			return f.Codes, m.Pos()
		}
		return nil, m.Pos()
	}
	return s.unknown(e), token.NoPos
}

// ends returns the implicit 200s where the handler e, or the handler a
// function it calls makes, finishes without setting a status (see
// writes.Ends); locals and depth as for handler.
func (s *state) ends(e ast.Expr, locals map[*types.Var][]ast.Expr, depth int) []written.Code {
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 8 {
		return nil
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		if f := s.litNodes[e]; f != nil {
			s.read(f, phaseCodes)
			return f.sum.Ends
		}
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := usedObject(info, e).(type) {
		case *types.Func:
			if f := s.funcWrites(obj); f != nil {
				return f.Ends
			}
		case *types.Var:
			if rhs := locals[obj]; len(rhs) == 1 {
				return s.ends(rhs[0], locals, depth+1)
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
			return s.ends(e.Args[0], locals, depth+1)
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			var ends []written.Code
			if f := s.funcWrites(fn); f != nil {
				ends = append(ends, f.Ends...)
			}
			for _, arg := range e.Args {
				if s.isHandlerValue(info.TypeOf(arg)) {
					ends = append(ends, s.ends(arg, locals, depth+1)...)
				}
			}
			return ends
		}
	}
	return nil
}

// without returns codes without those of drop.
func without(codes, drop []written.Code) []written.Code {
	if len(drop) == 0 {
		return codes
	}
	return slices.DeleteFunc(slices.Clone(codes), func(c written.Code) bool {
		return slices.ContainsFunc(drop, func(d written.Code) bool { return written.Compare(c, d) == 0 })
	})
}

// unknown is the code of a handler that cannot be followed: not known.
func (s *state) unknown(e ast.Expr) []written.Code {
	return []written.Code{s.code(0, e.Pos())}
}

// isHandlerValue reports whether a value of type t is a handler: a
// function that takes a ResponseWriter, or an http.Handler.
func (s *state) isHandlerValue(t types.Type) bool { return s.handlerValue(t, 0) }

// handlerValue is isHandlerValue at a depth of function results: a
// function type may return itself (a lexer's type stateFn func() stateFn),
// so the results are followed a few levels down, not without end.
func (s *state) handlerValue(t types.Type, depth int) bool {
	if t == nil || depth > maxResultDepth {
		return false
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		// A handler, or a middleware: func(http.Handler) http.Handler.
		return s.world.takesWriter(sig) || s.returnsHandlerAt(sig, depth+1)
	}
	return s.world.isHandler(t)
}

// maxResultDepth bounds how many function results deep a handler is
// looked for: a function that returns a function that returns a handler
// is as far as real code goes.
const maxResultDepth = 4

// serveHTTP returns the concrete ServeHTTP method of a handler type, nil
// for an interface or a type that is no handler.
func (s *state) serveHTTP(t types.Type) *types.Func {
	if t == nil || types.IsInterface(t) || !s.world.isHandler(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

// writesIn returns the codes of the status writes inside the node.
func (s *state) writesIn(n ast.Node) []written.Code {
	var out []written.Code
	for _, wr := range s.status.WritesIn(n) {
		out = append(out, s.codes(wr)...)
	}
	return out
}

// usedObject is the object that an identifier, or a selector's name,
// refers to; nil for any other expression.
func usedObject(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[e]
	case *ast.SelectorExpr:
		return info.Uses[e.Sel]
	}
	return nil
}

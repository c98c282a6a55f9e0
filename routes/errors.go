package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file computes what an error answers: the code that echo or fiber
// gives the response when a handler returns it. A framework's
// constructor called with a constant (echo.NewHTTPError(http.StatusConflict),
// fiber.NewError), a literal of its error type, an error variable made
// so, a value whose type has a StatusCode() int method (echo v5's
// HTTPStatusCoder) answer their codes; so does the result of a function
// that returns such errors, an error-mapping function
// (return toHTTPError(err)), in any package through the answers fact.
// Any other error is the framework's own code (500).

// returnsError reports whether sig's last result is an error.
func returnsError(sig *types.Signature) bool {
	res := sig.Results()
	return res.Len() > 0 && isError(res.At(res.Len()-1).Type())
}

// isStatusCoder reports whether fn is a StatusCode() int method (by the
// row of frameworks.StatusMethods), the convention by which an error
// says its code.
func isStatusCoder(fn *types.Func) bool {
	if fn == nil || !frameworks.IsStatusMethodName(fn.Name()) {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// answersErrors reports whether the package's function fn with
// signature sig is summarized for what its result answers: in a package
// that has errors with codes (s.coded), a function that returns an
// error, or a StatusCode method. A handler or a helper that takes the
// response is not: what the errors it returns answer is among what it
// writes.
func (s *state) answersErrors(fn *types.Func, sig *types.Signature) bool {
	return s.coded && sig != nil && (returnsError(sig) || isStatusCoder(fn)) && !s.world.takesWriter(sig)
}

// codedErrors reports whether the package can have errors with codes: it
// reaches a framework whose handlers return errors, or, reaching none, it
// declares a StatusCode() int method (an error that says its code as
// echo v5 asks, in a package of its own) or calls a function of another
// package whose result answers codes. Any other package's errors answer
// nothing, and are not summarized.
func (s *state) codedErrors() bool {
	if s.world.errFrameworks {
		return true
	}
	for _, obj := range s.pass.TypesInfo.Defs {
		if fn, ok := obj.(*types.Func); ok && isStatusCoder(fn) {
			return true
		}
	}
	for _, obj := range s.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg && s.funcAnswers(fn) != nil {
			return true
		}
	}
	return false
}

// summarizeAnswers computes what f's result answers, and reports whether
// that grew: the codes of a StatusCode method's returns, or of the errors
// an error-returning function returns.
func (s *state) summarizeAnswers(f *fnode) bool {
	var ans answers
	n := f.sig.Results().Len()
	for _, ret := range f.returns {
		switch {
		case isStatusCoder(f.obj) && len(ret.Results) == 1:
			ans.Codes = append(ans.Codes, s.intCode(ret.Results[0]))
		case len(ret.Results) == n || len(ret.Results) == 1:
			// return g(): g's error is the last of its results.
			ans = ans.union(s.errAnswer(ret.Results[len(ret.Results)-1]))
		default:
			ans.Others = true // a bare return of named results
		}
	}
	ans = ans.union(f.ans)
	changed := !ans.equal(f.ans)
	f.ans = ans
	return changed
}

// union returns what a or b answers.
func (a answers) union(b answers) answers {
	return answers{
		Codes:  written.Normalize(slices.Concat(a.Codes, b.Codes)),
		Coded:  written.Normalize(slices.Concat(a.Coded, b.Coded)),
		Others: a.Others || b.Others,
	}
}

func (a answers) equal(b answers) bool {
	return a.Others == b.Others && slices.Equal(a.Codes, b.Codes) && slices.Equal(a.Coded, b.Coded)
}

// answer returns the codes that framework ctx answers when a handler
// returns the error e: what e answers, its StatusCode codes where ctx
// asks for them, and ctx's own code at e for the rest.
func (s *state) answer(e ast.Expr, ctx *frameworks.Context) []written.Code {
	ans := s.errAnswer(e)
	codes := ans.Codes
	if ctx.StatusCoder != "" {
		codes = append(codes, ans.Coded...)
	} else if len(ans.Coded) > 0 {
		ans.Others = true
	}
	if ans.Others {
		codes = append(codes, s.code(ctx.ErrCode, e.Pos()))
	}
	return codes
}

// intCode is the code a StatusCode method returns at e: the constant, or
// code 0, not known.
func (s *state) intCode(e ast.Expr) written.Code {
	if v := constant.ToInt(s.pass.TypesInfo.Types[e].Value); v.Kind() == constant.Int {
		if code, exact := constant.Int64Val(v); exact {
			return s.code(int(code), e.Pos())
		}
	}
	return s.code(0, e.Pos())
}

// errAnswer returns what the error e answers. nil answers nothing; an
// error of no known code answers Others.
func (s *state) errAnswer(e ast.Expr) answers { return s.errAnswerSeen(e, nil) }

// errAnswerSeen is errAnswer, with the local variables whose values are
// being followed.
func (s *state) errAnswerSeen(e ast.Expr, seen map[*types.Var]bool) answers {
	info := s.pass.TypesInfo
	e = ast.Unparen(e)
	if info.Types[e].IsNil() {
		return answers{}
	}
	if id, ok := e.(*ast.Ident); ok {
		// err := c.Bind(&v); return err: what is assigned to it.
		if v, ok := info.Uses[id].(*types.Var); ok && s.isLocal(v) {
			if seen[v] {
				return answers{}
			}
			if seen == nil {
				seen = make(map[*types.Var]bool)
			}
			seen[v] = true
			defer delete(seen, v)
			var ans answers
			assigned, ok := s.errLocals()[v]
			if !ok {
				return answers{Others: true} // a parameter, a value not seen
			}
			for _, rhs := range assigned {
				if rhs == nil {
					continue // var err error: nil
				}
				ans = ans.union(s.errAnswerSeen(rhs, seen))
			}
			return ans
		}
	}
	// A constructor's status argument: echo.NewHTTPError(http.StatusConflict),
	// or a wrapper's (newConflict(msg) passes its constant on where it is
	// called, and that call is the write).
	if ws := s.status.WritesIn(e); len(ws) > 0 {
		var ans answers
		for _, wr := range ws {
			if s.makesError(e, wr.Status) && (!wr.Forwarded || len(wr.Codes) > 0) {
				ans.Codes = append(ans.Codes, s.codes(wr)...)
			}
		}
		if len(ans.Codes) > 0 {
			return ans
		}
	}
	if c := s.errorCode(e); c != 0 {
		return answers{Codes: []written.Code{s.code(c, e.Pos())}} // return echo.ErrNotFound
	}
	lit := e
	if u, ok := e.(*ast.UnaryExpr); ok {
		lit = ast.Unparen(u.X)
	}
	if lit, ok := lit.(*ast.CompositeLit); ok {
		if c := s.literalError(lit); c != 0 {
			return answers{Codes: []written.Code{s.code(c, lit.Pos())}} // &echo.HTTPError{Code: 409}
		}
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			if r := s.world.responders[fn]; r != nil && r.How == frameworks.Errs {
				return answers{Codes: s.table(r, call)} // c.Bind(&v)
			}
			if a := s.funcAnswers(fn); a != nil {
				return *a // return toHTTPError(err)
			}
		}
	}
	// A value of a type with a StatusCode method.
	if t := info.TypeOf(e); t != nil && !types.IsInterface(t) {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "StatusCode")
		if m, ok := obj.(*types.Func); ok && isStatusCoder(m) {
			if a := s.funcAnswers(m); a != nil {
				return answers{Coded: a.Codes}
			}
		}
	}
	return answers{Others: true}
}

// isLocal reports whether v is a variable of a function of the package.
func (s *state) isLocal(v *types.Var) bool {
	return v.Pkg() == s.pass.Pkg && !v.IsField() && v.Parent() != nil && v.Parent() != v.Pkg().Scope()
}

// errLocals returns what is assigned to each local variable of an error
// type in the package's functions, made on first use: the expression, the
// call whose last result it is (o, err := load(id)), or nil for a
// declaration without a value. A variable assigned otherwise (a
// parameter, by a range clause, one of several results that is not the
// last) is not in it.
func (s *state) errLocals() map[*types.Var][]ast.Expr {
	if s.errVals != nil {
		return s.errVals
	}
	info := s.pass.TypesInfo
	s.errVals = make(map[*types.Var][]ast.Expr)
	add := func(lhs []ast.Expr, names []*ast.Ident, rhs []ast.Expr) {
		n := max(len(lhs), len(names))
		for i := range n {
			var id *ast.Ident
			if names != nil {
				id = names[i]
			} else if x, ok := ast.Unparen(lhs[i]).(*ast.Ident); ok {
				id = x
			}
			if id == nil {
				continue
			}
			v, ok := info.ObjectOf(id).(*types.Var)
			if !ok || !isError(v.Type()) || !s.isLocal(v) {
				continue
			}
			switch {
			case len(rhs) == n:
				s.errVals[v] = append(s.errVals[v], rhs[i])
			case len(rhs) == 1 && i == n-1:
				s.errVals[v] = append(s.errVals[v], rhs[0]) // the last result
			case len(rhs) == 0:
				s.errVals[v] = append(s.errVals[v], nil)
			}
		}
	}
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
					add(n.Lhs, nil, n.Rhs)
				}
			case *ast.ValueSpec:
				add(nil, n.Names, n.Values)
			}
			return true
		})
	}
	return s.errVals
}

// makesError reports whether the status argument arg inside e is one
// that makes an error rather than one that writes the response: the
// call it is passed to takes no response (echo.NewHTTPError,
// newConflict(msg)), unlike c.JSON or http.Error.
func (s *state) makesError(e, arg ast.Expr) bool {
	makes := false
	ast.Inspect(e, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || makes {
			return !makes
		}
		if slices.Contains(call.Args, arg) {
			fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
			makes = ok && !s.world.takesWriter(fn.Signature()) && !s.isResponse(fn.Signature().Recv())
			return false
		}
		return true
	})
	return makes
}

// isResponse reports whether recv is a response's: a ResponseWriter or a
// framework's context.
func (s *state) isResponse(recv *types.Var) bool {
	return recv != nil && (s.world.isWriter(recv.Type()) || s.world.context(recv.Type()) != nil)
}

// funcAnswers returns what fn's result answers, nil when nothing is
// known.
func (s *state) funcAnswers(fn *types.Func) *answers {
	if fn.Pkg() == s.pass.Pkg {
		if f := s.nodes[fn]; f != nil && f.errs {
			s.read(f, phaseCodes)
			return &f.ans
		}
		return nil
	}
	if a, ok := s.extAnswers[fn]; ok {
		return a
	}
	var a *answers
	if fact := new(answers); s.pass.ImportObjectFact(fn, fact) {
		a = fact
	}
	s.extAnswers[fn] = a
	return a
}

package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file reads calls and returns: a call to a sink or to a wrapper
// sends its arguments to a sink; a call to a function of this package
// feeds its parameters; a return statement feeds the function's results.

// readCall reads a call: to a sink, to a wrapper of another package, or
// to a function of this package that may be a wrapper.
func (fl *flow) readCall(call *ast.CallExpr) {
	r := fl.r
	info := r.pass.TypesInfo
	var fn *types.Func
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Func:
		// A method of a generic type comes instantiated (Resp[int].Send);
		// functions and facts are keyed by the declared one.
		fn = obj.Origin()
	case *types.Var:
		// A local variable bound once to a function literal or to a
		// function or method value: reply := func(code int) {...};
		// f := w.WriteHeader.
		if !fl.isLocal(obj) {
			return
		}
		rhs := fl.assigned(obj)
		if len(rhs) != 1 || rhs[0].idx >= 0 {
			return
		}
		switch v := ast.Unparen(rhs[0].rhs).(type) {
		case *ast.FuncLit:
			if callee := fl.funcs[v]; callee != nil {
				fl.callLocal(callee, call.Args, call.Ellipsis.IsValid())
			}
			return
		case *ast.SelectorExpr:
			fn, _ = info.Uses[v.Sel].(*types.Func)
		case *ast.Ident:
			fn, _ = info.Uses[v].(*types.Func)
		}
		if fn == nil {
			return
		}
		fn = fn.Origin()
	default:
		return
	}
	args := callArgs(info, call)
	spread := call.Ellipsis.IsValid()

	if s, ok := r.sinks.calls[fn]; ok {
		if s.arg < len(args) && !(spread && s.arg == len(args)-1) {
			fl.atSink(args[s.arg], s.kind, s.consts, nil)
		}
		return
	}
	if r.sinks.writesHeader(fn) {
		if len(args) == 1 {
			fl.atSink(args[0], sets|strict, "", nil)
		}
		return
	}
	fl.noteParamForwards(fn, args)
	if fn.Pkg() == r.pass.Pkg {
		if callee := fl.byObj[fn]; callee != nil {
			fl.callLocal(callee, args, spread)
		}
		return
	}
	f := fl.importedWrapper(fn)
	// A constructor of a package that knows of no status stores into a
	// field that this one may know is a status (paramstores.go).
	fl.storeThrough(fn, args, spread, f)
	if f != nil {
		for i, k := range f.Kinds {
			if k != 0 && i < len(args) && !(spread && i == len(args)-1) {
				var guard []cond
				if i < len(f.Guards) {
					for _, g := range f.Guards[i] {
						guard = append(guard, cond{g.Op, constant.MakeInt64(g.C)})
					}
				}
				fl.atSink(args[i], k, "", guard)
				if i < len(f.Into) && len(f.Into[i]) > 0 {
					fl.wrapStores = append(fl.wrapStores, wrapStore{args[i], f.Into[i], k&sets != 0})
				}
			}
		}
	}
}

// callLocal records the arguments of a call to a function of this
// package.
func (fl *flow) callLocal(callee *function, args []ast.Expr, spread bool) {
	for i, arg := range args {
		if i >= callee.nparams || (spread && i == len(args)-1) {
			break
		}
		if !isInteger(fl.r.pass.TypesInfo.TypeOf(arg)) {
			continue
		}
		st := fl.state(slot{fn: callee, idx: i})
		fl.enlist(st)
		st.args = append(st.args, arg)
		if st.kind != 0 {
			// Already known to reach a sink: pass the news on now.
			fl.passOn(fl.sources(arg, nil, nil), st.kind, st.guard)
		}
	}
}

// readReturn records the values a return statement of fn gives its
// integer results.
func (fl *flow) readReturn(fn *function, ret *ast.ReturnStmt) {
	if fn.sig == nil {
		return
	}
	res := fn.sig.Results()
	switch {
	case len(ret.Results) == res.Len():
		failing := fl.returnsError(res, ret.Results)
		side := fl.returnSide(fn, ret.Results)
		for i, e := range ret.Results {
			if !fn.intResult(i) {
				continue
			}
			if failing {
				if c := fl.r.pass.TypesInfo.Types[e].Value; c != nil && c.Kind() == constant.Int && constant.Sign(c) == 0 {
					// return 0, err: the zero value beside an error,
					// which callers do not use as a status.
					continue
				}
			}
			fl.scratch = fl.sources(e, nil, fl.scratch[:0])
			fl.feedResult(fn, i, side, fl.scratch)
		}
	case len(ret.Results) == 0:
		// A bare return gives the named results' values.
		for i := range res.Len() {
			if fn.intResult(i) {
				fl.feedResult(fn, i, sideAny, fl.varSources(res.At(i), ret.Pos(), nil, nil))
			}
		}
	case len(ret.Results) == 1:
		// return statusOf(x): the results of another call.
		if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
			for i := range res.Len() {
				if fn.intResult(i) {
					fl.feedResult(fn, i, sideAny, fl.resultSources(call, i, nil, sideAny))
				}
			}
		}
	}
}

// returnsError reports whether a return statement gives a result of type
// error a value that is not nil.
func (fl *flow) returnsError(res *types.Tuple, results []ast.Expr) bool {
	errType := types.Universe.Lookup("error").Type()
	for i, e := range results {
		if types.Identical(res.At(i).Type(), errType) && !fl.r.pass.TypesInfo.Types[e].IsNil() {
			return true
		}
	}
	return false
}

// importedWrapper returns the wrapper fact of a function of another
// package.
func (fl *flow) importedWrapper(fn *types.Func) *isWrapper {
	return importedFact(fl.r.pass, fl.wrapFacts, fn)
}

// importedFunc returns the status function fact of a function of another
// package.
func (fl *flow) importedFunc(fn *types.Func) *isStatusFunc {
	return importedFact(fl.r.pass, fl.funcFacts, fn)
}

// importedFact returns the fact of type *F on fn, nil when fn has none,
// looked up once per function: a package calls the same few functions of
// other packages again and again.
func importedFact[F any, PF interface {
	*F
	analysis.Fact
}](pass *analysis.Pass, memo map[*types.Func]PF, fn *types.Func) PF {
	if f, ok := memo[fn]; ok {
		return f
	}
	var f PF
	if fact := PF(new(F)); pass.ImportObjectFact(fn, fact) {
		f = fact
	}
	memo[fn] = f
	return f
}

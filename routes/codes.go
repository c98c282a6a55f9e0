package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/std"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file computes what a function can write: the codes at the status
// writes the httpstatus analyzer found in its body, the codes of the
// functions it calls (summaries, as facts across packages) and an
// implicit 200 where a path through a handler finishes, or writes a
// body, without setting a status.

// state is what one pass knows.
type state struct {
	pass  *analysis.Pass
	world *world

	status  *analyzer.Result // the status writes
	writeAt map[ast.Expr]bool

	nodes    map[*types.Func]*fnode  // the package's declared functions with a body
	litNodes map[*ast.FuncLit]*fnode // the function literals inside them
	ext      map[*types.Func]*writes // imported facts, memoized
	// extAnswers are the imported answers facts, memoized.
	extAnswers map[*types.Func]*answers
	// errVals are what is assigned to the local error variables; see
	// errLocals.
	errVals map[*types.Var][]ast.Expr
	// groupParams memoizes groupOf for the package's functions.
	groupParams map[*types.Func]groups
	// mounted are the functions whose returned routers the package's
	// functions use.
	mounted map[*types.Func]bool
	// walkParams are the parameters of the function whose routes are
	// walked: a handler parameter is a registration wrapper's.
	walkParams map[*types.Var]int
	errVars    map[*types.Var]int // this package's error variables with a code
	// coded: the package's errors can have codes (see codedErrors).
	coded bool
	// fieldVals are the values stored into each field; see fieldValues.
	fieldVals map[*types.Var][]ast.Expr
	// generated are the package's generated files (generatedFiles).
	generated map[*token.File]bool

	// The solver's: the phase it is in and the function whose summary
	// it computes.
	phase phase
	user  *fnode
}

func (s *state) posn(pos token.Pos) token.Position { return s.pass.Fset.Position(pos) }

// code is a code written at pos.
func (s *state) code(code int, pos token.Pos) written.Code {
	return written.Code{Code: code, Posn: s.posn(pos)}
}

// funcWrites returns what fn can write, nil when nothing is known.
func (s *state) funcWrites(fn *types.Func) *writes {
	if fn.Pkg() == s.pass.Pkg {
		if f := s.nodes[fn]; f != nil && f.responds {
			s.read(f, phaseCodes)
			return &f.sum
		}
		return nil
	}
	if sum, ok := s.ext[fn]; ok {
		return sum
	}
	var sum *writes
	if fact := new(writes); s.pass.ImportObjectFact(fn, fact) {
		sum = fact
	}
	s.ext[fn] = sum
	return sum
}

// litWrites returns what a function literal of the package can write.
func (s *state) litWrites(lit *ast.FuncLit) []written.Code {
	if f := s.litNodes[lit]; f != nil {
		s.read(f, phaseCodes)
		return f.sum.Codes
	}
	return nil
}

// initSummary starts f's summary where the solver starts it: no codes,
// and, for a function that takes a response to write, a status set on
// every path. A path that only calls around a cycle never finishes, so
// it adds no implicit 200; the rounds lower always where a path does.
func (s *state) initSummary(f *fnode) {
	f.sum = writes{Always: f.responds && f.sig != nil && s.world.takesWriter(f.sig)}
	f.inner = nil
	f.ans = answers{}
}

// summarize computes f's summaries: what its result answers, and what
// it can write. It reports whether either grew.
func (s *state) summarize(f *fnode) bool {
	changed := false
	if f.errs {
		changed = s.summarizeAnswers(f)
	}
	if len(f.yieldFor) > 0 {
		changed = s.summarizeYields(f) || changed
	}
	return s.summarizeWrites(f) || changed
}

// summarizeWrites computes what f can write from the summaries of what it
// calls, and reports whether that grew: a code more, or a path found
// that may finish without setting a status. The codes are its status
// writes, the codes of the functions it calls, those of the literals
// inside it, an implicit 200 where it or a handler literal inside it
// finishes without setting a status, and, for a handler factory or a
// middleware, what the handler it returns writes.
func (s *state) summarizeWrites(f *fnode) bool {
	if !f.responds {
		return false
	}
	var codes []written.Code
	// The parts of the body that run only for some request methods.
	var regions []methodRegion
	if f.readsMethod {
		regions = s.methodRegions(f.body)
	}
	// The status writes in the body, those of its literals included,
	// and the parameters it writes as the status.
	var forwards []int
	sc := s.scopeOf(f)
	var calls []Dispatch
	for _, wr := range s.status.WritesIn(f.body) {
		if wr.Unknown() && s.isRecvField(wr.Status, sc) {
			// w.WriteHeader(response.StatusCode): the value's field,
			// known where the value is.
			var b bound
			s.bind(wr.Status, nil, Dispatch{Status: true, Posn: s.posn(wr.Status.Pos())}, sc, 0, &b)
			codes = append(codes, guard(b.codes, regions, wr.Status.Pos())...)
			calls = append(calls, b.calls...)
			continue
		}
		codes = append(codes, guard(s.codes(wr), regions, wr.Status.Pos())...)
		if wr.Forwarded && f.lit != nil {
			// A literal stored as a function-valued field's default
			// (gin's ErrorHandler) writes the code it is given.
			if v, ok := usedObject(s.pass.TypesInfo, wr.Status).(*types.Var); ok {
				if i := paramIndex(f.sig, v); i >= 0 && !slices.Contains(forwards, i) {
					forwards = append(forwards, i)
				}
			}
		}
	}
	slices.Sort(forwards)
	// The functions it calls, those known only where a value is (see
	// dispatch.go), and the literals inside it.
	for _, c := range f.calls {
		var b bound
		if s.callDispatch(c.call, c.callee, sc, &b) {
			codes = append(codes, guard(b.codes, regions, c.call.Pos())...)
			calls = append(calls, b.calls...)
			continue
		}
		if c.callee != nil && s.world.row(c.callee) == nil {
			if sub := s.funcWrites(c.callee); sub != nil {
				codes = append(codes, guard(sub.Codes, regions, c.call.Pos())...)
				if len(sub.Calls) > 0 {
					s.bindCall(sub.Calls, c.call, c.callee, sc, &b)
					codes = append(codes, guard(b.codes, regions, c.call.Pos())...)
					calls = append(calls, b.calls...)
				}
			}
			if r := s.world.responders[c.callee]; r != nil && r.How == frameworks.Writes {
				codes = append(codes, s.table(r, c.call)...) // http.NotFound(w, r)
			}
		}
	}
	// Where a handler finishes without a status: its own paths and
	// those of the handler literals inside it.
	var ends []written.Code
	for _, lit := range f.lits {
		s.read(lit, phaseCodes)
		codes = append(codes, lit.inner...)
		ends = append(ends, lit.sum.Ends...)
		calls = append(calls, lit.sum.Calls...)
	}
	if f.lit == nil && s.returnsHandler(f.sig) {
		// A handler factory returning a value of a handler type
		// (return &fileHandler{root}) writes what its ServeHTTP writes.
		for _, ret := range f.returns {
			for _, e := range ret.Results {
				t := s.pass.TypesInfo.TypeOf(e)
				if t == nil || types.IsInterface(t) && !isCall(e) {
					continue // return next: the handler it was given counts where it is given
				}
				if _, lit := ast.Unparen(e).(*ast.FuncLit); !lit && s.isHandlerValue(t) && !s.world.isRouter(t) {
					c, _ := s.handler(e, nil, 0)
					codes = append(codes, c...)
					ends = append(ends, s.ends(e, nil, 0)...)
				}
			}
		}
	}
	var implicit, finish []written.Code
	always, handler := false, false
	if f.sig != nil && s.world.takesWriter(f.sig) {
		handler = s.world.isHandlerFunc(f.sig)
		implicit, finish, always = s.paths(f.body, handler, s.world.errContext(f.sig), regions)
		implicit = append(implicit, finish...)
		ends = append(ends, finish...)
	}
	// Codes only grow, and a path once found to finish without a
	// status stays found: the least set of codes and the greatest
	// always (a function starts at true, see initSummary) that the
	// summaries of a cycle agree on.
	var inner []written.Code
	if f.lit != nil {
		// A handler literal's implicit 200s count for the function it
		// is inside; a helper's body written without a status counts
		// where the helper is called.
		inner = slices.Concat(codes, f.inner)
		if handler {
			inner = append(inner, implicit...)
		}
		inner = written.Normalize(inner)
	}
	codes = written.Normalize(slices.Concat(codes, implicit, f.sum.Codes))
	ends = written.Normalize(slices.Concat(ends, f.sum.Ends))
	always = always && f.sum.Always
	calls = normalizeCalls(slices.Concat(calls, f.sum.Calls))
	changed := always != f.sum.Always || !slices.Equal(codes, f.sum.Codes) || !slices.Equal(ends, f.sum.Ends) || !slices.Equal(inner, f.inner) ||
		!slices.EqualFunc(calls, f.sum.Calls, func(a, b Dispatch) bool { return compareDispatch(a, b) == 0 }) ||
		!slices.Equal(forwards, f.sum.Forwards)
	f.sum = writes{Codes: codes, Always: always, Ends: ends, Calls: calls, Forwards: forwards}
	f.inner = inner
	return changed
}

func isCall(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// responds reports whether a function with signature sig can take part
// in a response: it takes a ResponseWriter (a handler, a helper), or
// returns a handler (middleware, a handler factory). Only those are
// summarized: the codes reachable from main through ListenAndServe are
// no handler's.
func (s *state) responds(sig *types.Signature) bool {
	return s.world.takesWriter(sig) || s.returnsHandler(sig)
}

// returnsHandler reports whether a function returns a handler.
func (s *state) returnsHandler(sig *types.Signature) bool { return s.returnsHandlerAt(sig, 0) }

func (s *state) returnsHandlerAt(sig *types.Signature, depth int) bool {
	if sig == nil {
		return false
	}
	for v := range sig.Results().Variables() {
		if s.handlerValue(v.Type(), depth) {
			return true
		}
	}
	return false
}

func (s *state) bodyOf(node ast.Node) (*ast.BlockStmt, *types.Signature) {
	switch n := node.(type) {
	case *ast.FuncDecl:
		obj, _ := s.pass.TypesInfo.Defs[n.Name].(*types.Func)
		if obj == nil {
			return n.Body, nil
		}
		return n.Body, obj.Signature()
	case *ast.FuncLit:
		sig, _ := s.pass.TypesInfo.TypeOf(n).(*types.Signature)
		return n.Body, sig
	}
	return nil, nil
}

// table returns the codes of a responder of the table, written at e.
func (s *state) table(r *frameworks.Responder, e ast.Node) []written.Code {
	var out []written.Code
	for _, c := range r.Codes {
		out = append(out, s.code(c, e.Pos()))
	}
	return out
}

// codes lists a write's codes; a value known neither as a constant nor
// as a wrapper's parameter is code 0 at the write.
func (s *state) codes(wr analyzer.Write) []written.Code {
	if wr.Unknown() {
		return []written.Code{s.code(0, wr.Status.Pos())}
	}
	var out []written.Code
	for _, c := range wr.Codes {
		out = append(out, s.code(int(c.Value), c.Expr.Pos()))
	}
	return out
}

// An event is what a node of a handler's body does to the response.
type event uint8

const (
	evNone event = iota
	evSet        // sets the status, or passes the request on to a handler
	evBody       // writes the body: the status is 200 from here
	// evUnknown: a function of the standard library that is not followed
	// into (http.NotFound, http.ServeFile) writes the response.
	evUnknown
)

// paths walks the control-flow graph of a function that takes a
// ResponseWriter. A path that writes a body before any status gives an
// implicit 200 where it writes; in a handler (finishes), a path that
// returns without either gives one where it returns (ends). A function
// of a framework that returns an error (echo, fiber; errs, nil for any
// other function) answers what the error answers where it returns one
// that sets no status itself. A code found in a region of the body that
// runs only for some methods (regions) is for those methods, as a status
// written there is. always reports
// whether every path that returns sets a status or writes a body.
func (s *state) paths(body *ast.BlockStmt, finishes bool, errs *frameworks.Context, regions []methodRegion) (codes, ends []written.Code, always bool) {
	g := cfg.New(body, s.mayReturn)
	if len(g.Blocks) == 0 {
		return nil, nil, false
	}
	always = true
	seen := make(map[*cfg.Block]bool)
	stack := []*cfg.Block{g.Blocks[0]}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		settled := false
		for _, n := range b.Nodes {
			ev, pos := s.event(n)
			switch ev {
			case evBody:
				codes = append(codes, guard([]written.Code{s.code(200, pos)}, regions, pos)...)
			case evUnknown:
				codes = append(codes, guard([]written.Code{s.code(0, pos)}, regions, pos)...)
			}
			if ev != evNone {
				settled = true
				break
			}
			// return err: the framework answers the error's code.
			if ret, ok := n.(*ast.ReturnStmt); ok && errs != nil && len(ret.Results) == 1 {
				if e := ret.Results[0]; !s.pass.TypesInfo.Types[e].IsNil() {
					// return echo.ErrNotFound, return toHTTPError(err)
					codes = append(codes, guard(s.answer(e, errs), regions, ret.Pos())...)
					settled = true
					break
				}
			}
		}
		if settled {
			continue
		}
		if len(b.Succs) == 0 {
			ret := b.Return()
			if ret == nil && s.noReturn(b) {
				continue // panics, exits
			}
			always = false
			if finishes {
				pos := body.Rbrace
				if ret != nil {
					pos = ret.Pos()
				}
				ends = append(ends, guard([]written.Code{s.code(200, pos)}, regions, pos)...)
			}
			continue
		}
		for i := len(b.Succs) - 1; i >= 0; i-- {
			stack = append(stack, b.Succs[i])
		}
	}
	return codes, ends, always
}

// noReturn reports whether a block without successors ends in a call
// that does not return, rather than at the end of the body.
func (s *state) noReturn(b *cfg.Block) bool {
	if len(b.Nodes) == 0 {
		return false
	}
	stmt, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(stmt.X).(*ast.CallExpr)
	return ok && !s.mayReturn(call)
}

// mayReturn reports whether a call may return: all but panic. The graph
// is built here, not by the ctrlflow pass, whose knowledge of functions
// that never return (log.Fatal) would cost a graph for every function of
// every package and would not run on code with type errors; a handler
// that ends in log.Fatal is taken to finish.
func (s *state) mayReturn(call *ast.CallExpr) bool {
	b, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Builtin)
	return !ok || b.Name() != "panic"
}

// event returns the first thing node n does to the response, in
// evaluation order as far as the syntax shows it, and where.
func (s *state) event(n ast.Node) (ev event, pos token.Pos) {
	ast.Inspect(n, func(n ast.Node) bool {
		if ev != evNone {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // runs later, if at all
		case *ast.CallExpr:
			// The receiver is evaluated first: c.Status(403).SendString(...),
			// json.NewEncoder(w).Encode(v).
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if ev, pos = s.event(sel.X); ev != evNone {
					return false
				}
			}
			for _, arg := range n.Args {
				if s.writeAt[arg] {
					ev, pos = evSet, n.Pos()
					return false
				}
			}
			// Then the arguments.
			for _, arg := range n.Args {
				if ev, pos = s.event(arg); ev != evNone {
					return false
				}
			}
			ev, pos = s.callEvent(n), n.Pos()
			return false
		}
		return true
	})
	return ev, pos
}

// callEvent is what the call itself does to the response.
func (s *state) callEvent(call *ast.CallExpr) event {
	info := s.pass.TypesInfo
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		switch {
		case s.world.next[fn]:
			return evSet // c.Next(): the next handler writes the response
		case s.world.aborts[fn]:
			return evBody // c.Abort(): the status so far, else 200
		case s.world.bodies[fn]:
			return evBody
		case s.dispatches(fn):
			return evSet // the implementation writes the response
		}
		if r := s.world.responders[fn]; r != nil && r.How == frameworks.Writes {
			return evSet // http.NotFound(w, r), http.ServeFile: their codes are the table's
		}
		sig := fn.Signature()
		if recv := sig.Recv(); recv != nil {
			switch {
			case fn.Name() == "ServeHTTP" && s.world.isHandler(recv.Type()):
				return evSet // the inner handler writes the response
			case fn.Name() == "Write" && s.world.isWriter(recv.Type()):
				return evBody
			}
		}
		if f := s.funcWrites(fn); f != nil && f.Always {
			return evSet
		}
		// A ResponseWriter passed as a plain writer (fmt.Fprintf,
		// json.NewEncoder, io.Copy) is written to; one passed to the
		// standard library as a ResponseWriter gets what is not known.
		params := sig.Params()
		for i, arg := range call.Args {
			if i >= params.Len() {
				break
			}
			pt, at := params.At(i).Type(), info.TypeOf(arg)
			if !types.IsInterface(pt) || !types.IsInterface(at) || !s.world.isWriter(at) {
				continue
			}
			if !s.world.isWriter(pt) {
				return evBody
			}
			if fn.Pkg() != nil && std.Is(fn.Pkg().Path()) {
				return evUnknown
			}
		}
	case *types.Var:
		// next(w, r), next(c): a handler in a variable, the inner
		// handler of a middleware.
		if sig, ok := fn.Type().Underlying().(*types.Signature); ok && s.world.takesWriter(sig) {
			return evSet
		}
	}
	return evNone
}

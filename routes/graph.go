package routes

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file gathers, in one walk of each function body, what the
// summaries need (the calls and their callees, the function literals,
// the return statements and, where routes are registered, the local
// assignments and the callbacks), and solves the summaries over the
// graph of calls between the package's functions. A summary depends on
// those of the functions it calls, which may call it back: each is
// computed again until none changes, callees before callers (strongly
// connected components in reverse topological order), so that every
// function of a cycle gets every code of the cycle, and what is exported
// as a fact is final and does not depend on the order of files or
// declarations.

// A fnode is a function of the package: a declaration, or a function
// literal inside one.
type fnode struct {
	lit *ast.FuncLit // nil for a declaration
	obj *types.Func  // the declared function; nil for a literal
	sig *types.Signature
	// body is the function's body.
	body *ast.BlockStmt
	// key names the function independently of files and of the order
	// of declarations: the full name of a declaration, a literal's
	// enclosing function's key and its index there.
	key string

	// top is the declaration a literal is inside; nil for a declaration.
	top     *fnode
	lits    []*fnode          // the literals directly inside
	calls   []callSite        // the calls directly in the body, not in its literals
	returns []*ast.ReturnStmt // the returns directly in the body
	// syntax is what the walk for routes needs of a declaration's body,
	// literals included; nil for a literal, and when the package
	// registers no route.
	syntax *routeSyntax

	// responds: the function is summarized (see state.responds); a
	// literal always is.
	responds bool
	// readsMethod: the body (its literals included) reads the request's
	// method, and may write some codes for some methods only.
	readsMethod bool
	// sum is what the function can write, the writes fact of a
	// declaration; inner is what a function it is inside gets from it:
	// sum without the implicit 200s of a literal that is no handler.
	sum   writes
	inner []written.Code
	// yieldFor are the methods the values it returns are summarized
	// for, yld what they write (see yields.go): a declaration's.
	yieldFor []string
	yld      []yield
	// errs: what the function's result answers is summarized (see
	// state.answersErrors); ans is that, its answers fact.
	errs bool
	ans  answers
	// rel are the routes a declaration registers on a router it is
	// passed or returns, its registers fact; abs those on its own
	// routers, which go to the package's result.
	rel []relRoute
	abs []Route
	// uses are the middleware it leaves on the routers it is passed or
	// returns, with rel its registers fact.
	uses []relUse

	// The solver's state: the function's place in the order, whether
	// its summary is to be computed (again), how often it was, and the
	// functions whose summaries read this one's.
	rank   int
	dirty  bool
	rounds int
	users  []*fnode
}

// A callSite is a call and the function or method it calls, nil when it
// calls neither (a function value, a conversion, a builtin).
type callSite struct {
	call   *ast.CallExpr
	callee *types.Func
}

// routeSyntax is what the walk for routes needs of a declaration's body,
// its literals included.
type routeSyntax struct {
	// calls are the calls in the order of the source.
	calls []callSite
	// outer maps a call to the call of a method on its result:
	// HandleFunc(path, h) to HandleFunc(path, h).Methods("GET").
	outer map[*ast.CallExpr]*ast.CallExpr
	// locals are what is assigned to each local variable.
	locals map[*types.Var][]ast.Expr
	// stores are what is assigned to the fields of each variable.
	stores map[*types.Var][]fieldStore
	// results are the expressions whose first result a variable is.
	results map[*types.Var]ast.Expr
	// elems are the collections whose elements a range loop's value
	// variable takes: for _, mw := range sh.middlewares.
	elems map[*types.Var]ast.Expr
	// callbacks maps the router parameter of a function literal passed
	// to chi's Route or Group to that call.
	callbacks map[*types.Var]*ast.CallExpr
	// fieldStores are the locals whose fields are stored into, or whose
	// address is taken: their fields are not their literal's.
	fieldStores map[*types.Var]bool
}

// collect walks a declaration's body once and returns its fnode, after
// the fnodes of the literals inside it; forRoutes: the walk gathers what
// the walk for routes needs too.
func (s *state) collect(decl *ast.FuncDecl, forRoutes bool) []*fnode {
	info := s.pass.TypesInfo
	root := &fnode{body: decl.Body}
	root.obj, _ = info.Defs[decl.Name].(*types.Func)
	if root.obj != nil {
		root.sig = root.obj.Signature()
		root.key = root.obj.FullName()
		root.responds = s.responds(root.sig)
		root.errs = s.answersErrors(root.obj, root.sig)
		root.yieldFor = s.yieldMethods(root.sig)
	} else {
		root.key = decl.Name.Name
	}
	var syn *routeSyntax
	if forRoutes || len(root.yieldFor) > 0 {
		// The locals of a function that returns values with methods
		// that write are followed to what it returns.
		syn = &routeSyntax{
			outer:       make(map[*ast.CallExpr]*ast.CallExpr),
			locals:      make(map[*types.Var][]ast.Expr),
			stores:      make(map[*types.Var][]fieldStore),
			results:     make(map[*types.Var]ast.Expr),
			elems:       make(map[*types.Var]ast.Expr),
			callbacks:   make(map[*types.Var]*ast.CallExpr),
			fieldStores: make(map[*types.Var]bool),
		}
		root.syntax = syn
	}
	addLocal := func(id *ast.Ident, rhs ast.Expr) {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			syn.locals[v] = append(syn.locals[v], rhs)
		}
	}
	nodes := []*fnode{root}
	fns := []*fnode{root} // the innermost function at each depth
	var stack []ast.Node  // the ancestors of the node visited
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				fns = fns[:len(fns)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		cur := fns[len(fns)-1]
		switch n := n.(type) {
		case *ast.FuncLit:
			lit := &fnode{lit: n, body: n.Body, responds: true, top: root, key: fmt.Sprintf("%s$%d", cur.key, len(cur.lits))}
			lit.sig, _ = info.TypeOf(n).(*types.Signature)
			cur.lits = append(cur.lits, lit)
			s.litNodes[n] = lit
			nodes = append(nodes, lit)
			fns = append(fns, lit)
		case *ast.CallExpr:
			site := callSite{call: n}
			site.callee, _ = typeutil.Callee(info, n).(*types.Func)
			cur.calls = append(cur.calls, site)
			if syn == nil {
				break
			}
			syn.calls = append(syn.calls, site)
			if k := len(stack); k >= 2 {
				if sel, ok := stack[k-1].(*ast.SelectorExpr); ok && sel.X == n {
					if outer, ok := stack[k-2].(*ast.CallExpr); ok && outer.Fun == sel {
						syn.outer[n] = outer
					}
				}
			}
			if row := s.world.row(site.callee); row != nil && row.Op == frameworks.OpCallback && row.Handler < len(n.Args) {
				if lit, ok := ast.Unparen(n.Args[row.Handler]).(*ast.FuncLit); ok {
					if params := lit.Type.Params.List; len(params) > 0 && len(params[0].Names) > 0 {
						if v, ok := info.Defs[params[0].Names[0]].(*types.Var); ok {
							syn.callbacks[v] = n
						}
					}
				}
			}
		case *ast.ReturnStmt:
			cur.returns = append(cur.returns, n)
		case *ast.SelectorExpr:
			if s.world.methodReads[info.Uses[n.Sel]] {
				for _, f := range fns {
					f.readsMethod = true
				}
			}
		case *ast.AssignStmt:
			if syn != nil && len(n.Lhs) > 1 && len(n.Rhs) == 1 {
				// response, err := handler(...); v, ok := x.(T)
				if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						syn.results[v] = n.Rhs[0]
					}
				}
			}
			if syn != nil && len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
				for i, lhs := range n.Lhs {
					switch lhs := ast.Unparen(lhs).(type) {
					case *ast.Ident:
						addLocal(lhs, n.Rhs[i])
					case *ast.SelectorExpr:
						// options.ErrorHandlerFunc = f
						if id, ok := ast.Unparen(lhs.X).(*ast.Ident); ok {
							if v, ok := info.Uses[id].(*types.Var); ok {
								syn.stores[v] = append(syn.stores[v], fieldStore{lhs.Sel.Name, n.Rhs[i]})
							}
						}
					}
				}
			}
			if syn != nil {
				for _, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						storedInto(syn, info, sel.X)
					}
				}
			}
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok && syn != nil {
				if v, ok := info.ObjectOf(id).(*types.Var); ok {
					syn.elems[v] = n.X
				}
			}
		case *ast.UnaryExpr:
			if syn != nil && n.Op == token.AND {
				storedInto(syn, info, n.X)
			}
		case *ast.ValueSpec:
			if syn != nil && len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					addLocal(id, n.Values[i])
				}
			}
		}
		stack = append(stack, n)
		return true
	})
	return nodes
}

// storedInto records that the local variable e may have its fields
// changed.
func storedInto(syn *routeSyntax, info *types.Info, e ast.Expr) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok {
			syn.fieldStores[v] = true
		}
	}
}

// order returns the functions with callees before callers: the strongly
// connected components of the graph of calls (and of a function to the
// literals inside it) in reverse topological order, by Tarjan's
// algorithm. The walk starts from the functions in order of their keys
// and follows the calls of a body in the order of the source, so the
// order depends neither on file names nor on the order of declarations.
func (s *state) order(nodes []*fnode) []*fnode {
	roots := slices.Clone(nodes)
	slices.SortStableFunc(roots, func(a, b *fnode) int { return cmp.Compare(a.key, b.key) })
	index := make(map[*fnode]int, len(nodes))
	low := make(map[*fnode]int, len(nodes))
	onStack := make(map[*fnode]bool)
	var stack, out []*fnode
	var visit func(f *fnode)
	visit = func(f *fnode) {
		index[f] = len(index)
		low[f] = index[f]
		stack = append(stack, f)
		onStack[f] = true
		edge := func(g *fnode) {
			if _, seen := index[g]; !seen {
				visit(g)
				low[f] = min(low[f], low[g])
			} else if onStack[g] {
				low[f] = min(low[f], index[g])
			}
		}
		for _, c := range f.calls {
			if g := s.nodes[c.callee]; c.callee != nil && g != nil {
				edge(g)
			}
		}
		for _, g := range f.lits {
			edge(g)
		}
		if low[f] == index[f] {
			for {
				g := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[g] = false
				out = append(out, g)
				if g == f {
					break
				}
			}
		}
	}
	for _, f := range roots {
		if _, seen := index[f]; !seen {
			visit(f)
		}
	}
	return out
}

// A phase is what the solver computes: the codes, then the routes,
// which need the codes final.
type phase uint8

const (
	phaseCodes phase = iota + 1
	phaseRoutes
)

// solve computes eval for each function in order until none changes:
// the functions whose summaries read one that changed are computed
// again, the earliest first, so that a component of the graph is solved
// before the functions that call it. eval reports whether the summary
// changed; the summaries of the phase that it reads are recorded by
// s.read.
func (s *state) solve(ph phase, order []*fnode, eval func(*fnode) bool) {
	s.phase = ph
	defer func() { s.phase = 0 }()
	for i, f := range order {
		f.rank, f.dirty, f.rounds, f.users = i, true, 0, nil
	}
	for i := 0; i < len(order); i++ {
		f := order[i]
		if !f.dirty {
			continue
		}
		f.dirty = false
		f.rounds++
		s.user = f
		changed := eval(f)
		s.user = nil
		if !changed {
			continue
		}
		for _, u := range f.users {
			if !u.dirty {
				u.dirty = true
				i = min(i, u.rank-1)
			}
		}
	}
}

// read records that the summary being computed reads f's summary of
// phase ph.
func (s *state) read(f *fnode, ph phase) {
	if u := s.user; u != nil && s.phase == ph && !slices.Contains(f.users, u) {
		f.users = append(f.users, u)
	}
}

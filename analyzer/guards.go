package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// This file finds the guards around a use of a variable: comparisons with
// a constant that every value reaching the use satisfies. A wrapper that
// writes its parameter only when it is not 0 does not receive 0:
//
//	if code != 0 { w.WriteHeader(code) }          // in the body
//	if code == 0 { return }; w.WriteHeader(code)  // after an if that leaves
//	if code == 0 { code = http.StatusOK }         // after an if that replaces
//
// A condition split by && holds in the body; one split by || holds,
// negated, in the else branch and after the if.

// An ifGuard is an if statement of a function body that compares
// variables with constants.
type ifGuard struct {
	stmt     *ast.IfStmt
	blockEnd token.Pos    // end of the statement list that holds it
	then     []varCond    // hold in the body
	els      []varCond    // hold in the else branch, and after an if that leaves or replaces
	exits    bool         // the body ends in return, panic, break, continue or goto
	assigns  []*types.Var // variables the body assigns
}

type varCond struct {
	v *types.Var
	cond
}

// A guardHit is an if whose conditions on a variable hold at a use of
// it, for the values that pass the if's condition on their way there.
type guardHit struct {
	g     *ifGuard
	conds []varCond // g.then or g.els
}

// guardsAt returns the ifs whose conditions on v hold at pos, for the
// values of v that pass them: in the body, the conditions of then; in the
// else branch, those of els; after an if that leaves, or that assigns v
// a new value when its condition holds, those of els too. Which values
// pass an if is condsFor's to say.
func (fl *flow) guardsAt(v *types.Var, pos token.Pos) (*function, []guardHit) {
	fn := fl.fnOf(v)
	if fn == nil {
		return nil, nil
	}
	var hits []guardHit
	for i := range fl.ifsOf(fn) {
		g := &fn.ifs[i]
		if g.stmt.Pos() > pos {
			break // in position order
		}
		var vcs []varCond
		switch {
		case g.stmt.Body.Pos() <= pos && pos < g.stmt.Body.End():
			vcs = g.then
		case g.stmt.Else != nil:
			if g.stmt.Else.Pos() <= pos && pos < g.stmt.Else.End() {
				vcs = g.els
			}
		case g.stmt.End() <= pos && pos < g.blockEnd:
			if g.exits || slices.Contains(g.assigns, v) {
				vcs = g.els
			}
		}
		if slices.ContainsFunc(vcs, func(vc varCond) bool { return vc.v == v }) {
			hits = append(hits, guardHit{g, vcs})
		}
	}
	return fn, hits
}

// condsFor returns the conditions of hits that hold, at the use at pos,
// for the value of v assigned at from (token.NoPos: the value a
// parameter was passed). A guard holds for the values that pass its
// condition: those assigned before it, and those assigned after the use
// that come back to it around a loop that holds the if too. A value
// assigned after the condition, in the if or between the if and the use,
// is not filtered by it.
func condsFor(fn *function, hits []guardHit, v *types.Var, from, pos token.Pos) []cond {
	var out []cond
	for _, h := range hits {
		if passes(fn, h.g, from, pos) {
			out = appendConds(out, h.conds, v)
		}
	}
	return out
}

// passes reports whether the value assigned at from goes through the
// condition of g on its way to the use at pos.
func passes(fn *function, g *ifGuard, from, pos token.Pos) bool {
	if from < g.stmt.Cond.Pos() {
		return true // before the condition: the value a parameter was passed, or an if's init
	}
	if from < pos {
		return false // after the condition, before the use
	}
	// After the use: the value comes back around the innermost loop that
	// holds both, through the condition if the loop holds the if.
	var loop ast.Node
	for _, l := range fn.loopsOf() {
		if l.Pos() <= pos && from < l.End() {
			loop = l // in preorder: the last that holds both is the innermost
		}
	}
	return loop != nil && loop.Pos() < g.stmt.Pos()
}

// loopsOf returns the for and range statements of fn's body, in
// preorder. They are not kept: only a value assigned after its use asks,
// which is rare, and a field for them would cost every function.
func (fn *function) loopsOf() []ast.Node {
	var loops []ast.Node
	if fn.body == nil {
		return nil
	}
	ast.Inspect(fn.body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		}
		return true
	})
	return loops
}

func appendConds(out []cond, vcs []varCond, v *types.Var) []cond {
	for _, vc := range vcs {
		if vc.v == v {
			out = append(out, vc.cond)
		}
	}
	return out
}

// fnOf returns the function of this package that declares the parameter
// or local variable v.
func (fl *flow) fnOf(v *types.Var) *function {
	if p, ok := fl.params[v]; ok {
		return p.fn
	}
	for sc := v.Parent(); sc != nil && sc != fl.r.pass.Pkg.Scope(); sc = sc.Parent() {
		if fn := fl.byScope[sc]; fn != nil {
			return fn
		}
	}
	return nil
}

// ifsOf returns the guards of fn's body, in position order, found on
// first need: most functions never have a variable at a sink.
func (fl *flow) ifsOf(fn *function) []ifGuard {
	if fn.scanned || fn.body == nil {
		return fn.ifs
	}
	fn.scanned = true
	scan := func(list []ast.Stmt, end token.Pos) {
		for _, stmt := range list {
			if is, ok := stmt.(*ast.IfStmt); ok {
				if g, ok := fl.ifGuard(is, end); ok {
					fn.ifs = append(fn.ifs, g)
				}
			}
		}
	}
	ast.Inspect(fn.body, func(n ast.Node) bool {
		// A function literal's ifs count too: a closure guards the
		// parameters it captures (if code != 0 { w.WriteHeader(code) }).
		if list := stmtList(n); list != nil {
			scan(list, n.End())
		}
		return true
	})
	slices.SortFunc(fn.ifs, func(a, b ifGuard) int { return int(a.stmt.Pos() - b.stmt.Pos()) })
	return fn.ifs
}

// ifGuard reads the comparisons of an if statement's condition.
func (fl *flow) ifGuard(is *ast.IfStmt, blockEnd token.Pos) (ifGuard, bool) {
	g := ifGuard{stmt: is, blockEnd: blockEnd}
	if and := splitCond(is.Cond, token.LAND, nil); len(and) > 0 {
		for _, e := range and {
			if vc, ok := fl.comparison(e); ok {
				g.then = append(g.then, vc)
			}
		}
	}
	if or := splitCond(is.Cond, token.LOR, nil); len(or) > 0 {
		ok := true
		var els []varCond
		for _, e := range or {
			vc, isCmp := fl.comparison(e)
			if !isCmp {
				ok = false // !(a || b) is !a && !b: each term must be read
				break
			}
			vc.op = negate(vc.op)
			els = append(els, vc)
		}
		if ok {
			g.els = els
		}
	}
	if len(g.then) == 0 && len(g.els) == 0 {
		return g, false
	}
	if n := len(is.Body.List); n > 0 {
		switch last := is.Body.List[n-1].(type) {
		case *ast.ReturnStmt, *ast.BranchStmt:
			g.exits = true
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(last.X).(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if b, ok := fl.r.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
						g.exits = true
					}
				}
			}
		}
	}
	ast.Inspect(is.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					if v, ok := fl.r.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						g.assigns = append(g.assigns, v)
					}
				}
			}
		}
		return true
	})
	return g, true
}

// splitCond splits e at the top-level operator op (&& or ||); a condition
// without op is one term.
func splitCond(e ast.Expr, op token.Token, out []ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == op {
		out = splitCond(b.X, op, out)
		return splitCond(b.Y, op, out)
	}
	return append(out, e)
}

// comparison reads v op c, or c op v, for a variable v and a constant c.
func (fl *flow) comparison(e ast.Expr) (varCond, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return varCond{}, false
	}
	switch b.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return varCond{}, false
	}
	info := fl.r.pass.TypesInfo
	read := func(x, y ast.Expr) (varCond, bool) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return varCond{}, false
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return varCond{}, false
		}
		c := info.Types[y].Value
		if c == nil || constant.ToInt(c).Kind() != constant.Int {
			return varCond{}, false
		}
		return varCond{v, cond{b.Op, constant.ToInt(c)}}, true
	}
	if vc, ok := read(b.X, b.Y); ok {
		return vc, true
	}
	if vc, ok := read(b.Y, b.X); ok {
		vc.op = mirror(vc.op)
		return vc, true
	}
	return varCond{}, false
}

// negate returns the comparison that holds when op does not.
func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.GEQ:
		return token.LSS
	case token.GTR:
		return token.LEQ
	case token.LEQ:
		return token.GTR
	}
	return op
}

// mirror returns op with its operands swapped: c < v is v > c.
func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// satisfies reports whether the constant e meets every condition.
func (fl *flow) satisfies(e ast.Expr, conds []cond) bool {
	if len(conds) == 0 {
		return true
	}
	v := constant.ToInt(fl.r.pass.TypesInfo.Types[e].Value)
	if v.Kind() != constant.Int {
		return true
	}
	for _, c := range conds {
		if !constant.Compare(v, c.op, c.c) {
			return false
		}
	}
	return true
}

// joinConds returns the conditions of both: a value meets a and b.
func joinConds(a, b []cond) []cond {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := append([]cond(nil), a...)
	for _, c := range b {
		if !containsCond(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// meetConds returns the conditions in both: those that hold on every path.
func meetConds(a, b []cond) []cond {
	var out []cond
	for _, c := range a {
		if containsCond(b, c) {
			out = append(out, c)
		}
	}
	return out
}

func containsCond(cs []cond, c cond) bool {
	return slices.ContainsFunc(cs, func(d cond) bool {
		return d.op == c.op && constant.Compare(d.c, token.EQL, c.c)
	})
}

// guardFacts converts conds to the fact's form; a condition on a constant
// beyond int64 is dropped, which only lets more values through.
func guardFacts(cs []cond) []guardFact {
	var out []guardFact
	for _, c := range cs {
		if n, ok := constant.Int64Val(c.c); ok {
			out = append(out, guardFact{Op: c.op, C: n})
		}
	}
	return out
}

// meeting returns f with only the codes that meet conds: those another
// package's status function returns that a guard lets through
// (if status == 0 { status = http.StatusOK } drops its 0).
func (f *isStatusFunc) meeting(conds []cond) *isStatusFunc {
	var g *isStatusFunc
	for i, c := range f.Codes {
		v := constant.MakeInt64(int64(c.Written.Code))
		if slices.ContainsFunc(conds, func(k cond) bool { return !constant.Compare(v, k.op, k.c) }) {
			if g == nil {
				g = new(isStatusFunc)
				*g = *f
				g.Codes = slices.Clone(f.Codes[:i])
			}
			continue
		}
		if g != nil {
			g.Codes = append(g.Codes, c)
		}
	}
	if g == nil {
		return f
	}
	return g
}

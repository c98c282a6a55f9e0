package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file finds the package variables that hold an error known not to
// be nil, sentinels (var ErrNotFound = errors.New("not found")): a code
// returned beside one is returned beside a failure (errside.go), in the
// sentinel's package and, through a fact, in those that import it.

// isSentinel marks an exported package variable of an error type that
// holds an error known not to be nil: set where it is declared by
// errors.New, fmt.Errorf, a composite literal or its address, or another
// sentinel, and assigned nowhere else in its package (nor is its address
// taken there). The fact is empty: a sentinel costs importers one object
// fact and nothing more.
type isSentinel struct{}

func (*isSentinel) AFact() {}

func (*isSentinel) String() string { return "nonNilError" }

// sentinels returns the package variables of pass's package that are
// sentinels. Only packages that declare a variable of an error type with
// an initializer are walked, once, for the assignments that would undo it.
func sentinels(pass *analysis.Pass) map[*types.Var]bool {
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	init := make(map[*types.Var]ast.Expr)
	for _, in := range pass.TypesInfo.InitOrder {
		if len(in.Lhs) != 1 {
			continue // v, w = f(): not a constructor of errors
		}
		v := in.Lhs[0]
		if v.Name() != "_" && types.Implements(v.Type(), errIface) {
			init[v] = in.Rhs
		}
	}
	if len(init) == 0 {
		return nil
	}
	// A candidate assigned in a function, or whose address is taken, may
	// hold another error (or nil) by the time it is returned.
	undo := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := pass.TypesInfo.Uses[id].(*types.Var); ok {
				delete(init, v)
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					undo(l)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					undo(n.X)
				}
			}
			return len(init) > 0
		})
	}
	out := make(map[*types.Var]bool)
	done := make(map[*types.Var]bool)
	var isSent func(v *types.Var) bool
	isSent = func(v *types.Var) bool {
		if v.Pkg() != pass.Pkg {
			return v.Pkg() != nil && pass.ImportObjectFact(v, new(isSentinel))
		}
		if done[v] {
			return out[v] // decided, or being decided (a cycle: not one)
		}
		done[v] = true
		if e, ok := init[v]; ok && nonNilError(pass.TypesInfo, e, isSent) {
			out[v] = true
		}
		return out[v]
	}
	for v := range init {
		isSent(v)
	}
	return out
}

// exportSentinels exports the fact of each exported sentinel of the
// package, in the order of initialization; a main package, which nothing
// imports, exports none.
func exportSentinels(pass *analysis.Pass, sent map[*types.Var]bool) {
	if len(sent) == 0 || pass.Pkg.Name() == "main" {
		return
	}
	for _, in := range pass.TypesInfo.InitOrder {
		for _, v := range in.Lhs {
			if sent[v] && v.Exported() {
				pass.ExportObjectFact(v, new(isSentinel))
			}
		}
	}
}

// nonNilError reports whether e is an error value known not to be nil:
// errors.New, fmt.Errorf, a composite literal or its address, or a
// variable that sentinel says holds one.
func nonNilError(info *types.Info, e ast.Expr, sentinel func(*types.Var) bool) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && lit
	case *ast.CallExpr:
		if f := typeutil.StaticCallee(info, e); f != nil {
			switch f.FullName() {
			case "errors.New", "fmt.Errorf":
				return true
			}
		}
		return false
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel // pkg.ErrNotFound; a field's selection is no package variable
	default:
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && !v.IsField() && v.Parent() != nil && v.Parent() == v.Pkg().Scope() && sentinel(v)
}

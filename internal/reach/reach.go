// Package reach finds packages by path among those a package imports,
// directly or not, and the functions and types of the analyzers' tables
// (sinks, routers) in them: the analyzers resolve their tables to
// objects once per package under analysis.
package reach

import "go/types"

// Find returns the packages among pkg and everything it imports,
// directly or not, whose paths are in want, by path. The result is
// empty when none is reachable.
func Find(pkg *types.Package, want map[string]bool) map[string]*types.Package {
	found := make(map[string]*types.Package)
	seen := make(map[*types.Package]bool)
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if want[p.Path()] {
			found[p.Path()] = p
		}
		for _, q := range p.Imports() {
			walk(q)
		}
	}
	walk(pkg)
	return found
}

// Func finds a package-level function of p (recv == "") or a method of
// its named type recv, an interface's or a concrete type's, whether the
// receiver is a value or a pointer; nil when there is none.
func Func(p *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := p.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, ok := p.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, p, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// Interface finds the interface type name of p; nil when there is none.
func Interface(p *types.Package, name string) *types.Interface {
	tn, ok := p.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	iface, _ := tn.Type().Underlying().(*types.Interface)
	return iface
}

// Field finds the field of p's named struct type typ; nil when there is
// none.
func Field(p *types.Package, typ, field string) *types.Var {
	tn, ok := p.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, p, field)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

package lsp

import (
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// factStore holds the facts that the analyzers exported for one package:
// about its objects, and about the package itself.
type factStore struct {
	objects  map[objectFactKey]analysis.Fact
	packages map[reflect.Type]analysis.Fact
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

func newFactStore() *factStore {
	return &factStore{
		objects:  make(map[objectFactKey]analysis.Fact),
		packages: make(map[reflect.Type]analysis.Fact),
	}
}

// bindFacts gives pass the fact functions of a: facts are exported into
// c, the package being checked, and imported from the kept package that
// declares the object, which is one of its dependencies (its types are
// the ones the pass's package was checked against).
func (d *driver) bindFacts(pass *analysis.Pass, a *analysis.Analyzer, c *checked) {
	store := func(pkg *types.Package) *factStore {
		if pkg == nil {
			return nil
		}
		if pkg == pass.Pkg {
			return c.facts
		}
		if kept := d.byTypes[pkg]; kept != nil {
			return kept.facts
		}
		return nil
	}
	check := func(fact analysis.Fact) reflect.Type {
		t := reflect.TypeOf(fact)
		if !slices.ContainsFunc(a.FactTypes, func(f analysis.Fact) bool { return reflect.TypeOf(f) == t }) {
			panic("analyzer " + a.Name + " uses fact type " + t.String() + " that it does not declare")
		}
		return t
	}
	copyFact := func(dst, src analysis.Fact) {
		reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(src).Elem())
	}
	pass.ImportObjectFact = func(obj types.Object, fact analysis.Fact) bool {
		s := store(obj.Pkg())
		if s == nil {
			return false
		}
		f, ok := s.objects[objectFactKey{obj, check(fact)}]
		if ok {
			copyFact(fact, f)
		}
		return ok
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj.Pkg() != pass.Pkg {
			panic("analyzer " + a.Name + " exported a fact about " + obj.String() + ", which is not in package " + pass.Pkg.Path())
		}
		c.facts.objects[objectFactKey{obj, check(fact)}] = fact
	}
	pass.ImportPackageFact = func(pkg *types.Package, fact analysis.Fact) bool {
		s := store(pkg)
		if s == nil {
			return false
		}
		f, ok := s.packages[check(fact)]
		if ok {
			copyFact(fact, f)
		}
		return ok
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		c.facts.packages[check(fact)] = fact
	}
	// The fact stores of the package and of its whole import graph.
	type visibleStore struct {
		pkg   *types.Package
		facts *factStore
	}
	visible := func() []visibleStore {
		var stores []visibleStore
		seen := make(map[*types.Package]bool)
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if seen[p] {
				return
			}
			seen[p] = true
			if s := store(p); s != nil {
				stores = append(stores, visibleStore{p, s})
			}
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(pass.Pkg)
		return stores
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		var facts []analysis.ObjectFact
		for _, v := range visible() {
			for k, f := range v.facts.objects {
				if slices.ContainsFunc(a.FactTypes, func(ft analysis.Fact) bool { return reflect.TypeOf(ft) == k.typ }) {
					facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
				}
			}
		}
		return facts
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		var facts []analysis.PackageFact
		for _, v := range visible() {
			for t, f := range v.facts.packages {
				if slices.ContainsFunc(a.FactTypes, func(ft analysis.Fact) bool { return reflect.TypeOf(ft) == t }) {
					facts = append(facts, analysis.PackageFact{Package: v.pkg, Fact: f})
				}
			}
		}
		return facts
	}
}

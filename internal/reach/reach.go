// Package reach finds packages by path among those a package imports,
// directly or not. The analyzers resolve their tables (sinks, routers)
// in the packages it finds, once per package under analysis.
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

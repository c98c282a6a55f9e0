package analyzer

import (
	"slices"
)

// SinkPackages returns the import paths of the packages that declare a
// sink, sorted. A package that is none of them and imports none of them,
// directly or not, gets no findings and no facts (resolveSinks), so a
// driver may take its types from export data instead of analyzing it.
func SinkPackages() []string {
	var paths []string
	for _, s := range callSinks {
		paths = append(paths, s.pkg)
	}
	for _, f := range fieldSinks {
		paths = append(paths, f.pkg)
	}
	slices.Sort(paths)
	return slices.Compact(paths)
}

package analyzer

import (
	"maps"
	"slices"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
)

// What a driver other than the analysis framework's needs to know of the
// analyzer: the language server takes most of a program's types from
// export data, and shows go vet's -json findings, which carry no URL.

// SinkPackages returns the import paths of the packages that declare a
// sink, sorted. A package that is none of them and imports none of them,
// directly or not, gets no findings and no facts (resolveSinks), so a
// driver may take its types from export data instead of analyzing it.
func SinkPackages() []string {
	return slices.Sorted(maps.Keys(frameworks.SinkPackages()))
}

// CategoryURL returns the documentation of a finding's category, the URL
// that its diagnostic carries.
func CategoryURL(category string) string {
	return repo + "#" + category
}

// Command noopfacts is the floor for analyzers with facts: noop plus one
// declared fact type, of which it exports none. Declaring a fact type is
// what makes go vet's runs on dependencies run the analyzer (and inspect)
// too, and read and write facts, as they do for httpstatus (which builds
// an inspector only in the dependencies that can reach a status sink).
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// noFact is declared and never exported.
type noFact struct{}

func (*noFact) AFact() {}

func main() {
	singlechecker.Main(&analysis.Analyzer{
		Name:      "noopfacts",
		Doc:       "noopfacts requires inspect, declares a fact type, and reports nothing",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(noFact)},
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	})
}

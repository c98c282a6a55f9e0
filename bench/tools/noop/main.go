// Command noop is the floor of the benchmark: a vet tool whose one
// analyzer requires inspect, as analyzers built on x/tools commonly do,
// and reports nothing (httpstatus builds its inspector only in packages
// that can reach a status sink). It
// declares no fact type, so go vet's dependency runs only type-check.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	singlechecker.Main(&analysis.Analyzer{
		Name:     "noop",
		Doc:      "noop requires inspect and reports nothing",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	})
}

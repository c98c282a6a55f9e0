// Command usestdlibvars is the peer of the benchmark: the analyzer of
// github.com/sashamelentyev/usestdlibvars (its default flags), built here
// against this module's golang.org/x/tools instead of the v0.33 it pins,
// whose unitchecker Go 1.26's go vet no longer speaks to (it exits 0 and
// its findings are lost).
package main

import (
	"github.com/sashamelentyev/usestdlibvars/pkg/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	singlechecker.Main(analyzer.New())
}

// Command httpstatus checks the HTTP status codes that Go server code
// sets. Run it on packages (httpstatus ./...), or as a vet tool
// (go vet -vettool=$(command -v httpstatus) ./...).
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }

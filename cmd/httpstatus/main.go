// Command httpstatus checks the HTTP status codes that Go server code
// sets.
//
//	httpstatus [flags] ./...          check packages (-json, -fix, -diff)
//	go vet -vettool=$(command -v httpstatus) ./...
//	httpstatus catalog [flags] [dir]  print the catalog that applies in dir
//	httpstatus routes [flags] [pkgs]  print the routes and the codes their handlers write;
//	                                  with an OpenAPI catalog, against their operations (-json, -check);
//	                                  -fix adds what the document lacks (-diff: print it instead);
//	                                  -write-baseline, -check -baseline: fail on new differences only;
//	                                  -format=openapi prints a document of the routes to start from
//	httpstatus lsp [flags]            a language server on stdin/stdout
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/lsp"
)

func main() {
	// Subcommands come first; go vet never passes these words as the
	// first argument (it passes flags or a .cfg file).
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "catalog":
			os.Exit(catalogCmd(os.Args[2:], os.Stdout, os.Stderr))
		case "routes":
			os.Exit(routesCmd(os.Args[2:], os.Stdout, os.Stderr))
		case "lsp":
			os.Exit(lsp.Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
		}
	}
	checkToolchain(os.Args[1:]) // toolchain.go: built with an older Go than runs it?
	// The catalogs that precheck.go loads (a broken one is one line) are
	// the analysis's: each file is read once.
	cfg := analyzer.Defaults()
	cfg.Catalogs = new(catalog.Cache)
	checkCatalogs(os.Args[1:], cfg.Catalogs)
	singlechecker.Main(profiled(withFactStats(conform.New(cfg)))) // profile.go: HTTPSTATUS_CPUPROFILE; factstats.go: HTTPSTATUS_FACTSTATS
}

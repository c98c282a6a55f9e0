package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
)

// catalogCmd prints the effective catalog for a directory: what the
// undocumented check uses there, after flags and discovery.
func catalogCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("httpstatus catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: httpstatus catalog [-catalog=PATH] [-documented=LIST] [dir]")
		fmt.Fprintln(stderr, "Prints the catalog that the undocumented check uses for packages in dir (default: .).")
		fs.PrintDefaults()
	}
	cfg := analyzer.Defaults()
	analyzer.RegisterCatalogFlags(fs, &cfg)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0 // -h: the usage, on stderr, as the other commands
		}
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		fmt.Fprintln(stderr, "httpstatus catalog:", err)
		return 1
	}
	c, err := new(catalog.Cache).Select(cfg.Catalog, cfg.Documented, abs)
	if err != nil {
		fmt.Fprintln(stderr, "httpstatus:", err)
		return 1
	}
	fmt.Fprint(stdout, c.String())
	return 0
}

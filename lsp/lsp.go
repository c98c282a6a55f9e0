// Package lsp runs the httpstatus analyzer as a language server: the
// command's lsp subcommand speaks the Language Server Protocol over stdin
// and stdout, so that any editor with an LSP client shows its findings as
// they are typed, with their suggested fixes as quick fixes. (gopls loads
// no third-party analyzers.)
//
// The server keeps the open Go files in memory. When one is opened,
// changed or saved it waits for edits to settle, then loads the file's
// package from source with the open buffers as overlays, runs the
// analyzer on it and on its dependencies (for wrapper facts, as go vet
// does), and publishes the findings of every open file of the package. A
// newer run for a package cancels an older one. An error of the analyzer
// itself, such as a broken catalog, is shown as a message; the server
// keeps running.
package lsp

import (
	"flag"
	"fmt"
	"io"
	"log"
	"time"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

// debounce is how long edits must settle before a package is analyzed
// again: each run type-checks the package's whole import graph.
const debounce = 300 * time.Millisecond

// Main runs the server with the analyzer flags in args on stdin and
// stdout, logging to stderr, and returns the exit status: 0 after a
// shutdown request and the exit notification, 1 when the client went
// away without them, 2 for bad flags.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// The analyzer's own flags, so that the server takes exactly the
	// flags that the command and go vet take.
	cfg := analyzer.Defaults()
	fs := flag.NewFlagSet("httpstatus lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.RegisterFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: httpstatus lsp [flags]")
		fmt.Fprintln(stderr, "Runs the httpstatus analyzer as a language server on stdin and stdout.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	s := newServer(cfg, stdin, stdout, log.New(stderr, "httpstatus lsp: ", log.LstdFlags))
	return s.serve()
}

// Package lsp runs the httpstatus analyzer as a language server: the
// command's lsp subcommand speaks the Language Server Protocol over stdin
// and stdout, so that any editor with an LSP client shows its findings as
// they are typed, with their suggested fixes as quick fixes. (gopls loads
// no third-party analyzers.)
//
// The server keeps the open Go files in memory. When one is opened,
// changed or saved it waits for edits to settle, then type-checks the
// file's package from source with the open buffers as overlays, runs the
// analyzer on it, and publishes the findings of every open file of the
// package. The types and wrapper facts of the dependencies are kept
// between runs and recomputed only when their files change (driver.go);
// the first run of a session also asks go vet, whose cache answers for a
// module vetted before (vet.go). A newer run for a package cancels an
// older one. An error of the analyzer
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
// again: a run of an edited package costs little, but a burst of
// keystrokes is one run.
const debounce = 200 * time.Millisecond

// openDelay is the same for an opened file: short, since opening is one
// event, but enough to take the files an editor opens at once in one run.
const openDelay = 20 * time.Millisecond

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
	s.flags = args
	return s.serve()
}

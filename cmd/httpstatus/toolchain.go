package main

// The toolchain check: httpstatus type-checks code with the go/types of
// the Go it was built with, and go/types rejects a package whose Go
// version is newer than that ("package requires newer Go version go1.27
// (application built with go1.26)"). Under go vet, every standard
// library package is handed to the tool with the Go version of the
// running toolchain, so a tool built with go1.26 and run by go1.27's
// go vet fails on all of them; the unitchecker exits 1 without a word
// for these facts-only (VetxOnly) packages, and the user's packages then
// fail with "could not import net/http (no package vetx file ...)".
// Run standalone, go/packages type-checks go1.27's standard library from
// source and reports dozens of errors in it. Both are detected here
// first, and reported as one line that says what to do.
//
// The rule: the tool must be built with a Go at least as new, in
// language version (go1.26, go1.27), as the one that runs it. Patch
// releases do not matter: go1.26.9 runs a tool built with go1.26.8.

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/version"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// installPath is what go install takes to rebuild the command.
const installPath = "github.com/httpstatuslint/httpstatus/cmd/httpstatus@latest"

// checkToolchain returns if the Go that runs httpstatus is not newer than
// the one it was built with, or cannot be told; otherwise it prints one
// line to stderr and exits 1. args are the command's arguments
// (os.Args[1:]); it is called just before singlechecker.Main.
//
//   - go vet runs the tool once per package, with a unit.cfg file. The
//     signals are GOVERSION, which the go command sets to its own
//     version for the tools it runs, and the configuration's GoVersion
//     (for a standard library package, the running toolchain's version).
//     The first process of the run to see the mismatch prints the line
//     and exits 1; the others exit quietly (see firstInRun).
//   - Standalone (httpstatus ./...), go/packages runs the go command
//     found in PATH: its version is asked once, with go env GOVERSION.
//
// go vet's handshake, "-V=full" (once per run, before any package), is
// left alone: failing it makes the go command add "go: error obtaining
// buildID" and sometimes fail to remove its work directory.
func checkToolchain(args []string) {
	builder := release(runtime.Version())
	if builder == "" {
		return // a development toolchain: cannot tell
	}
	switch {
	case isUnitConfig(args):
		cfg := args[len(args)-1]
		runner := release(os.Getenv("GOVERSION"))
		if v := configVersion(cfg); runner == "" || newer(v, runner) {
			runner = v
		}
		if newer(runner, builder) {
			first, code := firstInRun(cfg, "toolchain-"+builder+"-"+runner)
			if !first {
				os.Exit(code)
			}
			fail(builder, "go vet runs", runner)
		}
	case isPackageRun(args):
		if runner := goCommandVersion(); newer(runner, builder) {
			fail(builder, "the go command is", runner)
		}
	}
}

// mismatchMessage is the line printed on a mismatch.
func mismatchMessage(builder, what, runner string) string {
	install := "go install " + installPath
	if version.Lang(runner) != runner {
		// A toolchain release (go1.27.3), not just a language version
		// (go1.27, from a module's go line): name it, so that the
		// command works whichever go comes first in PATH.
		install = "GOTOOLCHAIN=" + runner + " " + install
	}
	return fmt.Sprintf("httpstatus was built with %s but %s %s: reinstall with %s: %s",
		builder, what, runner, runner, install)
}

func fail(builder, what, runner string) {
	fmt.Fprintln(os.Stderr, mismatchMessage(builder, what, runner))
	os.Exit(1)
}

// release returns the Go release named by v, as go/version understands
// it ("go1.26.8"), or "" if there is none. v is a runtime.Version, a go
// env GOVERSION or a vet configuration's GoVersion: "go1.26.8",
// "go1.26.8 X:boringcrypto", "go1.27rc1", "go1.27", "devel go1.27-abcdef
// Mon Jan 1 ..." (a development toolchain reports no release: "").
func release(v string) string {
	v, _, _ = strings.Cut(strings.TrimSpace(v), " ")
	if !version.IsValid(v) {
		return ""
	}
	return v
}

// newer reports whether Go release a has a newer language version than
// b; false if either is unknown.
func newer(a, b string) bool {
	return a != "" && b != "" && version.Compare(version.Lang(a), version.Lang(b)) > 0
}

// isUnitConfig reports whether args are go vet's: flags, then one
// unit.cfg file.
func isUnitConfig(args []string) bool {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return false
		}
	}
	return true
}

// configVersion returns the GoVersion of the vet configuration file, a
// few kilobytes of JSON, or "" if it cannot be read (the unitchecker
// then reports the problem itself).
func configVersion(file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	var cfg struct{ GoVersion string }
	if json.Unmarshal(data, &cfg) != nil {
		return ""
	}
	return release(cfg.GoVersion)
}

// firstInRun reports whether this is the first process of the run to
// find the problem what (a mismatch, a broken catalog), the one to
// print it, and if not, the exit code for
// a quiet exit. A run is the parent process (the driver, which starts one
// process per package), marked by a file created with O_EXCL.
//
// Under the go command the marker goes in its work directory
// ($WORK/b001/vet.cfg), new for each run and removed after it. There the
// other processes exit 0: go vet prints "pkg: httpstatus: exit status 1"
// for each failing package with no output (some 200 of them, the
// standard library under net/http), while the first process's exit 1
// already fails the run, and a process that writes no facts file leaves
// nothing in the build cache. Elsewhere the marker goes in the temporary
// directory, which outlives the run, and the others exit 1, so that a
// stale marker can never turn the run into a silent success. When in
// doubt, it reports first: better twice than never.
func firstInRun(cfg, what string) (first bool, code int) {
	dir, code := filepath.Dir(filepath.Dir(cfg)), 0
	if !strings.HasPrefix(filepath.Base(dir), "go-build") {
		dir, code = os.TempDir(), 1
	}
	name := filepath.Join(dir, fmt.Sprintf("httpstatus-%s-%d", what, os.Getppid()))
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return !errors.Is(err, fs.ErrExist), code
	}
	f.Close()
	return true, code
}

// isPackageRun reports whether args ask for an analysis of packages,
// httpstatus [flags] patterns, rather than for help or for the flags
// (go vet's "-flags"). A flag's value given as a separate argument
// (-documented 4XX) counts as a pattern; no harm, it costs one go env.
func isPackageRun(args []string) bool {
	if len(args) > 0 && args[0] == "help" {
		return false
	}
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return true
		}
	}
	return false
}

// goCommandVersion returns the release of the go command that go/packages
// will run (the go in PATH, in this directory, with this environment:
// GOTOOLCHAIN and go.mod toolchain lines apply), or "" if it cannot be
// told, or if a GOPACKAGESDRIVER replaces the go command.
func goCommandVersion() string {
	if d := os.Getenv("GOPACKAGESDRIVER"); d != "" && d != "off" {
		return ""
	}
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return ""
	}
	return release(string(out))
}

package main

// CPU profiles of the processes go vet starts. go vet runs the tool once
// per package, dependencies included, so what a run costs is spread over
// a thousand short processes, and a flag would have to be passed through
// go vet to each. With HTTPSTATUS_CPUPROFILE=dir in the environment,
// each process that analyzes a unit (a unit.cfg) writes a CPU profile of
// itself into dir, one file per process, which `go tool pprof dir/*`
// merges. Standalone runs have -cpuprofile for the same.
//
// The unitchecker ends the process with os.Exit once the analysis is
// done, and Go has no hook that runs at exit; so the profile stops when
// the root analyzer's Run returns. The root runs in every unit, the
// dependencies' too, because it uses facts (go vet's runs for facts alone
// skip analyzers that neither export facts nor require one that does). It covers the process from main on:
// reading the configuration, loading the imports' export data and facts,
// type checking and the analysis. It does not cover the package
// initializers (before main: `GODEBUG=inittrace=1` times them), nor what
// follows the analysis (writing the package's export data and facts,
// printing the findings).

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// profileEnv names the directory that the profiles go into.
const profileEnv = "HTTPSTATUS_CPUPROFILE"

// profile holds the CPU profile of this process while it runs; nil when
// none is asked for.
var profile *bytes.Buffer

// init starts the profile, as early as package main can: before main
// reads the catalogs.
func init() {
	if os.Getenv(profileEnv) == "" || !isUnitConfig(os.Args[1:]) {
		return
	}
	// A directory that cannot be made fails the run now, not after the
	// analysis, in one line: the other processes exit quietly.
	profile = new(bytes.Buffer)
	err := os.MkdirAll(os.Getenv(profileEnv), 0o777)
	if err == nil {
		err = pprof.StartCPUProfile(profile)
	}
	if err != nil {
		if first, code := firstInRun(os.Args[len(os.Args)-1], "profile"); !first {
			os.Exit(code)
		}
		fmt.Fprintf(os.Stderr, "httpstatus: %s: %v\n", profileEnv, err)
		os.Exit(1)
	}
}

// profiled returns a, whose Run also ends the process's CPU profile and
// writes it, when init started one; else a itself.
func profiled(a *analysis.Analyzer) *analysis.Analyzer {
	if profile == nil {
		return a
	}
	dir := os.Getenv(profileEnv)
	var once sync.Once
	wrapped := *a
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		res, err := a.Run(pass)
		once.Do(func() {
			pprof.StopCPUProfile()
			if werr := writeProfile(dir, pass.Pkg.Path(), profile.Bytes()); werr != nil && err == nil {
				err = fmt.Errorf("%s: %v", profileEnv, werr)
			}
		})
		return res, err
	}
	return &wrapped
}

// writeProfile writes the profile of the process that analyzed pkg into
// dir, named for the package and the process: a package is analyzed by
// several processes in a run (its test variants, or once for its facts
// and once for its findings).
func writeProfile(dir, pkg string, data []byte) error {
	name := strings.NewReplacer("/", "_", " ", "_", "[", "_", "]", "_").Replace(pkg)
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s.%d.pprof", name, os.Getpid())), data, 0o666)
}

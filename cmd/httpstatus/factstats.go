package main

// Fact statistics of the processes go vet starts. Every package a go vet
// run analyzes, dependencies included, encodes the facts it exports, and
// every importer decodes them: their number and size are part of what the
// analysis costs. With HTTPSTATUS_FACTSTATS=dir in the environment, each
// process that analyzes a unit writes into dir, once the analyzers that
// declare fact types have run, one line per analyzer and fact type that
// its package exports: the package's path, the analyzer, the fact type,
// how many facts and their size gob-encoded, each type's facts in one
// stream as the drivers write them (without the drivers' object paths).
// bench/cmd/factstats sums the files up.

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// factStatsEnv names the directory that the statistics go into.
const factStatsEnv = "HTTPSTATUS_FACTSTATS"

// withFactStats makes each analyzer under a that declares fact types
// write the statistics of the facts its package exports, when
// HTTPSTATUS_FACTSTATS is set in a process that analyzes a unit; it
// returns a. The analyzers are this process's own instances: their Run is
// wrapped in place, so that the analyzers that require them still find
// their results under the same keys.
func withFactStats(a *analysis.Analyzer) *analysis.Analyzer {
	dir := os.Getenv(factStatsEnv)
	if dir == "" || !isUnitConfig(os.Args[1:]) {
		return a
	}
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(an *analysis.Analyzer)
	visit = func(an *analysis.Analyzer) {
		if seen[an] {
			return
		}
		seen[an] = true
		for _, req := range an.Requires {
			visit(req)
		}
		if len(an.FactTypes) == 0 {
			return
		}
		run, name := an.Run, an.Name
		an.Run = func(pass *analysis.Pass) (any, error) {
			res, err := run(pass)
			if err == nil {
				if werr := writeFactStats(dir, name, pass); werr != nil {
					err = fmt.Errorf("%s: %v", factStatsEnv, werr)
				}
			}
			return res, err
		}
	}
	visit(a)
	return a
}

// writeFactStats appends the statistics of the facts pass's package
// exports to this process's file in dir.
func writeFactStats(dir, analyzer string, pass *analysis.Pass) error {
	byType := make(map[string][]analysis.Fact)
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() == pass.Pkg {
			t := factTypeName(f.Fact)
			byType[t] = append(byType[t], f.Fact)
		}
	}
	for _, f := range pass.AllPackageFacts() {
		if f.Package == pass.Pkg {
			t := factTypeName(f.Fact)
			byType[t] = append(byType[t], f.Fact)
		}
	}
	var out strings.Builder
	for _, t := range slices.Sorted(maps.Keys(byType)) {
		var buf bytes.Buffer
		enc := gob.NewEncoder(&buf)
		for _, f := range byType[t] {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		fmt.Fprintf(&out, "%s\t%s\t%s\t%d\t%d\n", pass.Pkg.Path(), analyzer, t, len(byType[t]), buf.Len())
	}
	if out.Len() == 0 {
		return nil
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("facts.%d.tsv", os.Getpid())), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o666)
	if err != nil {
		return err
	}
	_, err = f.WriteString(out.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// factTypeName is the name of a fact's type, without the pointer.
func factTypeName(f analysis.Fact) string {
	t := reflect.TypeOf(f)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

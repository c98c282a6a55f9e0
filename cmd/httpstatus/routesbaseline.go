package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/httpstatuslint/httpstatus/internal/baseline"
)

// This file holds -baseline and -write-baseline of httpstatus routes: the
// differences -check fails on, recorded in a file, so that CI fails on
// new differences only (package baseline has the file's format).

// baselineFlags are the file names given to -baseline and -write-baseline.
type baselineFlags struct{ read, write string }

func (b *baselineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.read, "baseline", "", "with -check: fail only on the differences not recorded in `FILE`, and warn of its entries that no longer differ")
	fs.StringVar(&b.write, "write-baseline", "", "record the routes' differences from their OpenAPI document in `FILE`, for -check -baseline")
}

// usageError is what is wrong with the flags' combination, if anything.
func (b *baselineFlags) usageError(check bool) error {
	switch {
	case b.read != "" && b.write != "":
		return errors.New("-baseline and -write-baseline cannot be used together: write the baseline, then check against it")
	case b.read != "" && !check:
		return errors.New("-baseline needs -check: it says which differences -check accepts")
	}
	return nil
}

// load reads the baseline, if one is given: before the analysis, so that
// a broken file fails at once.
func (b *baselineFlags) load() ([]baseline.Recorded, error) {
	if b.read == "" {
		return nil, nil
	}
	data, err := os.ReadFile(b.read)
	if err != nil {
		return nil, err
	}
	return baseline.Parse(b.read, data)
}

// entries are the differences -check fails on, one per document,
// operation (or route), kind and code, their documents relative to the
// directory of the baseline file.
func (b *baselineFlags) entries(t routeTable, file string) []baseline.Entry {
	dir, _ := filepath.Abs(filepath.Dir(file))
	var out []baseline.Entry
	eachDifference(t, func(e baseline.Entry) {
		if abs, err := filepath.Abs(e.Document); err == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil {
				e.Document = rel
			}
		}
		e.Document = filepath.ToSlash(e.Document)
		out = append(out, e)
	})
	return out
}

// writeFile records the table's differences in the -write-baseline file.
func (b *baselineFlags) writeFile(t routeTable, stderr io.Writer) int {
	entries := b.entries(t, b.write)
	if err := os.WriteFile(b.write, baseline.Format(entries), 0o644); err != nil {
		fmt.Fprintln(stderr, "httpstatus routes:", err)
		return routesError
	}
	return routesOK
}

// check is -check against the baseline: the entries that no longer
// differ are warnings, and only the differences it does not record fail.
func (b *baselineFlags) check(t routeTable, recorded []baseline.Recorded, stderr io.Writer) int {
	fresh, stale := baseline.Diff(recorded, b.entries(t, b.read))
	for _, r := range stale {
		fmt.Fprintf(stderr, "%s:%d: no longer differs, remove it: %s\n", b.read, r.Line, r.Entry)
	}
	if len(fresh) == 0 {
		return routesOK
	}
	d := differences{baseline: b.read}
	for _, e := range fresh {
		d.add(e.Kind, e.Document)
	}
	fmt.Fprintln(stderr, "httpstatus routes:", d)
	for _, e := range fresh {
		fmt.Fprintf(stderr, "\t%s\n", e)
	}
	return routesDiffers
}

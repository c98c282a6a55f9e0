// Command factstats sums up the fact statistics that httpstatus writes
// under go vet with HTTPSTATUS_FACTSTATS=dir (cmd/httpstatus/factstats.go):
//
//	HTTPSTATUS_FACTSTATS=/tmp/facts go vet -vettool=TOOL PATTERN...
//	go run ./cmd/factstats /tmp/facts
//
// For each analyzer and fact type it prints how many packages export such
// facts, how many facts they export and their encoded size, in total and
// for the largest package. A package analyzed by several processes (its
// test variant, or once for facts and once for findings) counts once, by
// the largest of its lines.
package main

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type key struct{ analyzer, fact string }

type stat struct{ facts, bytes int }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: factstats DIR")
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(os.Args[1], "facts.*.tsv"))
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no facts.*.tsv files", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "factstats:", err)
		os.Exit(1)
	}
	slices.Sort(files)
	per := make(map[key]map[string]stat) // by package path
	for _, name := range files {
		if err := read(name, per); err != nil {
			fmt.Fprintln(os.Stderr, "factstats:", err)
			os.Exit(1)
		}
	}
	keys := make([]key, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.analyzer, b.analyzer), cmp.Compare(a.fact, b.fact)) })
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "analyzer\tfact\tpackages\tfacts\tbytes\tlargest package (bytes)\t")
	for _, k := range keys {
		var total stat
		largest, lb := "", -1
		pkgs := make([]string, 0, len(per[k]))
		for p := range per[k] {
			pkgs = append(pkgs, p)
		}
		slices.Sort(pkgs)
		for _, p := range pkgs {
			s := per[k][p]
			total.facts += s.facts
			total.bytes += s.bytes
			if s.bytes > lb {
				largest, lb = p, s.bytes
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%s (%d)\t\n", k.analyzer, k.fact, len(pkgs), total.facts, total.bytes, largest, lb)
	}
	w.Flush()
}

// read adds the lines of one process's file to per.
func read(name string, per map[key]map[string]stat) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 5 {
			return fmt.Errorf("%s:%d: want 5 tab-separated fields", name, n)
		}
		facts, err1 := strconv.Atoi(fields[3])
		bytes, err2 := strconv.Atoi(fields[4])
		if err := cmp.Or(err1, err2); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		k := key{fields[1], fields[2]}
		if per[k] == nil {
			per[k] = make(map[string]stat)
		}
		if have, ok := per[k][fields[0]]; !ok || bytes > have.bytes {
			per[k][fields[0]] = stat{facts, bytes}
		}
	}
	return sc.Err()
}

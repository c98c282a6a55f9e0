package main

// The catalog check: a broken catalog is one line. Left to the analysis,
// a catalog error fails the analysis of every package that reads the
// catalog, and standalone every package depending on one of them adds
// "failed prerequisites: httpstatus@example.com/dep"; under go vet each
// package's process prints it again. So the catalogs of the packages the
// run reports on are loaded here first, before any analysis, and the
// first error is printed alone.

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
)

// checkCatalogs returns if the catalog of every package that args
// analyze loads; otherwise it prints the error, one line, and exits 1.
// args are the command's arguments (os.Args[1:]). The catalogs stay in
// catalogs, the analysis's cache, which then reads no file twice.
//
//   - Under go vet (a unit.cfg), the package is the unit's, unless it is
//     analyzed for its facts only (a dependency): nothing of it is
//     reported. The first process of the run to find an error reports
//     it; the others exit quietly (see firstInRun). go vet asks the tool
//     for JSON: the error is written there, as the unitchecker writes an
//     analysis error, and go vet prints it as one line.
//   - Standalone (httpstatus [flags] patterns), the packages are those
//     the patterns name, found with go list -find, which reads
//     directories only.
func checkCatalogs(args []string, catalogs *catalog.Cache) {
	var (
		dirs []string
		unit struct {
			ID       string
			Dir      string
			VetxOnly bool
			Stdout   string
		}
	)
	flags, patterns := splitArgs(args)
	switch {
	case isUnitConfig(args):
		data, err := os.ReadFile(args[len(args)-1])
		if err != nil || json.Unmarshal(data, &unit) != nil || unit.VetxOnly || unit.Dir == "" {
			return // the unitchecker reports an unreadable configuration
		}
		dirs = []string{unit.Dir}
	case isPackageRun(args):
		dirs = packageDirs(patterns)
	default:
		return
	}
	var cfg analyzer.Config
	fs := flag.NewFlagSet("httpstatus", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	analyzer.RegisterCatalogFlags(fs, &cfg)
	jsonOut := fs.Bool("json", false, "")
	if fs.Parse(flags) != nil {
		return // the flag package reports it, naming the flag
	}
	for _, dir := range dirs {
		_, err := catalogs.Select(cfg.Catalog, cfg.Documented, dir)
		if err == nil {
			continue
		}
		msg := err.Error()
		if !isUnitConfig(args) {
			fmt.Fprintln(os.Stderr, msg)
			os.Exit(1)
		}
		first, code := firstInRun(args[len(args)-1], fmt.Sprintf("catalog-%x", sha256.Sum256([]byte(msg))))
		if !first {
			os.Exit(code)
		}
		if *jsonOut {
			// go vet asks for JSON (and go vet -json passes it on): the
			// error goes where the unitchecker would put an analysis
			// error, and go vet prints it as "importpath: error".
			writeJSONError(unit.Stdout, unit.ID, msg)
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(1)
	}
}

// writeJSONError writes the unitchecker's JSON for an analysis error of
// the package id to the file out (stdout if empty).
func writeJSONError(out, id, msg string) {
	tree := map[string]map[string]any{id: {analyzer.Analyzer.Name: map[string]string{"error": msg}}}
	data, _ := json.MarshalIndent(tree, "", "\t")
	w := os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			fmt.Fprintln(os.Stderr, msg)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	fmt.Fprintf(w, "%s\n", data)
}

// splitArgs returns, of the command's arguments, the -catalog,
// -documented and -json flags (each as one argument) and the arguments
// after the flags. A flag's value may be the next argument
// ("-catalog api.yaml"): the analyzer's non-boolean flags and the
// driver's take one.
func splitArgs(args []string) (catalogFlags, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return catalogFlags, args[i+1:]
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			return catalogFlags, args[i:]
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !hasValue && takesValue(name) && i+1 < len(args) {
			i++
			value, hasValue = args[i], true
		}
		if name == "json" && !hasValue {
			catalogFlags = append(catalogFlags, "-json")
		}
		if (name == "catalog" || name == "documented" || name == "json") && hasValue {
			catalogFlags = append(catalogFlags, "-"+name+"="+value)
		}
	}
	return catalogFlags, nil
}

// takesValue reports whether the flag name takes a value: the analyzer's
// non-boolean flags, and those of the x/tools driver.
func takesValue(name string) bool {
	if f := analyzer.Analyzer.Flags.Lookup(name); f != nil {
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		return !ok || !b.IsBoolFlag()
	}
	switch name {
	case "c", "cpuprofile", "memprofile", "trace", "debug", "tags":
		return true
	}
	return false
}

// packageDirs returns the directories of the packages that patterns
// name, or none if go list cannot tell (the analysis then reports why).
func packageDirs(patterns []string) []string {
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	cmd := exec.Command("go", append([]string{"list", "-e", "-find", "-f", "{{.Dir}}", "--"}, patterns...)...)
	var out bytes.Buffer
	cmd.Stdout = &out
	if cmd.Run() != nil {
		return nil
	}
	return strings.Fields(out.String())
}

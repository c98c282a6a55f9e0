package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// fixcheck copies every corpus module that has a fixable finding into a
// scratch module (each replaced by its copy), and checks -fix there: the
// packages with fixes still build, go vet says the same as before the
// fix, gofmt-clean files stay clean, no fixable finding is left, and a
// second -fix changes nothing.
func (e *env) fixcheck(bin, scratch string, found []*finding) ([]string, error) {
	mods := make(map[string]bool) // module@version
	pkgs := make(map[string]bool)
	fixes := 0
	for _, f := range found {
		if f.Fix == "" {
			continue
		}
		fixes++
		mods[moduleOf(f.Position)] = true
		pkgs[f.Package] = true
	}
	if fixes == 0 {
		return []string{"-fixcheck: no fixable finding on the corpus"}, nil
	}
	if scratch == "" {
		dir, err := os.MkdirTemp("", "corpusfix")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		scratch = dir
	} else if err := os.MkdirAll(scratch, 0o755); err != nil {
		return nil, err
	}
	logf("-fixcheck: %d fixes in %d packages of %d modules, in %s", fixes, len(pkgs), len(mods), scratch)

	if err := e.scratchModule(scratch, slices.Sorted(maps.Keys(mods))); err != nil {
		return nil, err
	}
	targets := slices.Sorted(maps.Keys(pkgs))
	modsDir := filepath.Join(scratch, "mods")

	var failures []string
	fail := func(format string, args ...any) {
		failures = append(failures, "-fixcheck: "+fmt.Sprintf(format, args...))
	}

	// go build takes the packages that have non-test files (a test-only
	// package would fail the whole command); go vet takes them all, and
	// type-checks their tests.
	stdout, stderr, code, err := e.command(scratch, e.goCmd, append([]string{"list", "-e", "-f", "{{if .GoFiles}}{{.ImportPath}}{{end}}"}, targets...)...)
	if err := cmdErr("go list", stderr, code, err); err != nil {
		return nil, err
	}
	buildTargets := strings.Fields(string(stdout))

	// Before: what go build and go vet say.
	buildBefore, err := e.goOutput(scratch, "build", buildTargets)
	if err != nil {
		return nil, err
	}
	vetBefore, err := e.goOutput(scratch, "vet", targets)
	if err != nil {
		return nil, err
	}
	before, err := hashTree(modsDir)
	if err != nil {
		return nil, err
	}

	// -fix, once.
	if _, stderr, code, err := e.command(scratch, bin, append([]string{"-fix"}, targets...)...); err != nil {
		return nil, err
	} else if code != 0 || crashRE.Match(stderr) {
		fail("httpstatus -fix: exit %d\n%s", code, stderr)
		return failures, nil
	}
	after, err := hashTree(modsDir)
	if err != nil {
		return nil, err
	}
	var changed []string
	for name, h := range after {
		if before[name] != h {
			changed = append(changed, name)
		}
	}
	slices.Sort(changed)
	logf("-fixcheck: -fix changed %d files", len(changed))
	if len(changed) == 0 {
		fail("httpstatus -fix changed no file")
	}

	// The fixed files: as gofmt-clean as they were.
	var orig []string
	for _, name := range changed {
		rel, _ := filepath.Rel(modsDir, name)
		orig = append(orig, filepath.Join(e.modcache, rel))
	}
	unformattedBefore, err := e.gofmtList(orig)
	if err != nil {
		return nil, err
	}
	unformattedAfter, err := e.gofmtList(changed)
	if err != nil {
		return nil, err
	}
	for i, name := range changed {
		if unformattedAfter[name] && !unformattedBefore[orig[i]] {
			fail("gofmt would change the fixed file %s", name)
		}
	}

	// After: the same build and vet output, positions aside (an added
	// import moves the lines).
	buildAfter, err := e.goOutput(scratch, "build", buildTargets)
	if err != nil {
		return nil, err
	}
	if d := diffLines(buildBefore, buildAfter); d != "" {
		fail("go build output changed after -fix:\n%s", d)
	} else if len(buildAfter) > 0 {
		fail("go build fails, before and after -fix:\n%s", strings.Join(buildAfter, "\n"))
	}
	vetAfter, err := e.goOutput(scratch, "vet", targets)
	if err != nil {
		return nil, err
	}
	if d := diffLines(vetBefore, vetAfter); d != "" {
		fail("go vet output changed after -fix:\n%s", d)
	}
	logf("-fixcheck: go build of %d packages, go vet of %d: as before the fix (%d and %d lines of output)", len(buildTargets), len(targets), len(buildAfter), len(vetAfter))

	// No fixable finding is left.
	left, err := e.check(bin, scratch, targets)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, f := range left {
		if f.Fix != "" {
			fail("fixable finding left after -fix: %s: %s", f.file, f.Message)
			n++
		}
	}
	// A second -fix changes nothing.
	if _, stderr, code, err := e.command(scratch, bin, append([]string{"-fix"}, targets...)...); err != nil {
		return nil, err
	} else if code != 0 || crashRE.Match(stderr) {
		fail("second httpstatus -fix: exit %d\n%s", code, stderr)
	}
	again, err := hashTree(modsDir)
	if err != nil {
		return nil, err
	}
	for name, h := range again {
		if after[name] != h {
			fail("second -fix changed %s", name)
		}
	}
	logf("-fixcheck: %d findings left after -fix (%d fixable); second -fix: %d files changed", len(left), n, countChanged(after, again))
	return failures, nil
}

// scratchModule makes dir a module with bench's requirements, in which
// each of mods (module@version) is replaced by a writable copy of its
// module cache directory, under dir/mods.
func (e *env) scratchModule(dir string, mods []string) error {
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	gomod = regexp.MustCompile(`(?m)^module .*$`).ReplaceAll(gomod, []byte("module corpusscratch"))
	var repl strings.Builder
	for _, mv := range mods {
		path, version, _ := strings.Cut(mv, "@")
		src := filepath.Join(e.modcache, escape(path)+"@"+version)
		dst := filepath.Join(dir, "mods", escape(path)+"@"+version)
		if err := os.RemoveAll(dst); err != nil {
			return err
		}
		if err := copyTree(src, dst); err != nil {
			return err
		}
		fmt.Fprintf(&repl, "replace %s => ./mods/%s@%s\n", path, escape(path), version)
	}
	gomod = append(gomod, "\n"+repl.String()...)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644); err != nil {
		return err
	}
	gosum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	e.copies = append(e.copies, filepath.Join(dir, "mods"))
	return os.WriteFile(filepath.Join(dir, "go.sum"), gosum, 0o644)
}

// moduleOf is the module@version of a module@version/file:line:col
// position.
func moduleOf(pos string) string {
	i := strings.IndexByte(pos, '@')
	j := strings.IndexByte(pos[i:], '/')
	return pos[:i+j]
}

func countChanged(a, b map[string][32]byte) int {
	n := 0
	for name, h := range b {
		if a[name] != h {
			n++
		}
	}
	return n
}

var posRE = regexp.MustCompile(`\.go:\d+(:\d+)?`)

// goOutput runs go verb targets in dir and returns its output lines with
// line and column numbers dropped and the scratch directory named $S,
// sorted; a failing exit is recorded as a line of its own.
func (e *env) goOutput(dir, verb string, targets []string) ([]string, error) {
	stdout, stderr, code, err := e.command(dir, e.goCmd, append([]string{verb}, targets...)...)
	if err != nil {
		return nil, err
	}
	var lines []string
	for line := range strings.SplitSeq(string(stdout)+string(stderr), "\n") {
		if line == "" {
			continue
		}
		line = strings.ReplaceAll(line, dir, "$S")
		lines = append(lines, posRE.ReplaceAllString(line, ".go"))
	}
	if code != 0 {
		lines = append(lines, fmt.Sprintf("go %s: exit %d", verb, code))
	}
	slices.Sort(lines)
	return lines, nil
}

// diffLines lists the lines only in a (-) and only in b (+).
func diffLines(a, b []string) string {
	count := make(map[string]int)
	for _, l := range a {
		count[l]++
	}
	for _, l := range b {
		count[l]--
	}
	var out []string
	for _, l := range slices.Sorted(maps.Keys(count)) {
		switch n := count[l]; {
		case n > 0:
			out = append(out, "- "+l)
		case n < 0:
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

func (e *env) gofmtList(files []string) (map[string]bool, error) {
	set := make(map[string]bool)
	if len(files) == 0 {
		return set, nil
	}
	gofmt := filepath.Join(strings.TrimSpace(e.goEnv("GOROOT")), "bin", "gofmt")
	stdout, stderr, code, err := e.command(".", gofmt, append([]string{"-l"}, files...)...)
	if err != nil {
		return nil, err
	}
	if code != 0 {
		return nil, fmt.Errorf("gofmt -l: exit %d\n%s", code, stderr)
	}
	for _, l := range strings.Fields(string(stdout)) {
		set[l] = true
	}
	return set, nil
}

func (e *env) goEnv(name string) string {
	out, _, _, _ := e.command(".", e.goCmd, "env", name)
	return string(out)
}

// copyTree copies the directory src to dst, every file writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// hashTree hashes every .go file under dir.
func hashTree(dir string) (map[string][32]byte, error) {
	hashes := make(map[string][32]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		hashes[path] = sha256.Sum256(data)
		return nil
	})
	return hashes, err
}

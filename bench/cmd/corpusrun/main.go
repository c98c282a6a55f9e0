// Command corpusrun runs httpstatus over the real modules of corpus.txt
// and checks that it neither crashes nor changes its mind
// unnoticed. `make corpus` runs it in bench/:
//
//	go run ./cmd/corpusrun [-httpstatus ../bin/httpstatus]
//	go run ./cmd/corpusrun -fixcheck   # also: -fix on a scratch copy
//	go run ./cmd/corpusrun -peers      # also: compare with the peers
//	go run ./cmd/corpusrun -update     # rewrite triage.tsv (new: verdict ?)
//
// It runs httpstatus -json over the corpus patterns and go vet
// -vettool=httpstatus over the same, and fails on a panic, an internal
// error, an analysis error, or a vet-mode finding that the command did not
// report (or the reverse). It writes every finding to corpus-findings.json
// in a stable order, positions as module@version/file:line:col, and
// compares them with triage.tsv, the checked-in verdict on each: a finding
// not in the list, a "right" entry no longer reported, or a "wrong" entry
// (a fixed false positive) reported again fails the run with the
// difference.
//
// -fixcheck copies the modules that have fixable findings into a scratch
// module, runs httpstatus -fix there, and checks that the packages still
// build, that go vet says what it said before the fix, that gofmt-clean
// files stay clean, that no fixable finding is left, and that a second
// -fix changes nothing.
//
// -peers runs usestdlibvars (-http-status-code) and staticcheck's ST1013
// (its whitelist of 200, 400, 404 and 500 emptied) on the same packages
// and checks that each of their findings is one of ours, or is explained
// in peers.tsv.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/httpstatuslint/httpstatus/bench/corpus"
)

func main() {
	var o options
	flag.StringVar(&o.bin, "httpstatus", "../bin/httpstatus", "the httpstatus `binary`")
	flag.StringVar(&o.corpus, "corpus", "corpus.txt", "the corpus `file`")
	flag.StringVar(&o.findings, "findings", "corpus-findings.json", "write the findings to `file`")
	flag.StringVar(&o.triage, "triage", "triage.tsv", "the triage `file`")
	flag.BoolVar(&o.vet, "vet", true, "also run go vet -vettool=httpstatus and compare")
	flag.BoolVar(&o.update, "update", false, "rewrite the triage (and with -peers, the peers) file: keep the verdicts, drop stale right entries, add new findings with verdict ?")
	flag.BoolVar(&o.fixcheck, "fixcheck", false, "check -fix on a scratch copy of the modules with fixable findings")
	flag.StringVar(&o.scratch, "scratch", "", "scratch `dir` for -fixcheck (default: a new temporary directory, removed after)")
	flag.BoolVar(&o.peers, "peers", false, "compare with usestdlibvars and staticcheck ST1013")
	flag.StringVar(&o.peersFile, "peers-file", "peers.tsv", "the peer comparison `file`")
	flag.StringVar(&o.usestdlibvars, "usestdlibvars", "", "usestdlibvars `binary` (default: build ./tools/usestdlibvars)")
	flag.StringVar(&o.staticcheck, "staticcheck", "", "staticcheck `binary` (default: build honnef.co/go/tools/cmd/staticcheck@"+staticcheckVersion+" in a scratch module)")
	flag.Parse()
	if err := run(&o); err != nil {
		fmt.Fprintf(os.Stderr, "corpusrun: %v\n", err)
		os.Exit(1)
	}
}

type options struct {
	bin, corpus, findings, triage string
	vet, update, fixcheck, peers  bool
	scratch                       string
	peersFile                     string
	usestdlibvars, staticcheck    string
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "corpusrun: "+format+"\n", args...)
}

func run(o *options) error {
	bin, err := filepath.Abs(o.bin)
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("%v (make build first)", err)
	}
	mods, err := readCorpus(o.corpus)
	if err != nil {
		return err
	}
	var patterns []string
	for _, m := range mods {
		patterns = append(patterns, m.Patterns...)
	}
	env, err := newEnv()
	if err != nil {
		return err
	}

	npkgs, err := env.countPackages(patterns)
	if err != nil {
		return err
	}
	logf("httpstatus -json over %d patterns (%d packages)", len(patterns), npkgs)
	found, err := env.check(bin, ".", patterns)
	if err != nil {
		return err
	}
	if err := writeFindings(o.findings, found); err != nil {
		return err
	}
	logf("%d findings (%s), written to %s", len(found), byCategory(found), o.findings)

	var failures []string
	if o.vet {
		logf("go vet -vettool=%s over the same patterns", o.bin)
		if msgs, err := env.vet(bin, patterns, found); err != nil {
			return err
		} else {
			failures = append(failures, msgs...)
		}
	}

	msgs, err := compareTriage(o.triage, found, o.update)
	if err != nil {
		return err
	}
	failures = append(failures, msgs...)

	if o.fixcheck {
		msgs, err := env.fixcheck(bin, o.scratch, found)
		if err != nil {
			return err
		}
		failures = append(failures, msgs...)
	}
	if o.peers {
		msgs, err := env.peers(o, mods, patterns, found)
		if err != nil {
			return err
		}
		failures = append(failures, msgs...)
	}
	if len(failures) > 0 {
		for _, f := range failures {
			fmt.Fprintln(os.Stderr, f)
		}
		return fmt.Errorf("%d problem(s)", len(failures))
	}
	logf("ok")
	return nil
}

// A module of the corpus, as corpus.txt gives it.
type module = corpus.Module

func readCorpus(name string) ([]module, error) { return corpus.Read(name) }

// env is how the go command and the tools run: in module mode, the bench
// module's go.mod (-mod=mod: a corpus module's test may import what go.mod
// does not list yet).
type env struct {
	goCmd    string
	modcache string
	environ  []string
	copies   []string // scratch copies of module cache directories
}

func newEnv() (*env, error) {
	e := &env{goCmd: cmp.Or(os.Getenv("GO"), "go")}
	out, err := exec.Command(e.goCmd, "env", "GOMODCACHE").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOMODCACHE: %v", err)
	}
	e.modcache = strings.TrimSpace(string(out))
	flags := strings.TrimSpace(os.Getenv("GOFLAGS") + " -mod=mod")
	e.environ = append(os.Environ(), "GOFLAGS="+flags, "GOWORK=off")
	return e, nil
}

// command runs name args in dir and returns its stdout, its stderr and
// its exit code; err is set only when it could not run at all.
func (e *env) command(dir, name string, args ...string) (stdout, stderr []byte, code int, err error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = e.environ
	var o, s bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &s
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok && ee.Exited() {
		return o.Bytes(), s.Bytes(), ee.ExitCode(), nil
	}
	if err != nil {
		return o.Bytes(), s.Bytes(), -1, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, s.Bytes())
	}
	return o.Bytes(), s.Bytes(), 0, nil
}

func (e *env) countPackages(patterns []string) (int, error) {
	out, stderr, code, err := e.command(".", e.goCmd, append([]string{"list"}, patterns...)...)
	if err != nil {
		return 0, err
	}
	if code != 0 {
		return 0, fmt.Errorf("go list: exit %d\n%s", code, stderr)
	}
	return len(strings.Fields(string(out))), nil
}

// A finding as corpus-findings.json records it.
type finding struct {
	Package  string `json:"package"`  // import path of the package directory
	Position string `json:"position"` // module@version/file:line:col
	Category string `json:"category"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"` // the suggested fix's message

	file      string // absolute
	line, col int
}

func (f *finding) key() string { return f.Position + "\t" + f.Category + "\t" + f.Message }

// crashRE matches what a crash or an internal error leaves on stderr.
var crashRE = regexp.MustCompile(`(?m)^panic: |^goroutine \d+ \[|internal error|fatal error: |\[recovered\]`)

// check runs bin -json on patterns in dir and returns the findings, one
// per position, category and message (a package and its test variant
// report the same position), in a stable order. A crash, an internal or
// analysis error, or a package that fails to load is an error.
func (e *env) check(bin, dir string, patterns []string) ([]*finding, error) {
	stdout, stderr, code, err := e.command(dir, bin, append([]string{"-json"}, patterns...)...)
	if err != nil {
		return nil, err
	}
	if crashRE.Match(stderr) || crashRE.Match(stdout) {
		return nil, fmt.Errorf("httpstatus crashed (exit %d):\n%s", code, stderr)
	}
	if code != 0 {
		return nil, fmt.Errorf("httpstatus -json: exit %d (package or analysis errors):\n%s", code, stderr)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout, &tree); err != nil {
		return nil, fmt.Errorf("httpstatus -json output: %v", err)
	}
	seen := make(map[string]*finding)
	var errs []string
	for id, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
				var e struct{ Error string }
				json.Unmarshal(raw, &e)
				errs = append(errs, fmt.Sprintf("%s: %s: %s", id, name, e.Error))
				continue
			}
			var diags []struct {
				Category, Posn, Message string
				SuggestedFixes          []struct{ Message string } `json:"suggested_fixes"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				return nil, fmt.Errorf("%s: %s: %v", id, name, err)
			}
			for _, d := range diags {
				f, err := e.newFinding(d.Posn)
				if err != nil {
					return nil, err
				}
				f.Category, f.Message = d.Category, d.Message
				if len(d.SuggestedFixes) > 0 {
					f.Fix = d.SuggestedFixes[0].Message
				}
				if _, ok := seen[f.key()]; !ok {
					seen[f.key()] = f
				}
			}
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		return nil, fmt.Errorf("analysis errors:\n%s", strings.Join(errs, "\n"))
	}
	found := make([]*finding, 0, len(seen))
	for _, f := range seen {
		found = append(found, f)
	}
	sortFindings(found)
	return found, nil
}

// newFinding parses an absolute file:line:col and names it from the
// module cache: module@version/file:line:col.
func (e *env) newFinding(posn string) (*finding, error) {
	rest, col, ok1 := cutLast(posn)
	file, line, ok2 := cutLast(rest)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("bad position %q", posn)
	}
	f := &finding{file: file, line: line, col: col}
	f.Position = fmt.Sprintf("%s:%d:%d", e.shortName(file), line, col)
	f.Package = e.packageOf(file)
	return f, nil
}

func cutLast(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	return s[:i], n, err == nil
}

// shortName names a file of the module cache module@version/path, with the
// cache's escaping of capitals undone.
func (e *env) shortName(file string) string {
	for _, dir := range append([]string{e.modcache}, e.copies...) {
		if rel, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(rel, "..") {
			return unescape(filepath.ToSlash(rel))
		}
	}
	return file
}

// packageOf is the import path of the directory of a module cache file.
func (e *env) packageOf(file string) string {
	short := e.shortName(filepath.Dir(file))
	mod, rest, _ := strings.Cut(short, "@")
	_, dir, _ := strings.Cut(rest, "/")
	if dir == "" {
		return mod
	}
	return mod + "/" + dir
}

// unescape undoes the module cache's case encoding: !x is X.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '!' && i+1 < len(s) {
			i++
			b.WriteString(strings.ToUpper(s[i : i+1]))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escape is the module cache's case encoding of a module path.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func sortFindings(fs []*finding) {
	slices.SortFunc(fs, func(a, b *finding) int {
		return cmp.Or(
			comparePos(a.Position, b.Position),
			strings.Compare(a.Category, b.Category),
			strings.Compare(a.Message, b.Message))
	})
}

// comparePos orders file:line:col positions by file, then by line and
// column as numbers.
func comparePos(a, b string) int {
	ra, ca, _ := cutLast(a)
	fa, la, _ := cutLast(ra)
	rb, cb, _ := cutLast(b)
	fb, lb, _ := cutLast(rb)
	return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb))
}

func writeFindings(name string, found []*finding) error {
	data, err := json.MarshalIndent(found, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(data, '\n'), 0o644)
}

func byCategory(found []*finding) string {
	n := make(map[string]int)
	for _, f := range found {
		n[f.Category]++
	}
	var parts []string
	for _, c := range slices.Sorted(maps.Keys(n)) {
		parts = append(parts, fmt.Sprintf("%s %d", c, n[c]))
	}
	return strings.Join(parts, ", ")
}

// vetLineRE is a diagnostic as go vet prints it.
var vetLineRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*)$`)

// vet runs go vet -vettool=bin over patterns and checks that it reports
// exactly the command's findings, and nothing else: no crash, no error.
func (e *env) vet(bin string, patterns []string, found []*finding) ([]string, error) {
	args := append([]string{"vet", "-vettool=" + bin}, patterns...)
	stdout, stderr, code, err := e.command(".", e.goCmd, args...)
	if err != nil {
		return nil, err
	}
	out := string(stdout) + string(stderr)
	if crashRE.MatchString(out) {
		return nil, fmt.Errorf("go vet -vettool: httpstatus crashed (exit %d):\n%s", code, out)
	}
	var failures []string
	got := make(map[string]bool)
	for line := range strings.SplitSeq(out, "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		m := vetLineRE.FindStringSubmatch(line)
		if m == nil {
			failures = append(failures, "go vet -vettool: unexpected output: "+line)
			continue
		}
		file := m[1]
		if !filepath.IsAbs(file) {
			file, _ = filepath.Abs(file)
		}
		got[fmt.Sprintf("%s:%s:%s: %s", e.shortName(file), m[2], m[3], m[4])] = true
	}
	if code != 0 && len(got) == 0 {
		failures = append(failures, fmt.Sprintf("go vet -vettool: exit %d with no finding", code))
	}
	want := make(map[string]bool)
	for _, f := range found {
		want[f.Position+": "+f.Message] = true
	}
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if !got[k] {
			failures = append(failures, "go vet -vettool did not report: "+k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if !want[k] {
			failures = append(failures, "go vet -vettool reported, httpstatus did not: "+k)
		}
	}
	logf("go vet -vettool: %d findings, exit %d", len(got), code)
	return failures, nil
}

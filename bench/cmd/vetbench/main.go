// Command vetbench times go vet with httpstatus as its vet tool against two
// floors and a peer, on the corpus of real modules that corpus.txt names.
// `make bench` runs it in bench/:
//
//	go run ./cmd/vetbench [-rounds 3] [-quick] [-maxload 2.5]
//	go run ./cmd/vetbench -paired [-rounds 3] [-tool name=path]
//	go run ./cmd/vetbench -startup-only [-startup-runs 200]
//	go run ./cmd/vetbench -sync   # rewrite go.mod and go.sum from corpus.txt
//
// The tools are httpstatus (built from the repository root), noop (an analyzer that requires inspect and reports nothing), noopfacts
// (noop declaring a fact type) and usestdlibvars (the peer, built here
// against our golang.org/x/tools). go vet caches its results per package and per
// tool build ID, and the tools take that ID from a hash of their own
// executable: each run therefore vets a fresh copy of the tool with a few
// bytes appended, so that every vet action misses while the compile cache
// stays warm. The runs are interleaved, the order turning each round.
//
// A full run, and -startup-only alone, also times the tools' process
// start (httpstatus -flags against noop -flags, interleaved; see
// startup.go): go vet starts the tool once per package.
//
// Wall time is that of the whole go vet command. Peak memory is ru_maxrss
// from wait4 on the go command: Linux gives the largest resident set of
// the go command and of every descendant it waited for, the vet tool
// processes included. The go command's own peak (VmHWM, sampled) is
// recorded too; a peak that is the go command's own is marked, since the
// tools' peak is then hidden under it.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/httpstatuslint/httpstatus/bench/corpus"
)

// The tools, in the order of the table, and the prebuilt binaries that
// -tool adds after them.
var (
	toolNames  = []string{"httpstatus", "noop", "noopfacts", "usestdlibvars"}
	extraTools = map[string]string{}
)

const (
	subject   = "httpstatus"
	floor     = "noop"
	factFloor = "noopfacts"
	peer      = "usestdlibvars"
	xtools    = "golang.org/x/tools"
	peerMod   = "github.com/sashamelentyev/usestdlibvars"
	benchMod  = "github.com/httpstatuslint/httpstatus/bench"
	rootMod   = "github.com/httpstatuslint/httpstatus"
)

// The budget: median wall time of httpstatus against each floor,
// and its peak memory against the fact floor.
const (
	budgetFacts = 1.05
	budgetNoop  = 1.10
	budgetMem   = 1.10
)

func main() {
	if os.Getenv(pairA) != "" {
		os.Exit(pairTool()) // go vet runs us as a paired vet tool (paired.go)
	}
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "vetbench: "+format+"\n", args...) }
	rounds := flag.Int("rounds", 3, "timed `rounds`; each runs every tool once")
	quick := flag.Bool("quick", false, "smoke test: the modules marked quick in corpus.txt, one round unless -rounds is set")
	sync := flag.Bool("sync", false, "rewrite go.mod and go.sum from corpus.txt (go get -t, twice) and exit")
	warm := flag.Bool("warm", true, "warm the compile cache with one untimed run of noop first")
	flag.Func("tool", "also time the prebuilt vet tool at `name=path` (repeatable), for comparing variants", func(s string) error {
		name, path, ok := strings.Cut(s, "=")
		if !ok || name == "" || path == "" || slices.Contains(toolNames, name) || strings.ContainsAny(name, `/\`) {
			return fmt.Errorf("want a new name=path")
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		toolNames = append(toolNames, name)
		extraTools[name] = abs
		return nil
	})
	startupOnly := flag.Bool("startup-only", false, "time only the tools' process start (httpstatus -flags against noop -flags) and exit")
	startupRuns := flag.Int("startup-runs", 200, "interleaved `runs` of each tool for the start-up timing")
	paired := flag.Bool("paired", false, "instead of whole runs one after another, time httpstatus and each -tool against noopfacts in paired runs (paired.go), -rounds times")
	maxLoad := flag.Float64("maxload", 0, "before each run, wait up to 10 minutes for the 1-minute load average to fall below `load` (0: do not wait)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: vetbench [flags]\n\nRun in bench/ (make bench). Flags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *quick && !flagSet("rounds") {
		*rounds = 1
	}
	if *rounds < 1 {
		log("-rounds must be at least 1")
		os.Exit(2)
	}
	if *startupOnly {
		if err := runStartup(*startupRuns, log); err != nil {
			log("%v", err)
			os.Exit(1)
		}
		return
	}
	startupN = *startupRuns
	if err := run(*rounds, *quick, *sync, *warm, *paired, *maxLoad, log); err != nil {
		log("%v", err)
		os.Exit(1)
	}
}

// buildSubject builds httpstatus from the repository at root into binDir,
// as installed.
func buildSubject(root, binDir string) error {
	return goRun(root, nil, "build", "-o", filepath.Join(binDir, subject), "./cmd/httpstatus")
}

// startupN is -startup-runs, for the start-up timing of a full run.
var startupN = 200

// runStartup builds httpstatus and noop and times their process start
// alone: seconds, not the corpus's minutes.
func runStartup(runs int, log func(string, ...any)) error {
	bench, err := os.Getwd()
	if err != nil {
		return err
	}
	root := filepath.Dir(bench)
	binDir := filepath.Join(bench, "bin")
	log("building %s and %s into %s", subject, floor, binDir)
	if err := buildSubject(root, binDir); err != nil {
		return err
	}
	if err := goRun(bench, []string{"GOWORK=off"}, "build", "-o", binDir+string(filepath.Separator), "./tools/noop"); err != nil {
		return err
	}
	return startup(os.Stdout, binDir, runs, log)
}

func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// A module of the corpus, as corpus.txt gives it.
type module = corpus.Module

func readCorpus(name string) ([]module, error) { return corpus.Read(name) }

func run(rounds int, quick, sync, warm, paired bool, maxLoad float64, log func(string, ...any)) error {
	bench, err := os.Getwd()
	if err != nil {
		return err
	}
	root := filepath.Dir(bench)
	if p, _ := goOut(bench, nil, "list", "-m"); p != benchMod {
		return fmt.Errorf("run me in bench/ (module %s), not in %s", benchMod, bench)
	}
	if p, _ := goOut(root, nil, "list", "-m"); p != rootMod {
		return fmt.Errorf("%s is not the module %s", root, rootMod)
	}
	mods, err := readCorpus(filepath.Join(bench, "corpus.txt"))
	if err != nil {
		return err
	}
	goflags, err := goOut(bench, nil, "env", "GOFLAGS")
	if err != nil {
		return err
	}
	// -mod=mod: go vet may add a go.sum line that a test dependency needs.
	env := []string{"GOFLAGS=" + strings.TrimSpace("-mod=mod "+goflags), "GOWORK=off"}

	if sync {
		return syncModule(bench, root, mods, env, log)
	}
	peerVersion, err := checkVersions(bench, root, mods, env)
	if err != nil {
		return err
	}

	var patterns []string
	for _, m := range mods {
		if m.Quick || !quick {
			patterns = append(patterns, m.Patterns...)
		}
	}

	// Build the four tools.
	binDir := filepath.Join(bench, "bin")
	log("building %s, %s, %s and %s into %s", subject, floor, factFloor, peer, binDir)
	if err := buildSubject(root, binDir); err != nil {
		return err
	}
	if err := goRun(bench, env, "build", "-o", binDir+string(filepath.Separator), "./tools/noop", "./tools/noopfacts", "./tools/usestdlibvars"); err != nil {
		return err
	}

	targets, err := goLines(bench, env, append([]string{"list"}, patterns...)...)
	if err != nil {
		return err
	}
	deps, err := goLines(bench, env, append([]string{"list", "-deps", "-test"}, patterns...)...)
	if err != nil {
		return err
	}
	log("%d target packages, %d packages with dependencies and test variants", len(targets), len(deps))

	tmp, err := os.MkdirTemp("", "vetbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	vet := func(tool string, round int) (result, error) {
		if maxLoad > 0 {
			waitLoad(maxLoad, 10*time.Minute, log)
		}
		bin := filepath.Join(binDir, tool)
		if p, ok := extraTools[tool]; ok {
			bin = p
		}
		copy, err := freshCopy(bin, tmp, fmt.Sprintf("%s-%d", tool, round))
		if err != nil {
			return result{}, err
		}
		defer os.Remove(copy)
		return vetOnce(bench, env, copy, patterns)
	}

	if warm {
		log("warming the compile cache: go vet -vettool=noop (untimed)")
		r, err := vet(floor, -1)
		if err != nil {
			return err
		}
		log("warm-up took %.1f s", r.wall.Seconds())
	}

	if paired {
		pairs := [][2]string{{subject, factFloor}}
		for _, tool := range toolNames {
			if extraTools[tool] != "" {
				pairs = append(pairs, [2]string{tool, factFloor})
			}
		}
		sums := make(map[[2]string][]pairSums)
		for round := range rounds {
			for i := range pairs {
				p := pairs[(i+round)%len(pairs)]
				if maxLoad > 0 {
					waitLoad(maxLoad, 10*time.Minute, log)
				}
				var copies [2]string
				for j, tool := range p {
					bin := filepath.Join(binDir, tool)
					if x, ok := extraTools[tool]; ok {
						bin = x
					}
					if copies[j], err = freshCopy(bin, tmp, fmt.Sprintf("%s-%d", tool, round)); err != nil {
						return err
					}
				}
				s, r, err := pairedOnce(bench, env, copies[0], copies[1], patterns, tmp)
				for _, c := range copies {
					os.Remove(c)
				}
				if err != nil {
					return fmt.Errorf("%s/%s, round %d: %v", p[0], p[1], round+1, err)
				}
				sums[p] = append(sums[p], s)
				log("round %d/%d  %s/%s  %d units  CPU %.1f s / %.1f s = %.3f  wall %.3f  (go vet %.1f s, %d findings)", round+1, rounds, p[0], p[1],
					s.units, s.cpuA.Seconds(), s.cpuB.Seconds(), ratio(s.cpuA, s.cpuB), ratio(s.wallA, s.wallB), r.wall.Seconds(), r.findings)
			}
		}
		reportPaired(os.Stdout, pairs, sums)
		return nil
	}

	results := make(map[string][]result)
	for round := range rounds {
		for i := range toolNames {
			tool := toolNames[(i+round)%len(toolNames)]
			r, err := vet(tool, round)
			if err != nil {
				return fmt.Errorf("%s, round %d: %v", tool, round+1, err)
			}
			results[tool] = append(results[tool], r)
			log("round %d/%d  %-14s %6.1f s wall %6.1f s CPU %7.1f MiB  %5d findings  load %.2f", round+1, rounds, tool, r.wall.Seconds(), r.cpu.Seconds(), mib(r.treeRSS), r.findings, r.load)
		}
	}

	if err := startup(os.Stdout, binDir, startupN, log); err != nil {
		return err
	}
	report(os.Stdout, reportData{
		results:     results,
		rounds:      rounds,
		quick:       quick,
		patterns:    patterns,
		targets:     len(targets),
		deps:        len(deps),
		env:         env,
		peerVersion: peerVersion,
		root:        root,
	})
	return nil
}

// syncModule writes the corpus into go.mod and go.sum. The first go get -t
// can leave go.sum short of a test dependency's line; the second fills it.
func syncModule(bench, root string, mods []module, env []string, log func(string, ...any)) error {
	args := []string{"get", "-t"}
	for _, m := range mods {
		for _, p := range m.Patterns {
			args = append(args, p+"@"+m.Version)
		}
	}
	for i := range 2 {
		log("go get -t, pass %d of 2", i+1)
		if err := goRun(bench, env, args...); err != nil {
			return err
		}
	}
	v, err := goOut(root, nil, "list", "-m", "-f", "{{.Version}}", xtools)
	if err != nil {
		return err
	}
	log("go get %s@%s (the root module's)", xtools, v)
	return goRun(bench, env, "get", xtools+"@"+v)
}

// checkVersions checks that the build list holds the corpus at the versions
// of corpus.txt and the root module's golang.org/x/tools, and returns the
// peer's version.
func checkVersions(bench, root string, mods []module, env []string) (string, error) {
	want := make(map[string]string)
	args := []string{"list", "-m", "-f", "{{.Path}} {{.Version}}"}
	for _, m := range mods {
		want[m.Path] = m.Version
		args = append(args, m.Path)
	}
	v, err := goOut(root, nil, "list", "-m", "-f", "{{.Version}}", xtools)
	if err != nil {
		return "", err
	}
	want[xtools] = v
	args = append(args, xtools, peerMod)
	lines, err := goLines(bench, env, args...)
	if err != nil {
		return "", fmt.Errorf("%v\n(go.mod no longer holds corpus.txt? run: go run ./cmd/vetbench -sync)", err)
	}
	var peer string
	for _, line := range lines {
		path, version, _ := strings.Cut(line, " ")
		if path == peerMod {
			peer = version
		}
		if w, ok := want[path]; ok && w != version {
			return "", fmt.Errorf("bench/go.mod has %s %s, want %s (run: go run ./cmd/vetbench -sync)", path, version, w)
		}
	}
	return peer, nil
}

// freshCopy copies the tool to dir/name with bytes appended: its hash, and
// so its vet tool ID, is new, and go vet's cache misses on every package.
func freshCopy(src, dir, name string) (string, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(dir, name)
	data = fmt.Appendf(data, "\nvetbench %s %d\n", name, time.Now().UnixNano())
	return dst, os.WriteFile(dst, data, 0o755)
}

// result is one go vet run.
type result struct {
	wall     time.Duration
	cpu      time.Duration // user and system time of the go command and its descendants
	treeRSS  int64         // KiB: ru_maxrss of the go command and its waited-for descendants
	goRSS    int64         // KiB: the go command's own VmHWM, last sample
	findings int           // diagnostic lines
	load     float64       // 1-minute load average at the start
}

var diagLine = regexp.MustCompile(`^.+\.go:\d+:\d+: `)

// vetOnce runs go vet -vettool=tool on the patterns.
func vetOnce(dir string, env []string, tool string, patterns []string) (result, error) {
	var stderr bytes.Buffer
	cmd := exec.Command(goCmd, append([]string{"vet", "-vettool=" + tool}, patterns...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	r := result{load: loadAvg()}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return r, err
	}
	done := make(chan struct{})
	sampled := make(chan int64)
	go func() {
		var hwm int64
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			if v := vmHWM(cmd.Process.Pid); v > hwm {
				hwm = v
			}
			select {
			case <-done:
				sampled <- hwm
				return
			case <-tick.C:
			}
		}
	}()
	err := cmd.Wait()
	r.wall = time.Since(start)
	close(done)
	r.goRSS = <-sampled
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.treeRSS = ru.Maxrss // KiB on Linux
		r.cpu = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	}
	var other []string
	sc := bufio.NewScanner(&stderr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		switch line := sc.Text(); {
		case diagLine.MatchString(line):
			r.findings++
		case strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "# "):
			other = append(other, line)
		}
	}
	// go vet exits 1 when the tool reports findings; anything else that it
	// prints means that a run failed, and its time would mean nothing.
	if len(other) > 0 || (err != nil && r.findings == 0) {
		if len(other) > 10 {
			other = append(other[:10], "...")
		}
		return r, fmt.Errorf("go vet failed (%v):\n%s", err, strings.Join(other, "\n"))
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return r, err
	}
	return r, nil
}

// vmHWM returns the peak resident set of a live process in KiB, 0 if it
// cannot be read.
func vmHWM(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				v, _ := strconv.ParseInt(f[0], 10, 64)
				return v
			}
		}
	}
	return 0
}

func loadAvg() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

func waitLoad(max float64, limit time.Duration, log func(string, ...any)) {
	deadline := time.Now().Add(limit)
	if l := loadAvg(); l >= max {
		log("load average %.2f >= %.2f: waiting (at most %v)", l, max, limit)
	}
	for loadAvg() >= max && time.Now().Before(deadline) {
		time.Sleep(5 * time.Second)
	}
}

type reportData struct {
	results     map[string][]result
	rounds      int
	quick       bool
	patterns    []string
	targets     int
	deps        int
	env         []string
	peerVersion string
	root        string
}

// stats summarizes one tool's rounds.
type stats struct {
	minWall, medWall float64 // seconds
	medCPU           float64 // seconds
	medRSS           float64 // MiB
	goPeak           bool    // the go command's own peak is the run's peak
	findings         int
	findingsVary     bool
	load             float64 // mean 1-minute load average at the starts
}

func summarize(rs []result) stats {
	var walls, cpus, rss []float64
	var s stats
	for i, r := range rs {
		walls = append(walls, r.wall.Seconds())
		cpus = append(cpus, r.cpu.Seconds())
		rss = append(rss, mib(r.treeRSS))
		s.goPeak = s.goPeak || r.goRSS >= r.treeRSS
		if i > 0 && r.findings != s.findings {
			s.findingsVary = true
		}
		s.findings = r.findings
		s.load += r.load / float64(len(rs))
	}
	s.minWall = slices.Min(walls)
	s.medWall = median(walls)
	s.medCPU = median(cpus)
	s.medRSS = median(rss)
	return s
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func mib(kib int64) float64 { return float64(kib) / 1024 }

func report(w io.Writer, d reportData) {
	st := make(map[string]stats)
	for _, t := range toolNames {
		st[t] = summarize(d.results[t])
	}
	corpus := "the corpus of corpus.txt"
	if d.quick {
		corpus = "the quick subset of corpus.txt"
	}
	fmt.Fprintf(w, "\ngo vet on %s: %d target packages, %d with dependencies and test variants\n", corpus, d.targets, d.deps)
	fmt.Fprintf(w, "%d round(s), tools interleaved, each run a fresh copy of the tool (vet cache cold, compile cache warm)\n\n", d.rounds)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "tool\tmin wall\tmedian wall\tmedian CPU\tpeak RSS (median)\tfindings\tload avg\t")
	for _, t := range toolNames {
		s := st[t]
		rss := fmt.Sprintf("%.0f MiB", s.medRSS)
		if s.goPeak {
			rss += " (go cmd)"
		}
		f := strconv.Itoa(s.findings)
		if s.findingsVary {
			f += " (varied)"
		}
		name := t
		if t == peer && d.peerVersion != "" {
			name += " " + d.peerVersion
		}
		fmt.Fprintf(tw, "%s\t%.1f s\t%.1f s\t%.1f s\t%s\t%s\t%.2f\t\n", name, s.minWall, s.medWall, s.medCPU, rss, f, s.load)
	}
	tw.Flush()

	h, n, nf := st[subject], st[floor], st[factFloor]
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "ratio\tmin wall\tmedian wall\tmedian CPU\tpeak RSS\t")
	ratio := func(name string, a, b stats) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t\n", name, a.minWall/b.minWall, a.medWall/b.medWall, a.medCPU/b.medCPU, a.medRSS/b.medRSS)
	}
	ratio("httpstatus/noop", h, n)
	ratio("httpstatus/noopfacts", h, nf)
	ratio("noopfacts/noop", nf, n)
	for _, t := range toolNames[len(toolNames)-len(extraTools):] {
		ratio(t+"/noopfacts", st[t], nf)
	}
	tw.Flush()

	verdict := func(ok bool) string {
		if ok {
			return "within"
		}
		return "MISSED"
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "budget: median wall <= %.2f x noopfacts: %s; <= %.2f x noop: %s; peak RSS <= %.2f x noopfacts: %s\n",
		budgetFacts, verdict(h.medWall <= budgetFacts*nf.medWall),
		budgetNoop, verdict(h.medWall <= budgetNoop*n.medWall),
		budgetMem, verdict(h.medRSS <= budgetMem*nf.medRSS))

	fmt.Fprintf(w, "\ncommand (in bench/, TOOL a fresh copy of bin/<tool> with bytes appended):\n  %s go vet -vettool=TOOL %s\n",
		strings.Join(quoteEnv(d.env), " "), strings.Join(d.patterns, " "))
	fmt.Fprintf(w, "machine: %s\n", machine(d.root))
}

func quoteEnv(env []string) []string {
	var out []string
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if strings.ContainsAny(v, " \t") {
			v = "'" + v + "'"
		}
		out = append(out, k+"="+v)
	}
	return out
}

// machine describes where the numbers come from.
func machine(root string) string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.Lines(string(data)) {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for line := range strings.Lines(string(data)) {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				if f := strings.Fields(rest); len(f) > 0 {
					if kib, err := strconv.ParseInt(f[0], 10, 64); err == nil {
						mem = fmt.Sprintf(", %.0f GiB", float64(kib)/(1<<20))
					}
				}
			}
		}
	}
	goVersion, _ := goOut(root, nil, "env", "GOVERSION")
	return fmt.Sprintf("%d CPUs (%s)%s, %s %s/%s", runtime.NumCPU(), cpu, mem, goVersion, runtime.GOOS, runtime.GOARCH)
}

// goCmd is the go command: $GO, else go from $PATH.
var goCmd = cmp.Or(os.Getenv("GO"), "go")

// goRun runs the go command in dir, its output passed through.
func goRun(dir string, env []string, args ...string) error {
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return nil
}

// goOut returns the go command's output, trimmed.
func goOut(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out)), nil
}

func goLines(dir string, env []string, args ...string) ([]string, error) {
	out, err := goOut(dir, env, args...)
	if err != nil {
		return nil, err
	}
	var lines []string
	for line := range strings.Lines(out) {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, nil
}

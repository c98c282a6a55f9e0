package main

// Paired runs. The rounds of a full run time whole go vet runs one after
// another, and a shared machine's speed drifts between them by more than
// the differences to be measured (noopfacts, which does all that noop
// does and more, has come out 7% faster than noop by medians). A paired
// run times two tools in the same go vet run: vetbench is the vet tool,
// and for every unit go vet gives it, it runs tool A and tool B back to
// back on that unit, each with its own facts files, the order alternating
// from package to package. Drift then falls on both alike; what is
// compared is the sum of each tool's processes' CPU and wall time (the go
// command's own work, the same for any tool, is left out).

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The environment of vetbench run as a paired vet tool.
const (
	pairA   = "VETBENCH_PAIR_A"   // tool A, whose output go vet sees
	pairB   = "VETBENCH_PAIR_B"   // tool B, timed beside it
	pairLog = "VETBENCH_PAIR_LOG" // one line per unit is appended here
)

// pairTool is vetbench's main when go vet runs it as a paired vet tool:
// -flags and -V=full go to A alone; a unit goes to both, B's copy of its
// configuration reading and writing facts files of its own (the .B
// suffix).
func pairTool() int {
	a, b := os.Getenv(pairA), os.Getenv(pairB)
	args := os.Args[1:]
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return runTool(a, args, true).code
	}
	cfgFile := args[len(args)-1]
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vetbench:", err)
		return 1
	}
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		fmt.Fprintf(os.Stderr, "vetbench: %s: %v\n", cfgFile, err)
		return 1
	}
	pkg, _ := cfg["ImportPath"].(string)
	factsOnly, _ := cfg["VetxOnly"].(bool)
	for _, key := range []string{"VetxOutput", "Stdout"} {
		if s, _ := cfg[key].(string); s != "" {
			cfg[key] = s + ".B"
		}
	}
	if vetx, ok := cfg["PackageVetx"].(map[string]any); ok {
		for k, v := range vetx {
			if s, ok := v.(string); ok {
				vetx[k] = s + ".B"
			}
		}
	}
	bData, err := json.Marshal(cfg)
	if err == nil {
		err = os.WriteFile(cfgFile+".B.cfg", bData, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vetbench:", err)
		return 1
	}
	bArgs := append(append([]string(nil), args[:len(args)-1]...), cfgFile+".B.cfg")

	h := fnv.New32a()
	h.Write([]byte(pkg))
	var ra, rb toolRun
	if h.Sum32()%2 == 0 {
		ra, rb = runTool(a, args, true), runTool(b, bArgs, false)
	} else {
		rb, ra = runTool(b, bArgs, false), runTool(a, args, true)
	}
	if rb.code != 0 {
		// B's output is not shown; its failure must not pass unseen.
		fmt.Fprintf(os.Stderr, "vetbench: tool B failed on %s (exit %d)\n", pkg, rb.code)
		return 1
	}
	// One short line with O_APPEND: the processes go vet runs side by
	// side do not interleave their lines.
	line := fmt.Sprintf("%s\t%t\t%d\t%d\t%d\t%d\n", pkg, factsOnly,
		ra.cpu.Microseconds(), rb.cpu.Microseconds(), ra.wall.Microseconds(), rb.wall.Microseconds())
	f, err := os.OpenFile(os.Getenv(pairLog), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		_, err = f.WriteString(line)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vetbench:", err)
		return 1
	}
	return ra.code
}

// toolRun is one process of a paired run.
type toolRun struct {
	cpu, wall time.Duration
	code      int
}

// runTool runs tool with args; its output goes to ours when shown, and is
// discarded otherwise.
func runTool(tool string, args []string, shown bool) toolRun {
	cmd := exec.Command(tool, args...)
	if shown {
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	}
	start := time.Now()
	err := cmd.Run()
	r := toolRun{wall: time.Since(start), code: 1}
	if cmd.ProcessState != nil {
		r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		r.code = cmd.ProcessState.ExitCode()
	} else if shown {
		fmt.Fprintln(os.Stderr, "vetbench:", err)
	}
	return r
}

// pairSums are the summed times of one paired run, for all units and for
// the facts-only units (dependencies) alone.
type pairSums struct {
	units, factsUnits    int
	cpuA, cpuB           time.Duration
	wallA, wallB         time.Duration
	factsCPUA, factsCPUB time.Duration
}

// pairedOnce runs go vet over patterns with vetbench as the paired vet
// tool of a and b, and sums its log.
func pairedOnce(dir string, env []string, a, b string, patterns []string, tmp string) (pairSums, result, error) {
	self, err := os.Executable()
	if err != nil {
		return pairSums{}, result{}, err
	}
	logFile := filepath.Join(tmp, "pairs.log")
	os.Remove(logFile)
	env = append(env[:len(env):len(env)], pairA+"="+a, pairB+"="+b, pairLog+"="+logFile)
	r, err := vetOnce(dir, env, self, patterns)
	if err != nil {
		return pairSums{}, r, err
	}
	f, err := os.Open(logFile)
	if err != nil {
		return pairSums{}, r, err
	}
	defer f.Close()
	s, err := sumPairs(f)
	return s, r, err
}

// sumPairs adds up the lines pairTool wrote.
func sumPairs(r io.Reader) (pairSums, error) {
	var s pairSums
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			return s, fmt.Errorf("bad line in the paired log: %q", sc.Text())
		}
		var us [4]time.Duration
		for i := range us {
			n, err := strconv.ParseInt(f[2+i], 10, 64)
			if err != nil {
				return s, fmt.Errorf("bad line in the paired log: %q", sc.Text())
			}
			us[i] = time.Duration(n) * time.Microsecond
		}
		s.units++
		s.cpuA += us[0]
		s.cpuB += us[1]
		s.wallA += us[2]
		s.wallB += us[3]
		if f[1] == "true" {
			s.factsUnits++
			s.factsCPUA += us[0]
			s.factsCPUB += us[1]
		}
	}
	if s.units == 0 {
		return s, fmt.Errorf("the paired log is empty")
	}
	return s, sc.Err()
}

func ratio(a, b time.Duration) float64 { return a.Seconds() / b.Seconds() }

// reportPaired writes the table of the paired runs of each pair.
func reportPaired(w io.Writer, pairs [][2]string, sums map[[2]string][]pairSums) {
	fmt.Fprintf(w, "\nPaired runs: each unit analyzed by both tools back to back, the order alternating by package;\n")
	fmt.Fprintf(w, "the sums of their processes' CPU and wall time (not the go command's), round by round:\n\n")
	fmt.Fprintf(w, "| A/B | units | CPU A | CPU B | CPU ratio per round | median CPU | median wall | dependencies (facts only), CPU |\n")
	fmt.Fprintf(w, "|---|---|---|---|---|---|---|---|\n")
	for _, p := range pairs {
		var cpu, wall, facts []float64
		var rounds []string
		var cpuA, cpuB []float64
		for _, s := range sums[p] {
			cpu = append(cpu, ratio(s.cpuA, s.cpuB))
			wall = append(wall, ratio(s.wallA, s.wallB))
			facts = append(facts, ratio(s.factsCPUA, s.factsCPUB))
			rounds = append(rounds, fmt.Sprintf("%.3f", ratio(s.cpuA, s.cpuB)))
			cpuA = append(cpuA, s.cpuA.Seconds())
			cpuB = append(cpuB, s.cpuB.Seconds())
		}
		last := sums[p][len(sums[p])-1]
		fmt.Fprintf(w, "| %s/%s | %d (%d facts only) | %.1f s | %.1f s | %s | %.3f | %.3f | %.3f |\n",
			p[0], p[1], last.units, last.factsUnits, median(cpuA), median(cpuB), strings.Join(rounds, " "),
			median(cpu), median(wall), median(facts))
	}
}

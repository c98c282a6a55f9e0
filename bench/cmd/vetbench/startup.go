package main

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// budgetStartup bounds the process start of httpstatus against the
// empty vet tool's: go vet starts the tool once per package, so what
// every start costs is paid some 1,800 times on the corpus.
const budgetStartup = 1.2

// startupStats is the median start of one tool.
type startupStats struct {
	wall, cpu time.Duration
}

// startup times `tool -flags`, what go vet runs first and what every
// process pays before reading its package (runtime and package
// initialization, flag registration), for httpstatus as installed, and
// each prebuilt binary that -tool adds (an earlier build, to compare
// before and after in one run), against noop: runs interleaved, medians
// compared. It writes its table to w.
func startup(w io.Writer, binDir string, runs int, log func(string, ...any)) error {
	subjects := []string{subject}
	for _, tool := range toolNames {
		if extraTools[tool] != "" {
			subjects = append(subjects, tool)
		}
	}
	tools := append(slices.Clone(subjects), floor)
	bin := func(tool string) string {
		if p, ok := extraTools[tool]; ok {
			return p
		}
		return filepath.Join(binDir, tool)
	}
	times := make(map[string][]startupStats)
	for _, tool := range tools {
		// One untimed start each: the page cache then holds both binaries.
		if err := exec.Command(bin(tool), "-flags").Run(); err != nil {
			return fmt.Errorf("%s -flags: %v", tool, err)
		}
	}
	log("timing %d starts of each of %s (tool -flags), interleaved", runs, strings.Join(tools, ", "))
	for i := range runs {
		for j := range tools {
			tool := tools[(i+j)%len(tools)]
			cmd := exec.Command(bin(tool), "-flags")
			start := time.Now()
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s -flags: %v", tool, err)
			}
			wall := time.Since(start)
			cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			times[tool] = append(times[tool], startupStats{wall, cpu})
		}
	}
	med := func(tool string, f func(startupStats) time.Duration) float64 {
		var xs []float64
		for _, s := range times[tool] {
			xs = append(xs, f(s).Seconds()*1000)
		}
		return median(xs)
	}
	wall := func(s startupStats) time.Duration { return s.wall }
	cpu := func(s startupStats) time.Duration { return s.cpu }
	fmt.Fprintf(w, "\nProcess start (`TOOL -flags`, %d interleaved runs each, median):\n\n", runs)
	fmt.Fprintf(w, "| tool | wall | CPU |\n|---|---|---|\n")
	for _, tool := range tools {
		fmt.Fprintf(w, "| %s | %.2f ms | %.2f ms |\n", tool, med(tool, wall), med(tool, cpu))
	}
	fmt.Fprintln(w)
	for _, tool := range subjects {
		ratio := med(tool, wall) / med(floor, wall)
		verdict := "within"
		if ratio > budgetStartup {
			verdict = "over"
		}
		fmt.Fprintf(w, "%s/%s start-up: wall %.2f, CPU %.2f (budget %.2f: %s)\n", tool, floor,
			ratio, med(tool, cpu)/med(floor, cpu), budgetStartup, verdict)
	}
	return nil
}

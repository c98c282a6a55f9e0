package main

import (
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden outputs of httpstatus routes")

// TestRoutes runs httpstatus routes for real, text and -json, on the
// example service and on every router's fixture in the real-frameworks
// module (net/http's is the example; chi, gorilla/mux, gin, echo and
// fiber in one run, since each run type-checks the dependencies from
// source), against golden outputs.
func TestRoutes(t *testing.T) {
	example, err := filepath.Abs(filepath.Join("..", "..", "example"))
	if err != nil {
		t.Fatal(err)
	}
	frameworks := testenv.Frameworks(t, filepath.Join("..", ".."))
	routers := []string{"./chiroutes/...", "./gorillaroutes/...", "./ginroutes/...", "./echoroutes/...", "./fiberroutes/..."}
	for _, tc := range []struct {
		name, dir string
		args      []string
	}{
		{"example.txt", example, []string{"routes", "./..."}},
		{"example.json", example, []string{"routes", "-json", "./..."}},
		{"frameworks.txt", frameworks, append([]string{"routes"}, routers...)},
		{"frameworks.json", frameworks, append([]string{"routes", "-json"}, routers...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runRoutes(t, tc.dir, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			golden(t, filepath.Join("testdata", "routes", tc.name), stdout)
		})
	}
}

// TestRoutesErrors checks the exit codes and messages of bad runs.
func TestRoutesErrors(t *testing.T) {
	example, err := filepath.Abs(filepath.Join("..", "..", "example"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"routes", "-jsn", "./..."}, 2, "flag provided but not defined: -jsn"},
		{"bad flag value", []string{"routes", "-documented=2XX,999", "./..."}, 2, "999"},
		{"no such package", []string{"routes", "./nowhere"}, 1, "nowhere"},
		{"missing catalog", []string{"routes", "-catalog=missing.yaml", "./..."}, 1, "missing.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runRoutes(t, example, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "panic") || stdout != "" {
				t.Errorf("exit %d, want %d with %q; stdout:\n%s\nstderr:\n%s", code, tc.code, tc.want, stdout, stderr)
			}
		})
	}
}

func runRoutes(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off")
	return runCmd(t, cmd)
}

// golden compares out with the golden file, or rewrites it with -update.
func golden(t *testing.T, file, out string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("%s differs; got:\n%s", file, out)
	}
}

// Progress is shown on a terminal only: output that goes to a file or a
// pipe (CI logs, 2>err.txt) gets none, however long the run.
func TestRoutesProgressNotOnPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stop := progress(w)
	time.Sleep(1600 * time.Millisecond) // past the first tick that would print
	stop()
	w.Close()
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0 {
		t.Errorf("progress on a pipe: %q", out)
	}
}

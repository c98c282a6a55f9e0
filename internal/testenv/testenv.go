// Package testenv holds what the end-to-end tests of several packages
// share: copying a fixture module out of the repository, building the
// httpstatus command to run it for real, and the real frameworks' modules.
package testenv

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// CopyDir copies the tree at src into a fresh temporary directory and
// returns it, so that a test may change the files (-fix, --fix, an edited
// catalog) without touching the repository.
func CopyDir(tb testing.TB, src string) string {
	tb.Helper()
	dst := tb.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dst
}

// BuildCommand builds the package at pkg (a directory, such as
// "../cmd/httpstatus") into a fresh temporary directory, for a TestMain.
// It returns the binary and a function that removes it; on a build
// failure it prints the compiler's output and exits.
func BuildCommand(pkg string) (binary string, cleanup func()) {
	dir, err := os.MkdirTemp("", "httpstatus-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "httpstatus")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", binary, pkg).CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	return binary, func() { os.RemoveAll(dir) }
}

var (
	frameworksOnce sync.Once
	frameworksErr  error
)

// Frameworks returns the directory of the fixture module that pins the
// real router and framework modules, testdata/frameworks under root (the
// repository's root, relative to the test's directory), once its modules
// are in the module cache. analysistest loads a directory with a go.mod
// with GOPROXY=off, so the download happens here, with the proxy on. A
// failed download fails the test: nothing is skipped.
func Frameworks(tb testing.TB, root string) string {
	tb.Helper()
	dir, err := filepath.Abs(filepath.Join(root, "testdata", "frameworks"))
	if err != nil {
		tb.Fatal(err)
	}
	frameworksOnce.Do(func() { frameworksErr = download(dir) })
	if frameworksErr != nil {
		tb.Fatal(frameworksErr)
	}
	return dir
}

func download(dir string) error {
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	run := func(args ...string) (string, error) {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, stderr.Bytes())
		}
		return string(out), nil
	}
	proxy, err := run("env", "GOPROXY")
	if err != nil {
		return err
	}
	if p := strings.TrimSpace(proxy); p == "off" || p == "" {
		env = append(env, "GOPROXY=https://proxy.golang.org,direct")
	}
	_, err = run("mod", "download")
	return err
}

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
	// With no arguments: every module needed to build the fixture's
	// packages, checked against its go.sum.
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go mod download in %s: %v\n%s", dir, err, stderr.Bytes())
	}
	return nil
}

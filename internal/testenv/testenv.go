// Package testenv holds what the end-to-end tests of several packages
// share: copying a fixture module out of the repository, and building the
// httpstatus command to run it for real.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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

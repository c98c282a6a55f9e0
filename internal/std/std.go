// Package std tells the packages of the standard library from all others
// by where they come from: a package is the standard library's when its
// import path is a directory of the Go root's source tree. The shape of
// a path says nothing: a module may be named "orders", and its packages
// "orders/api", with no dot anywhere.
package std

import (
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// known memoizes the answer per import path for the whole process: a
// vet-tool process asks about the same few packages again and again.
var known sync.Map // string -> bool

// Is reports whether the package with the given import path is in the
// standard library of the Go root in force.
func Is(path string) bool {
	if v, ok := known.Load(path); ok {
		return v.(bool)
	}
	is := inRoot(goroot(), path)
	known.Store(path, is)
	return is
}

// goroot is the Go root in force: GOROOT, which the go command sets for
// the tools it runs (go vet's); else the one this binary was built with,
// if it is still there; else the go command's, asked once. A driver that
// the go command does not start (golangci-lint, the language server)
// may have been built elsewhere, or with -trimpath, which leaves it no
// root of its own.
var goroot = sync.OnceValue(func() string {
	for _, root := range []string{os.Getenv("GOROOT"), build.Default.GOROOT} {
		if isRoot(root) {
			return root
		}
	}
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		if root := strings.TrimSpace(string(out)); isRoot(root) {
			return root
		}
	}
	return ""
})

// isRoot reports whether dir is a Go root: it has the runtime's source.
func isRoot(dir string) bool {
	if dir == "" {
		return false
	}
	fi, err := os.Stat(filepath.Join(dir, "src", "runtime"))
	return err == nil && fi.IsDir()
}

// inRoot reports whether path names a directory under root's src.
func inRoot(root, path string) bool {
	if root == "" || path == "" || !filepath.IsLocal(filepath.FromSlash(path)) {
		return false
	}
	fi, err := os.Stat(filepath.Join(root, "src", filepath.FromSlash(path)))
	return err == nil && fi.IsDir()
}

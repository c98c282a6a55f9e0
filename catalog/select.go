package catalog

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// The file names that discovery looks for, in each directory from a
// package's own up to its module root.
const (
	ConfigYAML = ".httpstatus.yaml"
	ConfigJSON = ".httpstatus.json"
)

// ParseList reads a documented list given on the command line,
// "200,204,4XX", into a catalog named "documented". Its errors say what
// is wrong with the list; the caller names the flag or setting.
func ParseList(list string) (*Catalog, error) {
	c := New("documented")
	for _, key := range strings.Split(list, ",") {
		key = strings.TrimSpace(key)
		if key == "" {
			continue
		}
		if err := addKey(c, key, ""); err != nil {
			return nil, err
		}
	}
	if c.Empty() {
		return nil, fmt.Errorf("the list %q names no code", list)
	}
	return c, nil
}

// Load reads a catalog file or an OpenAPI 3 document, told apart by
// content. Errors start with path as given.
func Load(path string) (*Catalog, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return Parse(path, data)
}

type result struct {
	c   *Catalog
	err error
}

// Both caches hold a sync.OnceValue per key: the analyzer asks from many
// packages in parallel, and the first to ask loads while the others wait
// for its result, so each file is read and checked once per process.
var (
	flagged    sync.Map // flags{path, documented} -> func() result
	discovered sync.Map // absolute directory -> func() result
)

type flags struct{ path, documented string }

// Select returns the catalog that applies to the package in dir:
//
//   - a documented list, if given, replaces any catalog (and a catalog
//     path given with it);
//   - else the catalog file or OpenAPI document at path, if given;
//     A relative path is taken from the module root above dir.
//   - else the catalog discovered from dir (see the package
//     documentation);
//   - else the embedded default.
//
// Each catalog is loaded and checked once per process, however many
// packages ask for it, and packages that share a catalog get the same
// *Catalog. Select is safe for concurrent use; callers must not modify
// the catalog.
func Select(path, documented, dir string) (*Catalog, error) {
	if path != "" && documented == "" && !filepath.IsAbs(path) {
		// go vet runs its tool in each package's directory, golangci-lint
		// and editors elsewhere: a relative path means the same file to
		// all of them when it is taken from the module root.
		path = filepath.Join(moduleRoot(dir), path)
	}
	if documented != "" || path != "" {
		load, _ := flagged.LoadOrStore(flags{path, documented}, sync.OnceValue(func() result {
			if documented != "" {
				c, err := ParseList(documented)
				if err != nil {
					err = fmt.Errorf("-documented: %v", err)
				}
				return result{c, err}
			}
			c, err := Load(path)
			return result{c, err}
		}))
		r := load.(func() result)()
		return r.c, r.err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	return discover(abs)
}

// discover returns the catalog for the absolute directory dir: its own
// catalog file, else, unless dir is a root, its parent's. Each directory
// is looked at once, so that sibling packages share their parents'
// answer.
func discover(dir string) (*Catalog, error) {
	load, _ := discovered.LoadOrStore(dir, sync.OnceValue(func() result {
		c, err := discoverIn(dir)
		return result{c, err}
	}))
	r := load.(func() result)()
	return r.c, r.err
}

func discoverIn(dir string) (*Catalog, error) {
	yamlPath, jsonPath := filepath.Join(dir, ConfigYAML), filepath.Join(dir, ConfigJSON)
	hasYAML, err := exists(yamlPath)
	if err != nil {
		return nil, err
	}
	hasJSON, err := exists(jsonPath)
	if err != nil {
		return nil, err
	}
	switch {
	case hasYAML && hasJSON:
		// Picking one would leave the other silently ignored.
		return nil, fmt.Errorf("%s: ambiguous: %s is in the same directory; keep one", yamlPath, ConfigJSON)
	case hasYAML:
		return Load(yamlPath)
	case hasJSON:
		return Load(jsonPath)
	}
	if isRoot, err := isModuleRoot(dir); err != nil {
		return nil, err
	} else if isRoot {
		return Default(), nil
	}
	parent := filepath.Dir(dir)
	if parent == dir {
		return Default(), nil
	}
	return discover(parent)
}

// Forget drops every cached catalog, so that the next Select reads the
// files again. A long-lived process, the language server, calls it before
// each run: an edited or newly added catalog then takes effect at once.
// A run under way keeps the catalog it already has.
func Forget() {
	flagged.Clear()
	discovered.Clear()
}

// moduleRoot returns the nearest directory at or above dir where
// discovery would stop (go.mod or .git), or dir itself when there is none.
func moduleRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; {
		if ok, _ := isModuleRoot(d); ok {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return abs
		}
		d = parent
	}
}

// isModuleRoot reports whether discovery stops at dir: it holds go.mod
// (the module root, as the specification says), or .git (the top of a
// repository, for code outside any module).
func isModuleRoot(dir string) (bool, error) {
	for _, name := range []string{"go.mod", ".git"} {
		if ok, err := exists(filepath.Join(dir, name)); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// exists reports whether path exists. Errors other than absence, such as
// a permission denied, are reported rather than taken for absence,
// which could select another catalog unnoticed.
func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return false, nil
	}
	return false, fmt.Errorf("%s: %v", path, cause(err))
}

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

// A Cache holds the catalogs loaded so far, so that each file is read and
// checked once however many packages ask for it, and packages that share
// a catalog get the same *Catalog. Whoever drives the analysis owns one:
// the command one per process; the language server a new one per run, so
// that an edited or newly added catalog takes effect at once. The zero
// Cache is empty and ready to use; a Cache is safe for concurrent use and
// must not be copied.
type Cache struct {
	// Both maps hold a sync.OnceValue per key: the analyzer asks from
	// many packages in parallel, and the first to ask loads while the
	// others wait for its result.
	flagged    sync.Map // flags{path, documented} -> func() result
	discovered sync.Map // absolute directory -> func() result
}

type flags struct{ path, documented string }

// ResolvePath returns the file that a catalog path given by the user (a
// flag, a setting) names for the package in dir. An absolute path is
// that file. A relative one is taken from the current directory when the
// file is there: where the user typed `httpstatus ./...`. Else it is
// taken from the module root above dir: go vet runs its tool in each
// package's directory, golangci-lint and editors elsewhere, and the
// module root is the same directory to all of them.
func ResolvePath(path, dir string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	if _, err := os.Stat(path); err == nil {
		if abs, err := filepath.Abs(path); err == nil {
			return abs
		}
	}
	return filepath.Join(moduleRoot(dir), path)
}

// Select returns the catalog that applies to the package in dir:
//
//   - a documented list, if given, replaces any catalog (and a catalog
//     path given with it);
//   - else the catalog file or OpenAPI document at path, if given,
//     resolved by ResolvePath;
//   - else the catalog discovered from dir (see the package
//     documentation);
//   - else the embedded default.
//
// Callers must not modify the catalog: the cache hands it to every
// package that asks for it.
func (cache *Cache) Select(path, documented, dir string) (*Catalog, error) {
	if documented != "" {
		path = ""
	} else {
		path = ResolvePath(path, dir)
	}
	if documented != "" || path != "" {
		load, _ := cache.flagged.LoadOrStore(flags{path, documented}, sync.OnceValue(func() result {
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
	return cache.discover(abs)
}

// discover returns the catalog for the absolute directory dir: its own
// catalog file, else, unless dir is a root, its parent's. Each directory
// is looked at once, so that sibling packages share their parents'
// answer.
func (cache *Cache) discover(dir string) (*Catalog, error) {
	load, _ := cache.discovered.LoadOrStore(dir, sync.OnceValue(func() result {
		c, err := cache.discoverIn(dir)
		return result{c, err}
	}))
	r := load.(func() result)()
	return r.c, r.err
}

func (cache *Cache) discoverIn(dir string) (*Catalog, error) {
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
	return cache.discover(parent)
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
// (the module root), or .git (the top of a
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

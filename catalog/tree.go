package catalog

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// CheckTree loads every catalog that discovery can find for a package of
// the module above dir: each .httpstatus.yaml or .httpstatus.json below
// the module root, in the directories the go command takes packages from
// (not testdata, vendor, or directories whose names start with "." or
// "_"), and not in nested modules. It returns the first error in walk
// order. A driver that analyzes many packages in one process (the
// golangci-lint plugin) calls it before the analysis: there, a catalog
// that fails the analysis of one package fails every package that
// imports it too, each with a line of its own.
func (cache *Cache) CheckTree(dir string) error {
	root := moduleRoot(dir)
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root {
			name := d.Name()
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if nested, err := exists(filepath.Join(path, "go.mod")); err != nil {
				return err
			} else if nested {
				return filepath.SkipDir
			}
		}
		for _, name := range []string{ConfigYAML, ConfigJSON} {
			if ok, err := exists(filepath.Join(path, name)); err != nil {
				return err
			} else if ok {
				_, err := cache.discover(path)
				return err
			}
		}
		return nil
	})
}

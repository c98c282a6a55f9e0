package catalog

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

// ParseList reads a documented list given on the command line,
// "200,204,4XX", into a catalog named "documented".
func ParseList(list string) (*Catalog, error) {
	c := New("documented")
	for _, key := range strings.Split(list, ",") {
		key = strings.TrimSpace(key)
		if key == "" {
			continue
		}
		if err := addKey(c, key, ""); err != nil {
			return nil, fmt.Errorf("-documented: %v", err)
		}
	}
	if c.Empty() {
		return nil, fmt.Errorf("-documented: the list %q names no code", list)
	}
	return c, nil
}

// Load reads a catalog file.
func Load(path string) (*Catalog, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("catalog: %v", err)
	}
	return Parse(path, data)
}

type selection struct{ path, documented, dir string }

type result struct {
	c   *Catalog
	err error
}

var selected sync.Map // selection -> func() result

// Select returns the catalog that applies to a package in dir. A
// documented list replaces any catalog; else a catalog path is read;
// else the embedded default serves. Each catalog is loaded and checked
// once per process, however many packages ask for it.
func Select(path, documented, dir string) (*Catalog, error) {
	key := selection{path, documented, ""}
	load, _ := selected.LoadOrStore(key, sync.OnceValue(func() result {
		switch {
		case documented != "":
			c, err := ParseList(documented)
			return result{c, err}
		case path != "":
			c, err := Load(path)
			return result{c, err}
		}
		return result{Default(), nil}
	}))
	r := load.(func() result)()
	return r.c, r.err
}

package catalog

import (
	_ "embed"
	"sync"
)

// defaultYAML is the seed table of documented codes, in the catalog file
// format.
//
//go:embed default.yaml
var defaultYAML []byte

var defaultCatalog = sync.OnceValue(func() *Catalog {
	c, err := Parse("default.yaml", defaultYAML)
	if err != nil {
		// The file is part of this package and covered by its tests.
		panic("catalog: embedded default.yaml: " + err.Error())
	}
	// Not a file the user has: the name "default" says where it is from.
	c.Source = ""
	return c
})

// Default returns the embedded default catalog, named "default". Each call
// returns a copy of its own: changing one, through Add or AddClass, changes
// no other caller's.
func Default() *Catalog { return defaultCatalog().clone() }

// Package catalog holds the documented set of HTTP status codes that the
// httpstatus analyzer checks against: the Catalog type, the embedded
// default catalog and the loaders for user catalogs.
package catalog

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// MinCode and MaxCode bound the valid status codes: RFC 9110 codes are
// three digits, 1xx to 5xx.
const (
	MinCode = 100
	MaxCode = 599
)

// A Catalog is a named set of documented status codes. Codes are held
// one by one; a range such as 4XX is kept as a class so that it stays one
// entry when printed.
type Catalog struct {
	// Name is shown in diagnostics: the catalog's own name, or the base
	// name of the file it came from.
	Name string
	// Source is the file the catalog was read from; empty for the
	// embedded default and for lists given on the command line.
	Source string

	codes   map[int]string // documented code -> description
	classes [6]*string     // classes[4] != nil: every 4xx code is documented
}

// New returns an empty catalog with the given name.
func New(name string) *Catalog {
	return &Catalog{Name: name, codes: make(map[int]string)}
}

// Add documents one code. It reports an error for a code outside
// MinCode..MaxCode.
func (c *Catalog) Add(code int, description string) error {
	if code < MinCode || code > MaxCode {
		return fmt.Errorf("status code %d is outside %d-%d", code, MinCode, MaxCode)
	}
	c.codes[code] = description
	return nil
}

// AddClass documents every code of a class: 4 for 4XX.
func (c *Catalog) AddClass(class int, description string) error {
	if class < 1 || class > 5 {
		return fmt.Errorf("status range %dXX is outside 1XX-5XX", class)
	}
	c.classes[class] = &description
	return nil
}

// Has reports whether code is documented.
func (c *Catalog) Has(code int) bool {
	if _, ok := c.codes[code]; ok {
		return true
	}
	return code >= MinCode && code <= MaxCode && c.classes[code/100] != nil
}

// Description returns the description of a documented code (the code's
// own, else its class's) and whether the code is documented.
func (c *Catalog) Description(code int) (string, bool) {
	if d, ok := c.codes[code]; ok {
		return d, true
	}
	if code >= MinCode && code <= MaxCode {
		if d := c.classes[code/100]; d != nil {
			return *d, true
		}
	}
	return "", false
}

// Empty reports whether the catalog documents nothing.
func (c *Catalog) Empty() bool {
	return len(c.codes) == 0 && c.classes == [6]*string{}
}

// An Entry is one line of a catalog: a code ("404") or a class ("4XX").
type Entry struct {
	Key         string
	Description string
}

// Entries lists the catalog in order: each class before the codes of the
// next class, codes in ascending order.
func (c *Catalog) Entries() []Entry {
	var out []Entry
	codes := slices.Sorted(maps.Keys(c.codes))
	for class := 1; class <= 5; class++ {
		if d := c.classes[class]; d != nil {
			out = append(out, Entry{Key: fmt.Sprintf("%dXX", class), Description: *d})
		}
		for _, code := range codes {
			if code/100 == class {
				out = append(out, Entry{Key: fmt.Sprint(code), Description: c.codes[code]})
			}
		}
	}
	return out
}

// String renders the catalog one entry a line, as the catalog file format
// would list it.
func (c *Catalog) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "name: %s\ndocumented:\n", c.Name)
	for _, e := range c.Entries() {
		fmt.Fprintf(&b, "  %s: %q\n", e.Key, e.Description)
	}
	return b.String()
}

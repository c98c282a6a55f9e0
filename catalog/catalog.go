package catalog

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/pb33f/go-yaml"
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
	// OpenAPI is the document the catalog's codes come from, when they
	// come from one (the catalog is an OpenAPI document, or a catalog
	// file names one): a check per operation reads it.
	OpenAPI *OpenAPI

	codes   map[int]string // documented code -> description
	classes [6]*string     // classes[4] != nil: every 4xx code is documented
}

// New returns an empty catalog with the given name.
func New(name string) *Catalog {
	return &Catalog{Name: name, codes: make(map[int]string)}
}

// clone returns a copy of c that shares nothing with it.
func (c *Catalog) clone() *Catalog {
	d := *c
	d.codes = maps.Clone(c.codes)
	for i, desc := range c.classes {
		if desc != nil {
			s := *desc
			d.classes[i] = &s
		}
	}
	return &d
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

// addIfAbsent documents a code or class unless the catalog already has
// that exact entry: when an OpenAPI document declares a code in several
// operations, or a catalog file both lists a code and names an OpenAPI
// document declaring it, the first description wins instead of the last.
func (c *Catalog) addIfAbsent(key, description string) error {
	code, class, err := parseKey(key)
	switch {
	case err != nil:
		return err
	case class != 0 && c.classes[class] == nil:
		c.classes[class] = &description
	case class == 0:
		if _, ok := c.codes[code]; !ok {
			c.codes[code] = description
		}
	}
	return nil
}

// String renders the catalog in the catalog file format, which Parse
// reads back to the same entries: the name, the source as a comment, and
// every entry, in the order of Entries. A catalog that came from an
// OpenAPI document is printed with its codes listed under `documented`,
// so the output shows the effective set.
func (c *Catalog) String() string {
	str := func(s string) *yaml.Node {
		// The !!str tag makes the encoder quote what would otherwise
		// read back as a number, a boolean or null ("200", "yes", "").
		// Invalid UTF-8, possible only through Add, is replaced
		// because YAML text cannot hold it.
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.ToValidUTF8(s, "\uFFFD")}
	}
	documented := &yaml.Node{Kind: yaml.MappingNode}
	for _, e := range c.Entries() {
		documented.Content = append(documented.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: e.Key}, str(e.Description))
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("name"), str(c.Name),
		str("documented"), documented,
	}}
	if c.Source != "" {
		source := c.Source
		if strings.ContainsFunc(source, unicode.IsControl) {
			// A newline would end the comment and start YAML.
			source = strconv.Quote(source)
		}
		root.HeadComment = "source: " + source
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		// Unreachable with the valid UTF-8 that str ensures; still, a
		// Stringer has no error to return and must not panic.
		return fmt.Sprintf("# catalog %q cannot be printed: %v\n", c.Name, err)
	}
	return b.String()
}

package catalog

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse reads a catalog file in the catalog format (YAML, or JSON, which
// YAML reads too):
//
//	name: orders-api
//	documented:
//	  200: OK
//	  4XX: Any client error
//
// filename names the file in errors and gives the default name. Errors
// carry the file name and, where known, the line.
func Parse(filename string, data []byte) (*Catalog, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %s", filename, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s: empty catalog: give `documented` or `openapi`", filename)
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, errorAt(filename, root, "a catalog is a mapping with `name` and `documented`")
	}
	c := New(strings.TrimSuffix(filepath.Base(filename), filepath.Ext(filename)))
	c.Source = filename
	var documented *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "name":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				return nil, errorAt(filename, v, "`name` must be a non-empty string")
			}
			c.Name = v.Value
		case "documented":
			documented = v
		default:
			return nil, errorAt(filename, k, fmt.Sprintf("unknown key %q (want name, openapi, documented)", k.Value))
		}
	}
	if documented == nil {
		return nil, fmt.Errorf("%s: empty catalog: give `documented` or `openapi`", filename)
	}
	if documented.Kind != yaml.MappingNode {
		return nil, errorAt(filename, documented, "`documented` must map codes to descriptions")
	}
	for i := 0; i+1 < len(documented.Content); i += 2 {
		k, v := documented.Content[i], documented.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return nil, errorAt(filename, v, fmt.Sprintf("the description of %s must be a string", k.Value))
		}
		if err := addKey(c, k.Value, v.Value); err != nil {
			return nil, errorAt(filename, k, err.Error())
		}
	}
	if c.Empty() {
		return nil, errorAt(filename, documented, "empty catalog: `documented` lists no code")
	}
	return c, nil
}

// addKey documents a code ("404") or a class ("4XX", "4xx").
func addKey(c *Catalog, key, description string) error {
	if len(key) == 3 && strings.EqualFold(key[1:], "XX") && key[0] >= '0' && key[0] <= '9' {
		return c.AddClass(int(key[0]-'0'), description)
	}
	code, err := strconv.Atoi(key)
	if err != nil {
		return fmt.Errorf("%q is not a status code or a range such as 4XX", key)
	}
	return c.Add(code, description)
}

func errorAt(filename string, n *yaml.Node, msg string) error {
	return fmt.Errorf("%s:%d: %s", filename, n.Line, msg)
}

package catalog

import (
	"fmt"
	"maps"
	"net/url"
	"path/filepath"
	"slices"

	"github.com/getkin/kin-openapi/openapi3"
)

// parseOpenAPI reads an OpenAPI 3.0, 3.1 or 3.2 document (YAML or JSON)
// into a catalog named after the file: every response code that an
// operation under `paths` declares, with the response's description.
// A range such as 4XX documents its whole class; `default` adds nothing.
//
// Webhooks and callbacks are left out on purpose: their responses are
// written by the API's clients, not by the server this linter checks.
// External $refs are followed to local files only.
func parseOpenAPI(filename string, data []byte, read readFunc) (c *Catalog, err error) {
	defer func() {
		// The document comes from the user and the parser is not ours:
		// a bug in it is reported against the file, not as a crash of
		// the whole analysis.
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("%s: the OpenAPI parser failed on this document: %v", filename, r)
		}
	}()
	loader := openapi3.NewLoader()
	loader.IncludeOrigin = true
	loader.IsExternalRefsAllowed = true
	// With a ReadFromURIFunc of its own the loader leaves the access
	// policy to it: local files only, so that linting never reaches
	// the network.
	loader.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
		if (u.Scheme != "" && u.Scheme != "file") || u.Host != "" {
			return nil, fmt.Errorf("%s: only local files are read", u.Redacted())
		}
		data, err := read(filepath.FromSlash(u.Path))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.FromSlash(u.Path), err)
		}
		return data, nil
	}
	doc, err := loader.LoadFromDataWithPath(data, &url.URL{Path: filepath.ToSlash(filename)})
	if err != nil {
		return nil, parserError(filename, err)
	}

	c = New(baseName(filename))
	c.Source = filename
	// Paths, methods and codes in a fixed order, so that the first
	// description of a code that several operations declare is always
	// the same one.
	for _, p := range doc.Paths.Keys() {
		item := doc.Paths.Value(p)
		if item == nil {
			continue
		}
		ops := item.Operations()
		for _, method := range slices.Sorted(maps.Keys(ops)) {
			op := ops[method]
			if op == nil {
				continue
			}
			for _, key := range op.Responses.Keys() {
				if key == "default" {
					continue
				}
				r := op.Responses.Value(key)
				if err := c.addIfAbsent(key, description(r)); err != nil {
					return nil, originError(filename, r, err)
				}
			}
		}
	}
	if c.Empty() {
		return nil, fmt.Errorf("%s: empty catalog: the OpenAPI document declares no response code other than `default`", filename)
	}
	return c, nil
}

// description is a response's description: the one beside its $ref
// where OpenAPI 3.1 allows one, else the referenced response's own.
func description(r *openapi3.ResponseRef) string {
	switch {
	case r == nil:
		return ""
	case r.Description != nil:
		return *r.Description
	case r.Value != nil && r.Value.Description != nil:
		return *r.Value.Description
	}
	return ""
}

// originError places err at the response's key, in the file that holds
// it (a path item may come from another file through $ref).
func originError(filename string, r *openapi3.ResponseRef, err error) error {
	if r != nil && r.Origin != nil && r.Origin.Key != nil && r.Origin.Key.Line > 0 {
		if f := r.Origin.Key.File; f != "" && filepath.Clean(filepath.FromSlash(f)) != filepath.Clean(filename) {
			return fmt.Errorf("%s:%d: %v (through a $ref in %s)", filepath.FromSlash(f), r.Origin.Key.Line, err, filename)
		}
		return fmt.Errorf("%s:%d: %v", filename, r.Origin.Key.Line, err)
	}
	return fmt.Errorf("%s: %v", filename, err)
}

package catalog

import (
	"fmt"

	"github.com/pb33f/go-yaml"
)

// An OpenAPI is what the linter reads of an OpenAPI 3 or Swagger 2.0
// document: its
// operations and the responses each declares, with where they are
// written. The catalog is derived from it; a check of routes against the
// document reads the same.
type OpenAPI struct {
	File    string // the document, as named to ReadOpenAPI or Parse
	Version string // "3.1.0", or "2.0" for Swagger 2.0
	// BasePath is the path of the first server's URL ("/v1" for
	// https://api.example.com/v1, for https://{env}.example.com/{v}
	// with v's default v1, and for the relative URL v1), Swagger 2.0's
	// basePath, "" without either. Operations' paths are relative to it.
	BasePath   string
	Operations []Operation // in document order
}

// An Operation is one method on one path of the document's `paths`.
type Operation struct {
	Method    string // upper case: GET, QUERY, or an additionalOperations name as written
	Path      string // the path template: /orders/{id}
	Pos       Pos    // the path's key
	Responses []Response
}

// A Response is one key of an operation's responses.
type Response struct {
	Key         string // "404", "4XX" (as written: "4xx" too) or "default"
	Description string // the response's; in 3.1, the one beside its $ref
	Pos         Pos    // the key, in the file that holds it
}

// A Pos is a line of a file, the file named as the user named the
// document (relative to it when reached through $ref).
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// ReadOpenAPI reads the OpenAPI 3.0, 3.1 or 3.2 document, or the Swagger
// 2.0 one, at path, YAML or JSON, following $refs to local files relative to it (never the
// network). Errors name the file and line: "FILE:LINE: what".
func ReadOpenAPI(path string) (*OpenAPI, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	root, err := parseYAML(path, data)
	if err != nil {
		return nil, err
	}
	isOpenAPI := false
	if root != nil {
		if isOpenAPI, err = sniff(path, root); err != nil {
			return nil, err
		}
	}
	if !isOpenAPI {
		return nil, fmt.Errorf("%s: not an OpenAPI 3 document: no `openapi: 3.x.y` version", path)
	}
	return readOpenAPI(path, data, root)
}

// parseOpenAPI reads an OpenAPI document into a catalog named after the
// file: every response key that an operation under `paths` declares,
// with the response's description. A range such as 4XX documents its
// whole class. `default` stands for the codes the operation does not
// list; as those are the errors it may answer with, it documents the 4XX
// and 5XX classes (success and redirect codes must be listed).
//
// Webhooks and callbacks are left out on purpose: their responses are
// written by the API's clients, not by the server this linter checks.
func parseOpenAPI(filename string, data []byte, root *yaml.Node) (*Catalog, error) {
	doc, err := readOpenAPI(filename, data, root)
	if err != nil {
		return nil, err
	}
	return doc.catalog()
}

// catalog derives the documented set: the union over operations.
// Operations are taken in document order and the first description of
// a key wins.
func (doc *OpenAPI) catalog() (*Catalog, error) {
	c := New(baseName(doc.File))
	c.Source = doc.File
	c.OpenAPI = doc
	for _, op := range doc.Operations {
		for _, r := range op.Responses {
			keys := []string{r.Key}
			if r.Key == "default" {
				keys = []string{"4XX", "5XX"}
			}
			for _, key := range keys {
				if err := c.addIfAbsent(key, r.Description); err != nil {
					return nil, fmt.Errorf("%s: %v%s", r.Pos, err, doc.through(r.Pos))
				}
			}
		}
	}
	if c.Empty() {
		return nil, fmt.Errorf("%s: empty catalog: no operation under `paths` declares a response", doc.File)
	}
	return c, nil
}

// through names the document when pos is in another file, reached
// through $ref.
func (doc *OpenAPI) through(pos Pos) string {
	if pos.File == doc.File {
		return ""
	}
	return fmt.Sprintf(" (through a $ref in %s)", doc.File)
}

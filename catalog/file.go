package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pb33f/go-yaml"
)

// Parse reads a catalog from data: a catalog file (YAML, or JSON, which
// YAML reads too), an OpenAPI 3 document or a Swagger 2.0 one, told apart by content (see
// the package documentation):
//
//	name: orders-api
//	openapi: api/openapi.yaml
//	documented:
//	  200: OK
//	  4XX: Any client error
//
// filename names the file in errors and gives the default name; an
// `openapi` path in a catalog file, and a relative $ref in an OpenAPI
// document, is read from disk relative to the directory of filename.
// Errors carry the file name and, where known, the line: "FILE:LINE: what".
func Parse(filename string, data []byte) (*Catalog, error) {
	root, err := parseYAML(filename, data)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, fmt.Errorf("%s: empty catalog: give `documented` or `openapi`", filename)
	}
	isOpenAPI, err := sniff(filename, root)
	switch {
	case err != nil:
		return nil, err
	case isOpenAPI:
		return parseOpenAPI(filename, data, root)
	}
	return parseCatalogFile(filename, root)
}

// readFile reads a regular file. Anything else is refused before reading
// because a path in a catalog can name /dev/zero or a FIFO, which would
// never end.
func readFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, cause(err)
	}
	switch {
	case fi.IsDir():
		return nil, errors.New("is a directory")
	case !fi.Mode().IsRegular():
		return nil, errors.New("not a regular file")
	}
	if err := checkSize(fi.Size()); err != nil {
		// Refused before reading it, so that a huge file costs nothing.
		return nil, errors.New(err.msg)
	}
	data, err := os.ReadFile(name)
	return data, cause(err)
}

// cause strips the operation and path that os errors carry, so that
// messages name each file once, as the catalog names it.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseYAML returns the top-level node of the single YAML (or JSON)
// document in data, nil for an empty one.
//
// It refuses a document beyond the bounds of limits.go: one larger than
// maxDocumentSize, nested deeper than maxDepth, or whose aliases expand
// it out of proportion to its size.
func parseYAML(filename string, data []byte) (*yaml.Node, error) {
	if err := checkSize(int64(len(data))); err != nil {
		return nil, limitAt(filename, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, nil
	} else if err != nil {
		return nil, parserError(filename, err)
	}
	if err := checkNodes(&doc, len(data)); err != nil {
		return nil, limitAt(filename, err)
	}
	for {
		// A second document would otherwise be ignored without a word;
		// an empty one, as after a closing "---", holds nothing to ignore.
		var next yaml.Node
		err := dec.Decode(&next)
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, parserError(filename, err)
		}
		if err := checkNodes(&next, len(data)); err != nil {
			return nil, limitAt(filename, err)
		}
		if len(next.Content) > 0 && !isEmpty(next.Content[0]) {
			return nil, errorAt(filename, next.Content[0], "a catalog is a single YAML document; this is a second one")
		}
	}
	if len(doc.Content) == 0 || isEmpty(doc.Content[0]) {
		return nil, nil
	}
	return doc.Content[0], nil
}

// isEmpty reports whether a document's content is the null that YAML
// makes of nothing, as in a document of comments or a bare "---".
func isEmpty(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" && n.Value == "" && n.Style == 0
}

// parserLine finds the position in a parser's message: YAML's
// "yaml: line 3: ..." and "yaml: unmarshal errors:\n  line 3: ...", and
// the same wrapped by the OpenAPI loader.
var parserLine = lazyRegexp(`^line (\d+): `)

// parserError turns a YAML or OpenAPI parser's error into "FILE:LINE:
// what", keeping the first error only when the parser lists several.
func parserError(filename string, err error) error {
	// A syntax error carries its position: where the parser found the
	// problem.
	var load *yaml.LoadError
	if errors.As(err, &load) && load.Mark.Line > 0 {
		return fmt.Errorf("%s:%d: %s", filename, load.Mark.Line, load.Message)
	}
	msg := err.Error()
	for _, prefix := range []string{"failed to unmarshal data: ", "yaml error: ", "yaml: ", "unmarshal errors:", "construct errors: "} {
		msg = strings.TrimSpace(strings.TrimPrefix(msg, prefix))
	}
	msg, _, _ = strings.Cut(msg, "\n")
	msg, _, _ = strings.Cut(msg, "; line ")
	if m := parserLine().FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", filename, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("%s: %s", filename, msg)
}

// versionLike matches an OpenAPI version ("3.0.3", "3.1", "3.1.0-rc1"),
// as opposed to the path that a catalog file's `openapi` key holds.
var versionLike = lazyRegexp(`^[0-9]+\.[0-9]+(\.[0-9]+)?([-+][0-9A-Za-z.-]*)?$`)

// lazyRegexp compiles expr on first use. Compiled in a package-level
// initializer, it would cost every process, including each of the
// thousand that go vet starts, most of which never read a catalog file.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// sniff tells an OpenAPI document from a catalog file. Both may have a
// top-level `openapi` key: in an OpenAPI document its value is a version,
// in a catalog file a path. A Swagger 2.0 document has `swagger: "2.0"`
// instead. Keys that only OpenAPI has (info, paths, components, webhooks)
// without a version are an error rather than a guess, and so are other
// versions.
func sniff(filename string, root *yaml.Node) (isOpenAPI bool, err error) {
	if root.Kind != yaml.MappingNode {
		return false, errorAt(filename, root, "neither a catalog nor an OpenAPI document: the top level must be a mapping")
	}
	var version, swagger, openapiOnly *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "swagger":
			if v.Kind != yaml.ScalarNode || v.Value != "2.0" {
				return false, errorAt(filename, k, fmt.Sprintf("Swagger %s is not supported: Swagger 2.0 and OpenAPI 3 only", v.Value))
			}
			swagger = k
		case "openapi":
			if v.Kind == yaml.ScalarNode && versionLike().MatchString(v.Value) {
				version = v
			}
		case "info", "paths", "components", "webhooks":
			if openapiOnly == nil {
				openapiOnly = k
			}
		}
	}
	switch {
	case swagger != nil && version != nil:
		return false, errorAt(filename, version, "a document is Swagger 2.0 or OpenAPI 3, not both: `swagger` and `openapi` are both given")
	case swagger != nil:
		return true, nil
	case version != nil && !strings.HasPrefix(version.Value, "3."):
		return false, errorAt(filename, version, fmt.Sprintf("OpenAPI version %s is not supported: OpenAPI 3 only", version.Value))
	case version != nil:
		return true, nil
	case openapiOnly != nil:
		return false, errorAt(filename, openapiOnly, fmt.Sprintf("%q is an OpenAPI key, but the document has no `openapi: 3.x.y` version", openapiOnly.Value))
	}
	return false, nil
}

// fileKeys are the keys of a catalog file, in the order messages list
// them.
var fileKeys = []string{"name", "openapi", "base", "documented"}

// parseCatalogFile reads the catalog file format from its top-level
// mapping.
func parseCatalogFile(filename string, root *yaml.Node) (*Catalog, error) {
	c := New(baseName(filename))
	c.Source = filename
	known := false
	for i := 0; i < len(root.Content); i += 2 {
		known = known || slices.Contains(fileKeys, root.Content[i].Value)
	}
	if !known {
		// Say what was expected rather than "unknown key" about, say, a
		// package.json given by mistake.
		return nil, fmt.Errorf("%s: neither a catalog (keys %s) nor an OpenAPI 3 document (key openapi: 3.x.y)", filename, strings.Join(fileKeys, ", "))
	}
	var documented, openapi, base *yaml.Node
	seen := make(map[string]int) // key -> line
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if line, ok := seen[k.Value]; ok {
			return nil, errorAt(filename, k, fmt.Sprintf("`%s` is given twice (also at line %d)", k.Value, line))
		}
		seen[k.Value] = k.Line
		switch k.Value {
		case "name":
			if v.Kind != yaml.ScalarNode || v.Value == "" || v.ShortTag() == "!!null" {
				return nil, errorAt(filename, v, "`name` must be a non-empty string")
			}
			c.Name = v.Value
		case "openapi":
			if v.Kind != yaml.ScalarNode || v.Value == "" || v.ShortTag() == "!!null" {
				return nil, errorAt(filename, v, "`openapi` must be the path of an OpenAPI document, relative to this file")
			}
			openapi = v
		case "base":
			if v.Kind != yaml.ScalarNode || !isMountPath(v.Value) {
				return nil, errorAt(filename, v, "`base` must be a path starting with / (where the document's paths are mounted in the code), such as / or /api")
			}
			base = v
		case "documented":
			documented = v
		default:
			return nil, errorAt(filename, k, fmt.Sprintf("unknown key %q (want %s)", k.Value, strings.Join(fileKeys, ", ")))
		}
	}
	if base != nil && openapi == nil {
		return nil, errorAt(filename, base, "`base` says where the paths of the `openapi` document are mounted, but the catalog names no document")
	}
	if documented == nil && openapi == nil {
		return nil, fmt.Errorf("%s: empty catalog: give `documented` or `openapi`", filename)
	}
	if documented != nil {
		if err := parseDocumented(filename, documented, c); err != nil {
			return nil, err
		}
		if c.Empty() && openapi == nil {
			return nil, errorAt(filename, documented, "empty catalog: `documented` lists no code")
		}
	}
	if openapi != nil {
		if err := addOpenAPI(filename, openapi, c); err != nil {
			return nil, err
		}
	}
	if base != nil {
		// The catalog's word wins over the document's servers or
		// basePath: it knows where the code mounts the routes.
		c.OpenAPI.BasePath = cleanBase(base.Value)
	}
	return c, nil
}

// isMountPath reports whether s is a path as a router mounts routes
// under: absolute, without a query, a fragment or spaces.
func isMountPath(s string) bool {
	return strings.HasPrefix(s, "/") && !strings.ContainsAny(s, "?# \t\r\n")
}

// parseDocumented adds the entries of a `documented` mapping.
func parseDocumented(filename string, documented *yaml.Node, c *Catalog) error {
	if documented.Kind != yaml.MappingNode {
		return errorAt(filename, documented, "`documented` must map codes to descriptions")
	}
	seen := make(map[string]int) // canonical key -> line
	for i := 0; i+1 < len(documented.Content); i += 2 {
		k, v := documented.Content[i], documented.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return errorAt(filename, v, fmt.Sprintf("the description of %s must be a string", k.Value))
		}
		description := v.Value
		if v.ShortTag() == "!!null" {
			// "200:" and "200: ~" have no description.
			description = ""
		}
		code, class, err := parseKey(k.Value)
		if err != nil {
			return errorAt(filename, k, err.Error())
		}
		key := strconv.Itoa(code)
		if class != 0 {
			key = fmt.Sprintf("%dXX", class)
		}
		// YAML keeps both of two equal keys; the second would silently
		// replace the first description.
		if line, ok := seen[key]; ok {
			return errorAt(filename, k, fmt.Sprintf("%s is listed twice (also at line %d)", key, line))
		}
		seen[key] = k.Line
		if err := addKey(c, k.Value, description); err != nil {
			return errorAt(filename, k, err.Error())
		}
	}
	return nil
}

// addOpenAPI adds the codes of the OpenAPI document that a catalog
// file's `openapi` key names. Errors in that document name it first and
// the catalog file after, so that both are known.
func addOpenAPI(filename string, openapi *yaml.Node, c *Catalog) error {
	path := openapi.Value
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(filename), path)
	}
	data, err := readFile(path)
	if err != nil {
		return errorAt(filename, openapi, fmt.Sprintf("openapi: %s: %v", path, err))
	}
	from := fmt.Sprintf("named by %s:%d", filename, openapi.Line)
	root, err := parseYAML(path, data)
	if err != nil {
		return fmt.Errorf("%w (%s)", err, from)
	}
	isOpenAPI, err := false, nil
	if root != nil {
		isOpenAPI, err = sniff(path, root)
	}
	if err != nil {
		return fmt.Errorf("%w (%s)", err, from)
	}
	if !isOpenAPI {
		return fmt.Errorf("%s: not an OpenAPI 3 document: no `openapi: 3.x.y` version (%s)", path, from)
	}
	doc, err := parseOpenAPI(path, data, root)
	if err != nil {
		return fmt.Errorf("%w (%s)", err, from)
	}
	c.OpenAPI = doc.OpenAPI
	for _, e := range doc.Entries() {
		// Unreachable error: the key came out of a catalog.
		if err := c.addIfAbsent(e.Key, e.Description); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	}
	return nil
}

// baseName is the default name of a catalog: the file's base name
// without its extension, "orders" for api/orders.yaml. A dotfile keeps
// its whole name, so that a discovered .httpstatus.yaml shows as such
// rather than as ".httpstatus".
func baseName(filename string) string {
	base := filepath.Base(filename)
	if name := strings.TrimSuffix(base, filepath.Ext(base)); name != "" && name[0] != '.' {
		return name
	}
	return base
}

// parseKey reads a code ("404") or a class ("4XX", "4xx"): exactly one
// of code and class is set when err is nil.
func parseKey(key string) (code, class int, err error) {
	if len(key) == 3 && strings.EqualFold(key[1:], "XX") && key[0] >= '0' && key[0] <= '9' {
		class = int(key[0] - '0')
		if class < 1 || class > 5 {
			return 0, 0, fmt.Errorf("status range %dXX is outside 1XX-5XX", class)
		}
		return 0, class, nil
	}
	if key == "" || strings.Trim(key, "0123456789") != "" {
		return 0, 0, fmt.Errorf("%q is not a status code or a range such as 4XX", key)
	}
	if len(key) != 3 {
		return 0, 0, fmt.Errorf("status code %s is not three digits", key)
	}
	code, _ = strconv.Atoi(key)
	if code < MinCode || code > MaxCode {
		return 0, 0, fmt.Errorf("status code %d is outside %d-%d", code, MinCode, MaxCode)
	}
	return code, 0, nil
}

// addKey documents a code ("404") or a class ("4XX", "4xx").
func addKey(c *Catalog, key, description string) error {
	code, class, err := parseKey(key)
	switch {
	case err != nil:
		return err
	case class != 0:
		return c.AddClass(class, description)
	}
	return c.Add(code, description)
}

func errorAt(filename string, n *yaml.Node, msg string) error {
	return fmt.Errorf("%s:%d: %s", filename, n.Line, msg)
}

func limitAt(filename string, err *limitError) error {
	if err.line > 0 {
		return fmt.Errorf("%s:%d: %s", filename, err.line, err.msg)
	}
	return fmt.Errorf("%s: %s", filename, err.msg)
}

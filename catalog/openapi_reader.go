//go:build !httpstatus_noopenapi

package catalog

// The OpenAPI reader: libopenapi's model of a document, turned into an
// OpenAPI. It is the one part of the linter that needs libopenapi, and
// libopenapi links net/http; a build with the tag httpstatus_noopenapi
// leaves it out (openapi_noreader.go), for vet tool processes that start
// sooner.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi/datamodel"
	highv3 "github.com/pb33f/libopenapi/datamodel/high/v3"
	lowbase "github.com/pb33f/libopenapi/datamodel/low/base"
	lowv3 "github.com/pb33f/libopenapi/datamodel/low/v3"
	"github.com/pb33f/libopenapi/index"
	"github.com/pb33f/libopenapi/utils"
)

// readOpenAPI reads the document in data, which parseYAML has parsed to
// root (and so checked against the limits) and sniff found to be OpenAPI 3.
func readOpenAPI(filename string, data []byte, root *yaml.Node) (doc *OpenAPI, err error) {
	defer func() {
		// The document comes from the user and the parser is not ours:
		// a bug in it is reported against the file, not as a crash of
		// the whole analysis.
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: the OpenAPI parser failed on this document: %v", filename, r)
		}
	}()
	if err := checkShape(filename, root); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filename, err)
	}
	names := fileNames{abs: abs, name: filename}
	files := &refFS{base: filepath.Dir(abs), names: names, checked: make(map[string]error)}
	cfg := datamodel.NewDocumentConfiguration()
	cfg.BasePath = files.base
	cfg.SpecFilePath = filepath.Base(abs)
	cfg.LocalFS = files
	cfg.AllowRemoteReferences = false
	cfg.Logger = slog.New(slog.DiscardHandler)
	// The check for circular $refs stays on: without it, libopenapi
	// recurses without end on responses that refer to each other. The
	// circles it finds among schemas are dropped below (firstError).

	// libopenapi's packages below its root one: the root adds document
	// comparison, overlays and rendering, whose package initializers
	// every process would pay.
	info, err := datamodel.ExtractSpecInfoWithConfig(data, cfg)
	if err != nil {
		return nil, libError(filename, err)
	}
	low, buildErr := lowv3.CreateDocumentFromConfig(info, cfg)
	if low == nil || low.Index == nil {
		return nil, libError(filename, cmp.Or(buildErr, errors.New("not an OpenAPI 3 document")))
	}
	if err := refErrors(low.Index, files, names); err != nil {
		return nil, err
	}
	if err := firstError(buildErr); err != nil {
		return nil, libError(filename, err)
	}
	model := highv3.NewDocument(low)
	// libopenapi keeps schema hashes in a package-level map; a process
	// that reads documents again (the language server) must not keep
	// them all.
	lowbase.SchemaQuickHashMap.Clear()

	doc = &OpenAPI{File: filename, Version: info.Version}
	if servers := model.Servers; len(servers) > 0 && servers[0] != nil {
		if doc.BasePath, err = basePath(servers[0], names); err != nil {
			return nil, err
		}
	}
	if model.Paths == nil || model.Paths.PathItems == nil {
		return doc, nil
	}
	for path, item := range model.Paths.PathItems.FromOldest() {
		if item == nil {
			continue
		}
		pos := Pos{File: filename}
		if low := item.GoLow(); low != nil && low.KeyNode != nil {
			pos.Line = low.KeyNode.Line
		}
		for method, op := range item.GetOperations().FromOldest() {
			o := Operation{Method: strings.ToUpper(method), Path: path, Pos: pos}
			if op != nil && op.Responses != nil {
				o.Responses = responses(op.Responses.GoLow(), names)
			}
			doc.Operations = append(doc.Operations, o)
		}
	}
	return doc, nil
}

// basePath returns the path of a server's URL, its variables replaced by
// their defaults as a client does: https://{env}.example.com/{version}
// with version's default v1 has the path /v1. A variable that is not
// defined, or a URL that does not parse once they are replaced, is an
// error at its line: the paths of routes would match nothing.
func basePath(s *highv3.Server, names fileNames) (string, error) {
	fail := func(what string) error {
		// Servers cannot be $refs: the line is the document's.
		pos := Pos{File: names.name}
		if low := s.GoLow(); low != nil {
			pos.Line = line(low.URL.ValueNode)
		}
		return fmt.Errorf("%s: the server URL %q: %s", pos, s.URL, what)
	}
	raw := s.URL
	if s.Variables != nil {
		for name, v := range s.Variables.FromOldest() {
			if v != nil {
				raw = strings.ReplaceAll(raw, "{"+name+"}", v.Default)
			}
		}
	}
	if _, rest, ok := strings.Cut(raw, "{"); ok {
		name, _, _ := strings.Cut(rest, "}")
		return "", fail(fmt.Sprintf("the variable %q is not defined under variables", name))
	}
	u, err := url.Parse(raw)
	if err != nil {
		if ue, ok := errors.AsType[*url.Error](err); ok {
			err = ue.Err
		}
		return "", fail(err.Error())
	}
	// A relative URL (v1, ./v1) is taken from the root: the document's
	// own URL, which it would be relative to, is not known.
	if p := path.Clean("/" + u.Path); p != "/" {
		return p, nil
	}
	return "", nil
}

// responses lists the keys of an operation's responses, codes and
// ranges in document order, then `default`.
func responses(r *lowv3.Responses, names fileNames) []Response {
	if r == nil {
		return nil
	}
	file := names.of(r.GetIndex())
	var out []Response
	if r.Codes != nil {
		for k, v := range r.Codes.FromOldest() {
			resp := Response{Key: k.Value, Pos: Pos{File: file, Line: line(k.KeyNode)}}
			resp.Description = description(v.Value)
			out = append(out, resp)
		}
	}
	if !r.Default.IsEmpty() {
		resp := Response{Key: "default", Pos: Pos{File: file, Line: line(r.Default.KeyNode)}}
		resp.Description = description(r.Default.Value)
		out = append(out, resp)
	}
	return out
}

// description is a response's description: the one beside its $ref
// where OpenAPI 3.1 allows one, else the referenced response's own.
func description(r *lowv3.Response) string {
	if r == nil {
		return ""
	}
	if ref := r.GetReferenceNode(); r.IsReference() && ref != nil && ref.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(ref.Content); i += 2 {
			if ref.Content[i].Value == "description" && ref.Content[i+1].Kind == yaml.ScalarNode {
				return ref.Content[i+1].Value
			}
		}
	}
	return r.Description.Value
}

func line(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	return n.Line
}

// fileNames names the files of a document as the user named the document:
// a file reached through $ref relative to the document's name.
type fileNames struct {
	abs  string // the document's absolute path
	name string // and its name as given
}

func (f fileNames) of(idx *index.SpecIndex) string {
	if idx == nil {
		return f.name
	}
	return f.ofPath(idx.GetSpecAbsolutePath())
}

func (f fileNames) ofPath(path string) string {
	if path == "" || filepath.Clean(path) == f.abs {
		return f.name
	}
	rel, err := filepath.Rel(filepath.Dir(f.abs), path)
	if err != nil {
		return path
	}
	return filepath.Join(filepath.Dir(f.name), rel)
}

// firstError is the first of the errors that err joins that matters
// here: circular references among schemas do not.
func firstError(err error) error {
	for _, e := range utils.UnwrapErrors(err) {
		var re *index.ResolvingError
		if errors.As(e, &re) && re.CircularReference != nil {
			continue
		}
		return e
	}
	return nil
}

// parserPos and lookupPos find the position in libopenapi's messages:
// "... at L3.C1: what" and "what ... at line 10, column 8, more".
var (
	parserPos = lazyRegexp(`^(.*) at L(\d+)\.C\d+: (.*)$`)
	lookupPos = lazyRegexp(`^(.*) at line (\d+), column \d+,? ?(.*)$`)
)

// libError turns a libopenapi error into "FILE:LINE: what", keeping the
// first error when it joins several.
func libError(filename string, err error) error {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	if m := parserPos().FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", filename, m[2], m[3])
	}
	if m := lookupPos().FindStringSubmatch(msg); m != nil {
		what := m[1]
		if m[3] != "" {
			what += ": " + strings.ToLower(m[3][:1]) + m[3][1:]
		}
		return fmt.Errorf("%s:%s: %s", filename, m[2], what)
	}
	return fmt.Errorf("%s: %s", filename, msg)
}

// refErrors reports the first $ref, in file and line order, that did
// not resolve, with why: the file it names could not be read or was
// refused, it names the network, or it points at nothing.
func refErrors(root *index.SpecIndex, files *refFS, names fileNames) error {
	if root == nil {
		return nil
	}
	type refError struct {
		pos Pos
		msg string
	}
	var all []refError
	indexes := []*index.SpecIndex{root}
	if r := root.GetRolodex(); r != nil {
		indexes = append(indexes, r.GetIndexes()...)
	}
	seen := make(map[*index.SpecIndex]bool)
	for _, idx := range indexes {
		if idx == nil || seen[idx] {
			continue
		}
		seen[idx] = true
		for _, err := range idx.GetReferenceIndexErrors() {
			var ie *index.IndexingError
			if !errors.As(err, &ie) || ie.Node == nil {
				continue
			}
			ref := refValue(ie.Node)
			pos := Pos{File: names.of(idx), Line: ie.Node.Line}
			all = append(all, refError{pos, fmt.Sprintf("$ref %q: %s", ref, files.why(idx.GetSpecAbsolutePath(), ref))})
		}
	}
	if len(all) == 0 {
		return nil
	}
	first := slices.MinFunc(all, func(a, b refError) int {
		return cmp.Or(cmp.Compare(a.pos.File, b.pos.File), cmp.Compare(a.pos.Line, b.pos.Line), cmp.Compare(a.msg, b.msg))
	})
	return fmt.Errorf("%s: %s", first.pos, first.msg)
}

// refValue is the target of the $ref at n: n is the mapping holding it,
// or the $ref's value.
func refValue(n *yaml.Node) string {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "$ref" {
				return n.Content[i+1].Value
			}
		}
	}
	return n.Value
}

// refFS gives libopenapi the files that $refs name: local files only,
// each checked as a catalog is (a regular file, within the limits)
// before libopenapi's own loader reads and indexes it.
type refFS struct {
	base  string
	names fileNames
	inner *index.LocalFS

	mu      sync.Mutex
	checked map[string]error // absolute path -> why it is refused, or nil
}

var (
	_ index.RolodexFS   = (*refFS)(nil)
	_ index.Rolodexable = (*refFS)(nil)
)

// SetRolodex is called when libopenapi adds the file system; the loader
// that indexes the files is made then, with the rolodex's configuration.
func (f *refFS) SetRolodex(r *index.Rolodex) {
	cfg := r.GetConfig()
	cfg.AllowFileLookup = true
	f.inner, _ = index.NewLocalFSWithConfig(&index.LocalFSConfig{
		BaseDirectory: f.base,
		IndexConfig:   cfg,
		Logger:        slog.New(slog.DiscardHandler),
	})
	f.inner.SetRolodex(r)
}

func (f *refFS) SetLogger(*slog.Logger) {}

func (f *refFS) GetFiles() map[string]index.RolodexFile {
	if f.inner == nil {
		return nil
	}
	return f.inner.GetFiles()
}

func (f *refFS) Open(name string) (fs.File, error) {
	return f.OpenWithContext(context.Background(), name)
}

func (f *refFS) OpenWithContext(ctx context.Context, name string) (fs.File, error) {
	path := filepath.FromSlash(name)
	if !filepath.IsAbs(path) {
		path = filepath.Join(f.base, path)
	}
	path = filepath.Clean(path)
	if err := f.check(path); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if f.inner == nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return f.inner.OpenWithContext(ctx, path)
}

// check reads the file at path once and refuses it as parseYAML would.
// Its error names the file as the user would.
func (f *refFS) check(path string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err, ok := f.checked[path]; ok {
		return err
	}
	name := f.names.ofPath(path)
	data, err := readFile(path)
	if err != nil {
		err = fmt.Errorf("%s: %v", name, err)
	} else {
		_, err = parseYAML(name, data)
	}
	f.checked[path] = err
	return err
}

// why says why the $ref to ref, written in the file at from, did not
// resolve.
func (f *refFS) why(from, ref string) string {
	names := f.names
	target, _, _ := strings.Cut(ref, "#")
	if u, err := url.Parse(target); err == nil && (u.Scheme != "" && u.Scheme != "file" || u.Host != "") {
		return "only local files are read"
	}
	if target == "" {
		return "not found in the document"
	}
	path := filepath.FromSlash(strings.TrimPrefix(target, "file://"))
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(cmp.Or(from, names.abs)), path)
	}
	path = filepath.Clean(path)
	f.mu.Lock()
	err := f.checked[path]
	f.mu.Unlock()
	if err != nil {
		return err.Error()
	}
	return "not found in " + names.ofPath(path)
}

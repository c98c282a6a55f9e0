package lsp

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"hash"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

// The driver type-checks and analyzes packages from source, as go vet
// does, but keeps what a run computed for each package: its types and
// its facts, under a key of its files and its dependencies' keys. A run
// re-checks only the packages whose key changed (the edited package and
// those that import it) and reuses the rest, so that an edit costs one
// package's type-check, not the import graph's. A package is re-checked
// when one of its files changes on disk or in an open buffer, or when a
// dependency was re-checked; packages of the module cache and the
// standard library never change, so their files are not read again.
//
// Most of a program's dependencies cannot matter to the analyzer: a
// package that neither is nor imports a package with a sink (net/http,
// the frameworks) gets no findings and no facts. The driver takes their
// types from the export data that the go command compiled, and checks
// from source only the packages that can hold a wrapper, the packages
// with open buffers, and those that import either.

// metaMode is what the driver needs from the go command: the import
// graph and its files. Types come from the driver's own type-check.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypesSizes | packages.NeedModule |
	packages.NeedExportFile

// maxBase bounds the file set: every re-check of a package adds its
// files to it, and token positions are ints. Past it the driver starts
// afresh.
const maxBase = 1 << 30

type driver struct {
	// The analyzer of the current run, with its requirements first. A
	// run's analyzer has a new catalog cache; its fact types are the
	// same in every run, so the kept facts hold.
	analyzer *analysis.Analyzer
	order    []*analysis.Analyzer

	// mu guards graphs and saves, which the server's didSave uses; the
	// rest is used by one run at a time (the server's semaphore).
	mu     sync.Mutex
	graphs map[string]map[string]bool // by root directory: the directories of its import graph
	saves  uint64                     // incremented on every save or close: the graphs may have changed

	sinks  map[string]bool               // the analyzer's sink packages, by path
	done   map[string]bool               // the directories whose packages a run has checked
	runs   uint64                        // failed checks, for their keys
	meta   map[metaKey]*packages.Package // the go command's graphs, as last loaded
	loaded map[metaKey]uint64            // the saves count when each graph was loaded

	// rechecked are the packages that the last run checked from source,
	// in order.
	rechecked []string

	fset    *token.FileSet
	pkgs    map[string]*checked         // by package ID
	byTypes map[*types.Package]*checked // the same, by types
	exports map[string]*types.Package   // the packages read from export data, by path
	// exportKeys are the keys of the export data read for each path: a
	// path whose export data changed is read again into a new map.
	exportKeys map[string][sha256.Size]byte
}

// goroot is the standard library's root, whose files never change.
var goroot = filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)

type metaKey struct {
	dir   string
	tests bool
}

// checked is what the driver keeps of a package's last check.
type checked struct {
	key   [sha256.Size]byte
	types *types.Package
	facts *factStore
}

func newDriver() *driver {
	d := &driver{
		graphs: make(map[string]map[string]bool),
		done:   make(map[string]bool),
		sinks:  make(map[string]bool),
	}
	for _, path := range analyzer.SinkPackages() {
		d.sinks[path] = true
	}
	d.reset()
	return d
}

// order returns a with its requirements, each after those it requires.
func order(a *analysis.Analyzer) []*analysis.Analyzer {
	var list []*analysis.Analyzer
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if slices.Contains(list, a) {
			return
		}
		for _, req := range a.Requires {
			visit(req)
		}
		list = append(list, a)
	}
	visit(a)
	return list
}

// reset forgets every package.
func (d *driver) reset() {
	d.forgetTypes()
	d.meta = make(map[metaKey]*packages.Package)
	d.loaded = make(map[metaKey]uint64)
}

// forgetTypes forgets every package's types and facts, not the graphs.
func (d *driver) forgetTypes() {
	d.fset = token.NewFileSet()
	d.exports = make(map[string]*types.Package)
	d.exportKeys = make(map[string][sha256.Size]byte)
	d.pkgs = make(map[string]*checked)
	d.byTypes = make(map[*types.Package]*checked)
}

// errChangedExport is a package's export data that changed since it was
// read (a file of a package without sinks was saved): the packages read
// after it refer to its old types, so every package is read or checked
// again.
var errChangedExport = errors.New("export data changed")

// warm reports whether a run has completed: the types of the standard
// library and of the packages with sinks are kept, so that a package
// opened next costs about a go list and its own check. Only runs call
// it.
func (d *driver) warm() bool { return len(d.done) > 0 }

// filesChanged records that a file was saved or closed: the next run of
// each package asks the go command for its graph again, since files,
// imports or export data may have changed.
func (d *driver) filesChanged() {
	d.mu.Lock()
	d.saves++
	d.mu.Unlock()
}

// imports reports whether the package in dir, as of its last run, has
// the package in dep among its dependencies (or is it); true when dir has
// not been run yet.
func (d *driver) imports(dir, dep string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	g, ok := d.graphs[dir]
	return !ok || g[dep]
}

// rootResult is the analysis of one root package of a run.
type rootResult struct {
	diagnostics []analysis.Diagnostic
	err         error
}

// analyze checks the packages in dir (with their test variants if
// tests) with the open buffers in overlay, running a, re-checking the dependencies
// whose key changed, and returns the roots' diagnostics.
func (d *driver) analyze(ctx context.Context, a *analysis.Analyzer, dir string, tests bool, overlay map[string][]byte, logf func(string, ...any)) ([]rootResult, error) {
	d.analyzer, d.order = a, order(a)
	if d.fset.Base() > maxBase {
		d.reset()
	}
	mk := metaKey{dir, tests}
	d.rechecked = d.rechecked[:0]
	for attempt := 0; ; attempt++ {
		d.mu.Lock()
		saves := d.saves
		d.mu.Unlock()
		roots, fresh := d.meta[mk], false
		if roots == nil || d.loaded[mk] != saves || attempt > 0 {
			var err error
			roots, err = d.load(ctx, dir, tests, overlay, logf)
			if err != nil {
				return nil, err
			}
			d.meta[mk], d.loaded[mk], fresh = roots, saves, true
		}
		results, stale, err := d.check(ctx, roots, overlay)
		if err == errChangedExport {
			d.forgetTypes()
			results, stale, err = d.check(ctx, roots, overlay)
		}
		if err != nil || !stale || fresh {
			if err == nil {
				d.done[dir] = true
			}
			return results, err
		}
		// An open buffer imports what the graph has not: ask again.
	}
}

// load asks the go command for the graph of the packages in dir. The
// result is a synthetic package whose imports are the roots.
func (d *driver) load(ctx context.Context, dir string, tests bool, overlay map[string][]byte, logf func(string, ...any)) (*packages.Package, error) {
	cfg := &packages.Config{Mode: metaMode, Context: ctx, Dir: dir, Tests: tests, Overlay: overlay}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		return nil, fmt.Errorf("loading packages: %v", err)
	}
	top := &packages.Package{Imports: make(map[string]*packages.Package)}
	graph := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.GoFiles) > 0 {
			graph[filepath.Dir(p.GoFiles[0])] = true
		}
	})
	for _, p := range pkgs {
		for _, e := range p.Errors {
			// Type errors are the compiler's to show; the others (no
			// go.mod, a missing module) go to the client's log.
			if e.Kind != packages.TypeError {
				logf("%v", e)
			}
		}
		if strings.HasSuffix(p.ID, ".test") {
			continue // the generated test main
		}
		top.Imports[p.ID] = p
	}
	d.mu.Lock()
	d.graphs[dir] = graph
	d.mu.Unlock()
	return top, nil
}

// check analyzes the roots (the imports of top) and whatever of their
// graph changed since it was last checked. stale reports a file that
// imports a package the graph lacks.
func (d *driver) check(ctx context.Context, top *packages.Package, overlay map[string][]byte) (results []rootResult, stale bool, err error) {
	keys := make(map[string][sha256.Size]byte)
	var order []*packages.Package
	seen := make(map[string]bool)
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if seen[p.ID] {
			return
		}
		seen[p.ID] = true
		for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
			visit(p.Imports[path])
		}
		order = append(order, p)
	}
	for _, id := range slices.Sorted(maps.Keys(top.Imports)) {
		visit(top.Imports[id])
	}
	sinky := make(map[string]bool)  // is or imports a sink package
	source := make(map[string]bool) // checked from source
	for _, p := range order {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		_, root := top.Imports[p.ID]
		sinky[p.ID] = d.sinks[p.PkgPath]
		source[p.ID] = root || p.ExportFile == "" && p.PkgPath != "unsafe" || slices.ContainsFunc(p.GoFiles, func(name string) bool { return overlay[name] != nil })
		for _, dep := range p.Imports {
			sinky[p.ID] = sinky[p.ID] || sinky[dep.ID]
			source[p.ID] = source[p.ID] || source[dep.ID]
		}
		if !sinky[p.ID] && !source[p.ID] {
			key := d.exportKey(p, keys)
			keys[p.ID] = key
			prev := d.pkgs[p.ID]
			if prev != nil && prev.key == key {
				continue
			}
			if k, ok := d.exportKeys[p.PkgPath]; ok && k != key {
				return nil, false, errChangedExport
			}
			if c, err := d.readExport(p, key); err == nil {
				c.key = key
				d.pkgs[p.ID] = c
				d.byTypes[c.types] = c
				continue
			}
			source[p.ID] = true // and so are its importers
		}
		key := d.key(p, keys, overlay)
		keys[p.ID] = key
		prev := d.pkgs[p.ID]
		if !root && prev != nil && prev.key == key {
			continue
		}
		c, diags, missing, err := d.checkPackage(p, overlay)
		d.rechecked = append(d.rechecked, p.PkgPath)
		stale = stale || missing
		if root {
			results = append(results, rootResult{diagnostics: diags, err: err})
		}
		// A root whose key is unchanged keeps its entry: the packages
		// checked against its types stay valid.
		if root && prev != nil && prev.key == key {
			continue
		}
		if prev != nil {
			delete(d.byTypes, prev.types)
		}
		d.pkgs[p.ID] = c
		d.byTypes[c.types] = c
		c.key = key
		if err != nil || missing {
			// A failed analysis (a broken catalog) runs again next time:
			// a key no run computes, also for the dependents checked
			// against it now.
			d.runs++
			c.key = sha256.Sum256(fmt.Appendf(key[:], "failed %d", d.runs))
			keys[p.ID] = c.key
		}
	}
	return results, stale, nil
}

// exportKey is the identity of p's export data: the go command names
// the file for its content.
func (d *driver) exportKey(p *packages.Package, keys map[string][sha256.Size]byte) [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "export\x00%s\x00%s\x00", p.ID, p.ExportFile)
	return withImports(h, p, keys)
}

// readExport reads p's types from its export data. Its dependencies were
// read before it, into the same map, so that their types are shared.
func (d *driver) readExport(p *packages.Package, key [sha256.Size]byte) (*checked, error) {
	if p.PkgPath == "unsafe" {
		return &checked{types: types.Unsafe, facts: newFactStore()}, nil
	}
	if pkg, ok := d.exports[p.PkgPath]; ok && d.exportKeys[p.PkgPath] == key {
		// Read before, and checked from source since (its file was
		// open): the types that were read are still the right ones.
		return &checked{types: pkg, facts: newFactStore()}, nil
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, err
	}
	pkg, err := gcexportdata.Read(r, d.fset, d.exports, p.PkgPath)
	if err != nil {
		return nil, err
	}
	d.exportKeys[p.PkgPath] = key
	return &checked{types: pkg, facts: newFactStore()}, nil
}

// key is the identity of p's inputs: its files, as open or on disk, and
// its dependencies' keys.
func (d *driver) key(p *packages.Package, keys map[string][sha256.Size]byte, overlay map[string][]byte) [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", p.ID, p.PkgPath)
	if p.Module != nil {
		fmt.Fprintf(h, "%s\x00%s\x00", p.Module.Path, p.Module.GoVersion)
	}
	// The module cache and the standard library are read-only; cgo's
	// output is named for its content.
	immutable := p.Module != nil && p.Module.Version != "" && p.Module.Replace == nil ||
		p.Module == nil && len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], goroot)
	var buf [8]byte
	for _, name := range slices.Concat(p.GoFiles, p.CompiledGoFiles) {
		fmt.Fprintf(h, "%s\x00", name)
		if text, ok := overlay[name]; ok {
			sum := sha256.Sum256(text)
			h.Write(sum[:])
			continue
		}
		if immutable {
			continue
		}
		if fi, err := os.Stat(name); err == nil {
			binary.LittleEndian.PutUint64(buf[:], uint64(fi.Size()))
			h.Write(buf[:])
			binary.LittleEndian.PutUint64(buf[:], uint64(fi.ModTime().UnixNano()))
			h.Write(buf[:])
		}
	}
	return withImports(h, p, keys)
}

// checkPackage parses and type-checks p against its dependencies' kept
// types, and runs the analyzers on it. missing reports an import of a
// package that p's metadata lacks.
func (d *driver) checkPackage(p *packages.Package, overlay map[string][]byte) (c *checked, diags []analysis.Diagnostic, missing bool, err error) {
	c = &checked{facts: newFactStore()}
	if p.PkgPath == "unsafe" {
		c.types = types.Unsafe
		return c, nil, false, nil
	}
	files := make([]*ast.File, 0, len(p.CompiledGoFiles))
	for _, name := range p.CompiledGoFiles {
		src, ok := overlay[name]
		if !ok {
			if src, err = os.ReadFile(name); err != nil {
				continue // the type errors say what is missing
			}
		}
		f, _ := parser.ParseFile(d.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			files = append(files, f)
		}
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	var typeErrors []types.Error
	cfg := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			dep := p.Imports[path]
			if dep == nil {
				missing = true
				return nil, fmt.Errorf("package %q is not in the graph", path)
			}
			kept := d.pkgs[dep.ID]
			if kept == nil {
				return nil, fmt.Errorf("package %q was not checked", path)
			}
			return kept.types, nil
		}),
		Sizes: p.TypesSizes,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				typeErrors = append(typeErrors, te)
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		cfg.GoVersion = "go" + p.Module.GoVersion
	}
	pkg, _ := cfg.Check(p.PkgPath, d.fset, files, info)
	c.types = pkg

	var module *analysis.Module
	if p.Module != nil {
		module = &analysis.Module{Path: p.Module.Path, Version: p.Module.Version, GoVersion: p.Module.GoVersion}
	}
	results := make(map[*analysis.Analyzer]any)
	for _, a := range d.order {
		if len(typeErrors) > 0 && !a.RunDespiteErrors {
			return c, diags, missing, nil
		}
		pass := &analysis.Pass{
			Analyzer:     a,
			Fset:         d.fset,
			Files:        files,
			OtherFiles:   p.OtherFiles,
			IgnoredFiles: p.IgnoredFiles,
			Pkg:          pkg,
			TypesInfo:    info,
			TypesSizes:   p.TypesSizes,
			TypeErrors:   typeErrors,
			Module:       module,
			ResultOf:     make(map[*analysis.Analyzer]any),
			ReadFile: func(name string) ([]byte, error) {
				if text, ok := overlay[name]; ok {
					return text, nil
				}
				return os.ReadFile(name)
			},
		}
		for _, req := range a.Requires {
			pass.ResultOf[req] = results[req]
		}
		if a == d.analyzer {
			pass.Report = func(diag analysis.Diagnostic) { diags = append(diags, diag) }
		} else {
			pass.Report = func(analysis.Diagnostic) {}
		}
		d.bindFacts(pass, a, c)
		res, err := a.Run(pass)
		if err != nil {
			return c, diags, missing, err
		}
		results[a] = res
	}
	return c, diags, missing, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// withImports finishes a package's key h with the keys of its imports, in
// the order of their paths, so that a package's key changes with any of
// its dependencies'.
func withImports(h hash.Hash, p *packages.Package, keys map[string][sha256.Size]byte) [sha256.Size]byte {
	for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
		k := keys[p.Imports[path].ID]
		fmt.Fprintf(h, "%s\x00", path)
		h.Write(k[:])
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

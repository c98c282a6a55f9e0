package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/std"
)

// reportLiteral reports lit, whose value code net/http names name, with a
// fix that writes the constant the way this file can: through the file's
// own import of the package (aliased or dot-imported), adding the net/http
// import where the file lacks it. Where no spelling would compile (the
// name is shadowed at that spot) the finding comes without a fix.
func (r *run) reportLiteral(fi *fileInfo, lit ast.Expr, code int64, name, consts string) {
	ref, edits, ok := r.constantRef(fi.file, lit.Pos(), name, code, consts)
	msg := fmt.Sprintf("use %s instead of %d", ref, code)
	var fixes []analysis.SuggestedFix
	if ok && !fi.cgo {
		src := r.source(lit)
		fixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %s with %s", src, ref),
			TextEdits: append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(ref)}}, edits...),
		}}
	}
	r.report(lit, code, catLiteral, msg, fixes)
}

// source returns the text of e as written.
func (r *run) source(e ast.Expr) string {
	if lit, ok := e.(*ast.BasicLit); ok {
		return lit.Value
	}
	return types.ExprString(e)
}

// constantRef returns how the file at pos refers to the Status constant
// name: "http.StatusNotFound", "nethttp.StatusNotFound", "StatusNotFound"
// under a dot import or in fasthttp, fiber or net/http itself, or
// "fasthttp.StatusNotFound" at a fasthttp sink in a file that imports
// fasthttp. edits add an import when one is needed. ok is
// false when no reference would compile at pos.
func (r *run) constantRef(file *ast.File, pos token.Pos, name string, code int64, consts string) (ref string, edits []analysis.TextEdit, ok bool) {
	scope := r.scopeAt(file, pos)
	// The sink's own package first (fasthttp and fiber declare their own
	// constants), then net/http, then any other package that declares the
	// same constants: a fasthttp service calling its own wrapper.
	candidates := slices.Clone(constPkgs)
	if consts != "" {
		candidates = append([]string{consts}, candidates...)
	}
	// In a package that declares the constants itself (fasthttp, fiber,
	// net/http, their tests), its own name, unqualified, comes first: no
	// import of net/http into fasthttp.
	if scope != nil && slices.Contains(candidates, r.pass.Pkg.Path()) {
		if _, obj := scope.LookupParent(name, pos); obj != nil && obj.Parent() == r.pass.Pkg.Scope() {
			if c, ok := obj.(*types.Const); ok && constant.Compare(c.Val(), token.EQL, constant.MakeInt64(code)) {
				return name, nil, true
			}
		}
	}
	for _, path := range candidates {
		if ref, ok := r.importedRef(file, scope, pos, path, name, code); ok {
			return ref, nil, true
		}
	}
	ref = "http." + name
	if scope == nil {
		return ref, nil, false
	}
	if _, obj := scope.LookupParent("http", pos); obj != nil {
		return ref, nil, false // http means something else here
	}
	return ref, addImport(r.pass.Fset.File(file.Pos()), file, frameworks.NetHTTP), true
}

// scopeAt returns the innermost scope at pos in file. The declaration
// that holds pos is found by binary search, and the search for the scope
// starts from its function's scope: Scope.Innermost scans the children of
// each scope in turn, which from the package scope costs as much as the
// file has functions, for every literal finding.
func (r *run) scopeAt(file *ast.File, pos token.Pos) *types.Scope {
	decls := file.Decls
	i := sort.Search(len(decls), func(i int) bool { return decls[i].End() > pos })
	if i < len(decls) && decls[i].Pos() <= pos {
		if fd, ok := decls[i].(*ast.FuncDecl); ok {
			if s := r.pass.TypesInfo.Scopes[fd.Type]; s != nil {
				if in := s.Innermost(pos); in != nil {
					return in
				}
			}
		}
	}
	if s := r.pass.TypesInfo.Scopes[file]; s != nil {
		if in := s.Innermost(pos); in != nil {
			return in
		}
		return s
	}
	return r.pass.Pkg.Scope().Innermost(pos)
}

// importedRef returns the reference to a constant through the file's own
// import of path, if the file has one that is visible at pos and the
// package declares name with the value code.
func (r *run) importedRef(file *ast.File, scope *types.Scope, pos token.Pos, path, name string, code int64) (string, bool) {
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p != path {
			continue
		}
		pkgName := r.pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil || pkgName.Name() == "_" {
			continue
		}
		c, ok := pkgName.Imported().Scope().Lookup(name).(*types.Const)
		if !ok || constant.Compare(c.Val(), token.NEQ, constant.MakeInt64(code)) {
			continue
		}
		if scope == nil {
			continue
		}
		if pkgName.Name() == "." {
			if _, obj := scope.LookupParent(name, pos); obj == c {
				return name, true
			}
			continue
		}
		if _, obj := scope.LookupParent(pkgName.Name(), pos); obj == pkgName {
			return pkgName.Name() + "." + name, true
		}
	}
	return "", false
}

// addImport returns the edit that imports path into file, placed so that
// gofmt keeps it and the standard library stays apart from other modules,
// as goimports groups them: in sorted position within the first group
// (specs up to a blank line) of the first import declaration that holds
// an import of the same kind; a standard import with no such group starts
// a group of its own at the top; else after the package clause.
func addImport(tf *token.File, file *ast.File, path string) []analysis.TextEdit {
	quoted := strconv.Quote(path)
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			break // imports come first
		}
		if !gen.Lparen.IsValid() {
			// import "fmt": a second declaration after it.
			return []analysis.TextEdit{{Pos: gen.End(), End: gen.End(), NewText: []byte("\nimport " + quoted)}}
		}
		if len(gen.Specs) == 0 {
			return []analysis.TextEdit{{Pos: gen.Lparen + 1, End: gen.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}}
		}
		// Split the specs into groups at blank lines; pick the first group
		// with an import of the same kind, else the first group.
		var groups [][]ast.Spec
		for i, spec := range gen.Specs {
			if i == 0 || tf.Line(specStart(spec)) > tf.Line(gen.Specs[i-1].End())+1 {
				groups = append(groups, nil)
			}
			groups[len(groups)-1] = append(groups[len(groups)-1], spec)
		}
		group := groups[0]
		if i := slices.IndexFunc(groups, func(g []ast.Spec) bool {
			return slices.ContainsFunc(g, func(spec ast.Spec) bool { return std.Is(importPath(spec)) == std.Is(path) })
		}); i >= 0 {
			group = groups[i]
		} else if std.Is(path) {
			// Only other modules' imports: the standard library goes first,
			// in a group of its own.
			start := specStart(groups[0][0])
			return []analysis.TextEdit{{Pos: start, End: start, NewText: []byte(quoted + "\n\n\t")}}
		}
		// Insert before the first spec of the group that sorts after path.
		for _, spec := range group {
			if importPath(spec) > path {
				start := specStart(spec)
				return []analysis.TextEdit{{Pos: start, End: start, NewText: []byte(quoted + "\n\t")}}
			}
		}
		last := group[len(group)-1].(*ast.ImportSpec)
		end := last.End()
		if last.Comment != nil {
			end = last.Comment.End()
		}
		return []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\t" + quoted)}}
	}
	return []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + quoted)}}
}

func importPath(spec ast.Spec) string {
	p, _ := strconv.Unquote(spec.(*ast.ImportSpec).Path.Value)
	return p
}

// specStart is where an import spec begins, its doc comment included.
func specStart(spec ast.Spec) token.Pos {
	is := spec.(*ast.ImportSpec)
	if is.Doc != nil {
		return is.Doc.Pos()
	}
	return is.Pos()
}

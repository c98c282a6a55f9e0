package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file lets a package see into the constructors of the packages it
// imports. An error package that imports no HTTP package and stores no
// named status anywhere (errs.New(where string, status int) storing status
// into AppError.Status) is not analyzed for statuses: nothing there says
// that the field is one. Its importers may know it is, by their own
// evidence (they pass http.StatusNotFound to New, or write e.Status); to
// check the literal 400 they pass to New where they pass it, they must
// know that New stores that parameter into that field. So every package
// tells its importers, as a fact on each exported function, which integer
// parameters it stores into which integer fields; an importer then reads a
// call as the store it makes.

// paramStores marks an exported function or method that stores integer
// parameters into integer fields of named struct types, directly or by
// passing them on to one such function. A parameter that reaches a sink
// is told of by the wrapper fact instead, which lists the same fields
// (isWrapper.Into).
type paramStores struct {
	Params []storedParam
}

// A storedParam is one parameter (receiver not counted) and one field it
// is stored into, by fieldKey.
type storedParam struct {
	Param int
	Field string
}

func (*paramStores) AFact() {}

// String is the form of the fixtures' marks: "paramStores(2:errs.AppError.Status)".
func (f *paramStores) String() string {
	parts := make([]string, len(f.Params))
	for i, p := range f.Params {
		_, name, _ := strings.Cut(p.Field, " ")
		parts[i] = strconv.Itoa(p.Param) + ":" + name
	}
	return "paramStores(" + strings.Join(parts, " ") + ")"
}

// A forward is a parameter of a function passed on, as is, to a parameter
// of another: the first stores it wherever the second does.
type forward struct {
	from  *types.Func
	param int
	to    *types.Func
	arg   int
}

// paramStoreSet collects, during one pass, the parameters of the
// package's functions that are stored into fields and passed on.
type paramStoreSet struct {
	pass     *analysis.Pass
	direct   map[*types.Func][]storedParam
	forwards []forward
	imported map[*types.Func]*paramStores // memo of other packages' facts
}

func newParamStoreSet(pass *analysis.Pass) *paramStoreSet {
	return &paramStoreSet{pass: pass, direct: make(map[*types.Func][]storedParam), imported: make(map[*types.Func]*paramStores)}
}

// tellsImporters reports whether the package at path exports paramStores
// facts: not a main package, which nothing imports, nor the frameworks'
// and the standard library's (listsOwn), whose fields the tables know.
func tellsImporters(pkg *types.Package) bool {
	return pkg.Name() != "main" && listsOwn(pkg.Path())
}

// noteStore records that parameter param of fn is stored into field v,
// when v is an integer field of a named struct type of a package that
// lists what is stored into its fields.
func (ps *paramStoreSet) noteStore(fn *types.Func, param int, v *types.Var) {
	v = v.Origin()
	if v.Pkg() == nil || !isInteger(v.Type()) || !listsOwn(v.Pkg().Path()) {
		return
	}
	name := namedField(v)
	if name == "" {
		return
	}
	sp := storedParam{Param: param, Field: fieldKey(v.Pkg().Path(), name)}
	if !slices.Contains(ps.direct[fn], sp) {
		ps.direct[fn] = append(ps.direct[fn], sp)
	}
}

// noteForward records that parameter param of from is passed as argument
// arg of a call to to.
func (ps *paramStoreSet) noteForward(from *types.Func, param int, to *types.Func, arg int) {
	ps.forwards = append(ps.forwards, forward{from, param, to, arg})
}

// importedFact returns the paramStores fact of fn, a function of another
// package, nil when it has none.
func (ps *paramStoreSet) importedFact(fn *types.Func) *paramStores {
	return importedFact(ps.pass, ps.imported, fn)
}

// export exports the fact of each exported function of the package that
// stores parameters, its own stores and, one level deep, those of the
// functions it passes them on to; covered(fn, i) leaves out the
// parameters that the wrapper fact tells of.
func (ps *paramStoreSet) export(covered func(fn *types.Func, param int) bool) {
	all := make(map[*types.Func][]storedParam, len(ps.direct))
	for fn, sps := range ps.direct {
		all[fn] = slices.Clone(sps)
	}
	for _, fw := range ps.forwards {
		var via []storedParam
		if fw.to.Pkg() == ps.pass.Pkg {
			via = ps.direct[fw.to]
		} else if f := ps.importedFact(fw.to); f != nil {
			via = f.Params
		}
		for _, sp := range via {
			if sp.Param == fw.arg {
				if add := (storedParam{Param: fw.param, Field: sp.Field}); !slices.Contains(all[fw.from], add) {
					all[fw.from] = append(all[fw.from], add)
				}
			}
		}
	}
	for fn, sps := range all {
		if !fn.Exported() {
			continue
		}
		sps = slices.DeleteFunc(sps, func(sp storedParam) bool { return covered != nil && covered(fn, sp.Param) })
		if len(sps) == 0 {
			continue
		}
		slices.SortFunc(sps, func(a, b storedParam) int {
			return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Field, b.Field))
		})
		ps.pass.ExportObjectFact(fn, &paramStores{Params: sps})
	}
}

// scanParamStores finds the stored and forwarded parameters of a package
// that the flow does not walk (it reaches no sink package): the exported
// functions with an integer parameter, and the functions of the package
// those pass one on to.
func scanParamStores(pass *analysis.Pass) *paramStoreSet {
	ps := newParamStoreSet(pass)
	decls := make(map[*types.Func]*ast.FuncDecl)
	var todo []*types.Func
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			decls[obj] = fd
			if obj.Exported() && hasIntParam(obj) {
				todo = append(todo, obj)
			}
		}
	}
	scanned := make(map[*types.Func]bool)
	for _, fn := range todo {
		scanned[fn] = true
		ps.scanBody(fn, decls[fn])
	}
	// The functions of this package that a parameter is passed on to are
	// scanned too, exported or not, for the stores they make.
	for i := 0; i < len(ps.forwards); i++ {
		to := ps.forwards[i].to
		if fd := decls[to]; fd != nil && !scanned[to] {
			scanned[to] = true
			n := len(ps.forwards)
			ps.scanBody(to, fd)
			ps.forwards = ps.forwards[:n] // one level: not what it passes on
		}
	}
	return ps
}

func hasIntParam(fn *types.Func) bool {
	for v := range fn.Signature().Params().Variables() {
		if isInteger(v.Type()) {
			return true
		}
	}
	return false
}

// scanBody records the stores and forwards of fn's integer parameters in
// its body, declared by fd.
func (ps *paramStoreSet) scanBody(fn *types.Func, fd *ast.FuncDecl) {
	info := ps.pass.TypesInfo
	params := make(map[*types.Var]int)
	idx := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			idx++
			continue
		}
		for _, name := range field.Names {
			if v, ok := info.Defs[name].(*types.Var); ok && isInteger(v.Type()) {
				params[v] = idx
			}
			idx++
		}
	}
	if len(params) == 0 {
		return
	}
	param := func(e ast.Expr) (int, bool) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return 0, false
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return 0, false
		}
		i, ok := params[v]
		return i, ok
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				if p, ok := param(n.Rhs[i]); ok {
					if v := assignedField(info, lhs); v != nil {
						ps.noteStore(fn, p, v)
					}
				}
			}
		case *ast.CompositeLit:
			forEachFieldValue(info, n, func(v *types.Var, value ast.Expr) {
				if p, ok := param(value); ok {
					ps.noteStore(fn, p, v)
				}
			})
		case *ast.CallExpr:
			callee := typeutil.StaticCallee(info, n)
			if callee == nil {
				return true
			}
			callee = callee.Origin()
			for i, arg := range callArgs(info, n) {
				if p, ok := param(arg); ok {
					ps.noteForward(fn, p, callee, i)
				}
			}
		}
		return true
	})
}

// assignedField returns the field that lhs, a selector, assigns.
func assignedField(info *types.Info, lhs ast.Expr) *types.Var {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
		v, _ := s.Obj().(*types.Var)
		return v
	}
	return nil
}

// forEachFieldValue calls f with each field that the struct literal lit
// sets and its value, keyed or positional.
func forEachFieldValue(info *types.Info, lit *ast.CompositeLit, f func(v *types.Var, value ast.Expr)) {
	t := info.TypeOf(lit)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
					f(v, kv.Value)
				}
			}
		} else if i < st.NumFields() {
			f(st.Field(i), elt)
		}
	}
}

// paramOf returns the parameter of a declared function of the package
// that e names, if it names an integer one.
func (fl *flow) paramOf(e ast.Expr) (slot, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return slot{}, false
	}
	v, ok := fl.r.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return slot{}, false
	}
	s, ok := fl.params[v]
	if !ok || s.fn.obj == nil || !isInteger(v.Type()) {
		return slot{}, false
	}
	return s, true
}

// noteParamStore records, for the paramStores facts, a store of value
// into field v by the walk.
func (fl *flow) noteParamStore(v *types.Var, value ast.Expr) {
	if fl.paramSet == nil {
		return
	}
	if s, ok := fl.paramOf(value); ok {
		fl.paramSet.noteStore(s.fn.obj, s.idx, v)
	}
}

// noteParamForwards records, for the paramStores facts, the parameters
// that a call of fn by the walk passes on.
func (fl *flow) noteParamForwards(fn *types.Func, args []ast.Expr) {
	if fl.paramSet == nil {
		return
	}
	for i, arg := range args {
		if s, ok := fl.paramOf(arg); ok {
			fl.paramSet.noteForward(s.fn.obj, s.idx, fn, i)
		}
	}
}

// storeThrough reads a call of fn, another package's function, as the
// stores of its arguments into the fields its paramStores fact lists, but
// those of the parameters its wrapper fact w tells of.
func (fl *flow) storeThrough(fn *types.Func, args []ast.Expr, spread bool, w *isWrapper) {
	f := importedFact(fl.r.pass, fl.storeFacts, fn)
	if f == nil {
		return
	}
	for _, sp := range f.Params {
		i := sp.Param
		if i >= len(args) || (spread && i == len(args)-1) || (w != nil && i < len(w.Kinds) && w.Kinds[i] != 0) {
			continue
		}
		if v := fieldByKey(fn.Pkg(), sp.Field); v != nil {
			fl.store(v, args[i])
		}
	}
}

// fieldByKey finds the field that key names among the types of pkg and of
// the packages it imports: a function stores into the fields of those.
func fieldByKey(pkg *types.Package, key string) *types.Var {
	path, name, _ := strings.Cut(key, " ")
	_, name, _ = strings.Cut(name, ".") // the package's name
	typ, field, ok := strings.Cut(name, ".")
	if !ok {
		return nil
	}
	p := pkg
	if p.Path() != path {
		p = nil
		for _, imp := range pkg.Imports() {
			if imp.Path() == path {
				p = imp
				break
			}
		}
		if p == nil {
			return nil
		}
	}
	tn, ok := p.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		return nil
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for v := range st.Fields() {
		if v.Name() == field {
			return v
		}
	}
	return nil
}

package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/std"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file carries the codes stored into status fields and returned by
// status methods down to the package that writes them. A package that
// declares an error type (errs.AppError with its StatusCode field, or a
// type with a StatusCode() int method) and the packages that create its
// values do not write the status; the HTTP layer, which imports them, does,
// and its catalog decides. So each package lists, as a package fact, the
// codes not yet checked against a catalog that it stores into status
// fields (directly, or through a constructor) and that its status methods
// return, each where it is written, together with the lists of the
// packages it imports: go vet gives a package the facts of its direct
// imports only, and the HTTP layer need not import every package that
// creates its errors. The package that writes such a field, or calls such
// a method through an interface, checks each code against its catalog and
// reports it at the write, naming where it comes from.

// statusStores is the package fact: this package's list first, then the
// lists of the packages it imports, directly or not, each once. A package
// with nothing to list and no import that lists anything exports none.
type statusStores struct {
	Pkgs []pkgStores
}

// pkgStores is what one package stores and returns.
type pkgStores struct {
	Path    string
	Fields  []storedField
	Methods []codedType
}

// A storedField is a status field and the codes stored into it.
type storedField struct {
	Path  string // the field's package
	Field string // as messages name it: errs.AppError.StatusCode
	Codes []written.Code
}

// A codedType is a type's status method and the codes it returns.
type codedType struct {
	Method string // as messages name it: coder.RateLimited.StatusCode
	// Set is the method set of a pointer to the type, each method as
	// "Name(params) results" with types qualified by package path: an
	// interface that the HTTP layer calls the method through is matched
	// against it where the type itself is not in sight (go vet gives a
	// package the types its imports mention, not all of the program's).
	Set   []string
	Codes []written.Code
}

func (*statusStores) AFact() {}

// String lists each package's fields and methods with their codes, in the
// form of the fixtures' marks: "errs.AppError.StatusCode 418@errs.go:33".
func (f *statusStores) String() string {
	var pkgs []string
	for _, p := range f.Pkgs {
		var parts []string
		for _, fd := range p.Fields {
			parts = append(parts, fd.Field+codesString(fd.Codes))
		}
		for _, m := range p.Methods {
			parts = append(parts, m.Method+codesString(m.Codes))
		}
		pkgs = append(pkgs, p.Path+": "+strings.Join(parts, ", "))
	}
	return "statusStores(" + strings.Join(pkgs, "; ") + ")"
}

func codesString(codes []written.Code) string {
	var b strings.Builder
	for _, c := range codes {
		fmt.Fprintf(&b, " %d@%s", c.Code, written.Short(c.Posn))
	}
	return b.String()
}

// A wrapStore is an argument passed to a parameter of another package's
// function that stores it into status fields (isWrapper.Into).
type wrapStore struct {
	arg     ast.Expr
	into    []string // the fields, by fieldKey
	checked bool     // the parameter sets a status: checked at the call
}

// fieldKey is how facts name a field: its package's path and its name in
// messages, errs.AppError.StatusCode.
func fieldKey(path, name string) string { return path + " " + name }

// fieldName returns how a message names field v, errs.AppError.StatusCode,
// "" for a field of no named type of its package.
func (fl *flow) fieldName(v *types.Var) string {
	if name, ok := fl.fieldNames[v]; ok {
		return name
	}
	name := namedField(v)
	if fl.fieldNames == nil {
		fl.fieldNames = make(map[*types.Var]string)
	}
	fl.fieldNames[v] = name
	return name
}

// namedField is fieldName without the memo: it looks through the named
// struct types of v's package for the one that declares v.
func namedField(v *types.Var) string {
	p := v.Pkg()
	if p == nil {
		return ""
	}
	scope := p.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			if f == v {
				return p.Name() + "." + tn.Name() + "." + v.Name()
			}
		}
	}
	return ""
}

// ownStores lists the codes this package stores into status fields and
// returns from status methods, once every slot is final, with the status
// fields each parameter is stored into (fl.into) for the wrapper facts.
// Codes checked here against the catalog, and invalid ones (reported where
// they are written), are left out: the package that writes them has
// nothing to add. So are codes written in test files, unless the
// undocumented check applies to tests: a test's error double answers
// codes that no response of the service does.
func (fl *flow) ownStores() pkgStores {
	ps := pkgStores{Path: fl.r.pass.Pkg.Path()}
	fields := make(map[string]int) // fieldKey: index in ps.Fields
	add := func(key string, codes []written.Code) {
		if len(codes) == 0 {
			return
		}
		i, ok := fields[key]
		if !ok {
			i = len(ps.Fields)
			fields[key] = i
			path, name, _ := strings.Cut(key, " ")
			ps.Fields = append(ps.Fields, storedField{Path: path, Field: name})
		}
		for _, c := range codes {
			ps.Fields[i].Codes = addWritten(ps.Fields[i].Codes, c)
		}
	}
	for _, st := range fl.order {
		v := st.slot.field
		if v == nil || st.kind == 0 || st.kind&sets != 0 || v.Pkg() == nil || !v.Exported() {
			// A field that sets a status here has what is stored
			// into it checked here, and so has every importer: its
			// parameters are wrappers that set a status. An
			// unexported field is read only in its own package.
			continue
		}
		name := fl.fieldName(v)
		if name == "" {
			continue
		}
		key := fieldKey(v.Pkg().Path(), name)
		add(key, fl.storedCodes(st.in, key, make(map[slot]bool), nil))
	}
	for _, ws := range fl.wrapStores {
		if ws.checked {
			continue // checked at the call
		}
		srcs := fl.sources(ws.arg, nil, nil)
		for _, key := range ws.into {
			add(key, fl.storedCodes(srcs, key, make(map[slot]bool), nil))
		}
	}
	for _, f := range ps.Fields {
		slices.SortFunc(f.Codes, cmpWritten)
	}
	for _, fn := range fl.list {
		if fn.obj == nil || !isStatusMethod(fn.obj) || fl.testOnly(fn.obj.Pos()) {
			continue
		}
		recv := fn.obj.Signature().Recv().Type()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		named, ok := types.Unalias(recv).(*types.Named)
		if !ok || types.IsInterface(named) {
			continue
		}
		var codes []written.Code
		for _, c := range fl.returnedCodes(resultSlot(fn, 0), make(map[slot]bool), nil) {
			if !c.Checked && c.Written.Code >= catalog.MinCode && c.Written.Code <= catalog.MaxCode {
				codes = addWritten(codes, c.Written)
			}
		}
		if len(codes) == 0 {
			continue
		}
		slices.SortFunc(codes, cmpWritten)
		ps.Methods = append(ps.Methods, codedType{Method: funcName(fn.obj), Set: methodSet(types.NewPointer(named)), Codes: codes})
	}
	return ps
}

// storedCodes appends to out the constants among srcs, which flow into
// the field key, that were not checked against a catalog where they are
// written: constants, the arguments passed to parameters among them (each
// parameter is then stored into key: fl.into), the returns of this
// package's functions, and the codes of other packages' status functions.
func (fl *flow) storedCodes(srcs []source, key string, seen map[slot]bool, out []written.Code) []written.Code {
	for _, src := range srcs {
		switch src.from {
		case fromConst:
			if fl.testOnly(src.expr.Pos()) {
				continue
			}
			v := constant.ToInt(fl.r.pass.TypesInfo.Types[src.expr].Value)
			if code, ok := constant.Int64Val(v); ok && v.Kind() == constant.Int && code >= catalog.MinCode && code <= catalog.MaxCode {
				out = append(out, written.Code{Code: int(code), Posn: fl.r.pass.Fset.Position(src.expr.Pos())})
			}
		case fromImported:
			for _, c := range src.fact.Codes {
				if !c.Checked && c.Written.Code >= catalog.MinCode && c.Written.Code <= catalog.MaxCode {
					out = append(out, c.Written)
				}
			}
		case fromSlot:
			s := src.slot
			if s.field != nil || seen[s] {
				continue
			}
			seen[s] = true
			st := fl.lookup(s)
			if st == nil {
				continue
			}
			if s.isParam() {
				if fl.into == nil {
					fl.into = make(map[slot][]string)
				}
				if !slices.Contains(fl.into[s], key) {
					fl.into[s] = append(fl.into[s], key)
				}
			}
			out = fl.storedCodes(fl.inputs(st), key, seen, out)
		}
	}
	return out
}

// testOnly reports whether a code written at pos is left out of the
// package's list: it is in a test file, and the undocumented check is off
// in tests.
func (fl *flow) testOnly(pos token.Pos) bool {
	fi := fl.r.files.of(pos)
	return fi != nil && fi.test && !fl.r.cfg.TestUndocumented
}

// methodSet lists the methods of t as codedType.Set does.
func methodSet(t types.Type) []string {
	ms := types.NewMethodSet(t)
	out := make([]string, 0, ms.Len())
	for m := range ms.Methods() {
		out = append(out, methodString(m.Obj().(*types.Func)))
	}
	return out
}

// methodString is a method's name and signature, with types qualified by
// package path: "StatusCode() int".
func methodString(fn *types.Func) string {
	return fn.Name() + strings.TrimPrefix(types.TypeString(fn.Signature(), func(p *types.Package) string { return p.Path() }), "func")
}

func addWritten(codes []written.Code, c written.Code) []written.Code {
	for _, have := range codes {
		if have.Code == c.Code && written.ComparePosn(have.Posn, c.Posn) == 0 {
			return codes
		}
	}
	return append(codes, c)
}

func cmpWritten(a, b written.Code) int {
	return cmp.Or(cmp.Compare(a.Code, b.Code), written.ComparePosn(a.Posn, b.Posn))
}

// importedStores is what the packages this one imports store and return,
// merged from their facts.
type importedStores struct {
	fields  map[string][]written.Code // by fieldKey
	methods []codedType
	pkgs    []pkgStores // as the facts list them, for re-export
}

// imported returns the lists of the packages this one imports, read from
// the facts of its direct imports once.
func (fl *flow) imported() *importedStores {
	if fl.stores == nil {
		fl.stores = readStores(fl.r.pass)
	}
	return fl.stores
}

// readStores merges the statusStores facts of pass's direct imports, each
// package's list once.
func readStores(pass *analysis.Pass) *importedStores {
	is := &importedStores{fields: make(map[string][]written.Code)}
	seen := make(map[string]bool)
	for _, imp := range pass.Pkg.Imports() {
		var f statusStores
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		for _, p := range f.Pkgs {
			if seen[p.Path] {
				continue
			}
			seen[p.Path] = true
			is.pkgs = append(is.pkgs, p)
			for _, fd := range p.Fields {
				key := fieldKey(fd.Path, fd.Field)
				is.fields[key] = append(is.fields[key], fd.Codes...)
			}
			is.methods = append(is.methods, p.Methods...)
		}
	}
	for key, codes := range is.fields {
		slices.SortFunc(codes, cmpWritten)
		is.fields[key] = codes
	}
	return is
}

// exportStores exports the package's list, own first, then the imported
// ones, when there is any. A main package exports none: no package
// imports it (a test's generated main neither).
func exportStores(pass *analysis.Pass, own pkgStores, is *importedStores) {
	if pass.Pkg.Name() == "main" {
		return
	}
	var f statusStores
	if (len(own.Fields) > 0 || len(own.Methods) > 0) && listsOwn(own.Path) {
		f.Pkgs = append(f.Pkgs, own)
	}
	f.Pkgs = append(f.Pkgs, is.pkgs...)
	if len(f.Pkgs) > 0 {
		pass.ExportPackageFact(&f)
	}
}

// listsOwn reports whether the package at path lists what it stores: not
// the frameworks' packages nor the standard library, whose types answer
// statuses by the tables (echo.HTTPError.Code) or hold the status of a
// response (fasthttp.Response.StatusCode() is a getter): their lists
// would travel to every package downstream of them for nothing.
func listsOwn(path string) bool {
	if frameworks.SinkPackages()[path] || frameworks.RouterPackages()[path] {
		return false
	}
	return !std.Is(path)
}

// An answered code is a code that a status field or a status method
// brings into a write from other packages, and where it comes from, as
// messages say it: ", stored in errs.AppError.StatusCode at errs.go:35,".
type answered struct {
	code written.Code
	via  string
}

// storedIn returns the codes that the packages this one imports store
// into status field v and did not check, in order of code and position.
func (fl *flow) storedIn(v *types.Var) []answered {
	if v.Pkg() == nil {
		return nil
	}
	name := fl.fieldName(v)
	if name == "" {
		return nil
	}
	var out []answered
	for _, c := range fl.imported().fields[fieldKey(v.Pkg().Path(), name)] {
		out = append(out, answered{c, fmt.Sprintf(", stored in %s at %s,", name, written.Short(c.Posn))})
	}
	return out
}

// methodCodes returns the codes that call, of a status method through an
// interface, brings in: those that the status methods of the types that
// implement the interface return and did not check, the types of this
// package and of those it imports, in order of method name.
func (fl *flow) methodCodes(call *ast.CallExpr) []answered {
	method, ok := typeutil.Callee(fl.r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	iface, ok := method.Signature().Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var want []string
	for m := range iface.Methods() {
		want = append(want, methodString(m))
	}
	coded := append(slices.Clone(fl.own.Methods), fl.imported().methods...)
	slices.SortStableFunc(coded, func(a, b codedType) int { return cmp.Compare(a.Method, b.Method) })
	var out []answered
	for _, t := range coded {
		if !containsAll(t.Set, want) {
			continue
		}
		for _, c := range t.Codes {
			out = append(out, answered{c, fmt.Sprintf(", returned by %s at %s,", t.Method, written.Short(c.Posn))})
		}
	}
	return out
}

// checkAnswered checks codes, which reach a sink that sets a status at
// e (the read of a status field, the call of a status method), against
// the catalog: each that it lacks is reported at e, once per code.
func (fl *flow) checkAnswered(e ast.Expr, codes []answered) {
	r := fl.r
	if !r.cfg.Undocumented || r.files.silenced(e.Pos()) || (r.files.of(e.Pos()).test && !r.cfg.TestUndocumented) {
		return
	}
	for _, c := range codes {
		r.undocumented(e, c.code.Code, c.via)
	}
}

func containsAll(set, want []string) bool {
	for _, w := range want {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
}

package frameworks

import (
	"go/types"
	"slices"
	"testing"

	"github.com/httpstatuslint/httpstatus/internal/reach"
	"github.com/httpstatuslint/httpstatus/internal/testenv"
)

// The tables are tested against the real modules, pinned in
// testdata/frameworks/go.mod: every row must resolve to the function,
// method, type or field it names, with arguments where it says they are.
// A method renamed or moved upstream fails here instead of going silent.

// load type-checks the packages the tables name, once per test.
func load(t *testing.T) map[string]*types.Package {
	t.Helper()
	paths := []string{HTTPTest}
	for _, s := range Sinks {
		paths = append(paths, s.Pkg)
	}
	for _, r := range Routers {
		paths = append(paths, r.Pkg)
	}
	for _, c := range Contexts {
		paths = append(paths, c.Pkg)
	}
	return testenv.LoadFrameworks(t, "../..", paths...)
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func TestSinks(t *testing.T) {
	pkgs := load(t)
	seen := make(map[*types.Func]string)
	for _, s := range Sinks {
		row := s.Pkg + "." + s.Name
		if s.Recv != "" {
			row = s.Pkg + "." + s.Recv + "." + s.Name
		}
		fn := reach.Func(pkgs[s.Pkg], s.Recv, s.Name)
		if fn == nil {
			t.Errorf("%s: does not resolve", row)
			continue
		}
		if fn.Pkg() != pkgs[s.Pkg] {
			t.Errorf("%s: resolves to %s, promoted from another package", row, fn.FullName())
		}
		if prev, dup := seen[fn]; dup {
			t.Errorf("%s: resolves to the same function as %s", row, prev)
		}
		seen[fn] = row
		sig := fn.Signature()
		if (s.Recv == "") != (sig.Recv() == nil) {
			t.Errorf("%s: receiver mismatch: %s", row, fn.FullName())
		}
		params := sig.Params()
		if s.Arg < 0 || s.Arg >= params.Len() {
			t.Errorf("%s: arg %d out of range of %s", row, s.Arg, sig)
			continue
		}
		pt := params.At(s.Arg).Type()
		if sig.Variadic() && s.Arg == params.Len()-1 {
			pt = pt.(*types.Slice).Elem() // fiber's Redirect(location, status ...int)
		}
		if !isInteger(pt) {
			t.Errorf("%s: parameter %d of %s is not an integer", row, s.Arg, sig)
		}
		if s.Consts != "" {
			c, ok := pkgs[s.Consts].Scope().Lookup("StatusNotFound").(*types.Const)
			if !ok || c.Val().String() != "404" {
				t.Errorf("%s: %s has no StatusNotFound constant for the fix", row, s.Consts)
			}
		}
	}
	if reach.Interface(pkgs[NetHTTP], ResponseWriter) == nil || reach.Func(pkgs[NetHTTP], ResponseWriter, WriteHeader) == nil {
		t.Errorf("net/http has no %s.%s", ResponseWriter, WriteHeader)
	}
	for _, c := range ConstPkgs {
		if _, ok := pkgs[c].Scope().Lookup("StatusTeapot").(*types.Const); !ok {
			t.Errorf("%s: no StatusTeapot constant", c)
		}
	}
}

func TestFields(t *testing.T) {
	pkgs := load(t)
	for _, list := range [][]Field{StatusFields, ClientFields} {
		for _, f := range list {
			v := reach.Field(pkgs[f.Pkg], f.Type, f.Name)
			if v == nil {
				t.Errorf("%s.%s.%s: does not resolve", f.Pkg, f.Type, f.Name)
				continue
			}
			if v.Pkg() != pkgs[f.Pkg] || !isInteger(v.Type()) {
				t.Errorf("%s.%s.%s: not an integer field of the package", f.Pkg, f.Type, f.Name)
			}
		}
	}
}

// TestStatusMethods resolves each convention to the interface that states
// it: a method of that name, no parameters, one integer result.
func TestStatusMethods(t *testing.T) {
	pkgs := load(t)
	for _, m := range StatusMethods {
		iface := reach.Interface(pkgs[m.Pkg], m.Type)
		if iface == nil {
			t.Errorf("%s.%s: no such interface", m.Pkg, m.Type)
			continue
		}
		fn := reach.Func(pkgs[m.Pkg], m.Type, m.Name)
		if fn == nil {
			t.Errorf("%s.%s.%s: does not resolve", m.Pkg, m.Type, m.Name)
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isInteger(sig.Results().At(0).Type()) {
			t.Errorf("%s.%s.%s: %s, not func() int", m.Pkg, m.Type, m.Name, sig)
		}
	}
}

// TestRouters resolves every registration row on the types of its router
// (each row on at least one: gin's IRoutes has no Group) and checks its
// argument indices against the method's signature.
func TestRouters(t *testing.T) {
	pkgs := load(t)
	for _, r := range Routers {
		p := pkgs[r.Pkg]
		for _, typ := range r.Types {
			if typ != "" {
				if _, ok := p.Scope().Lookup(typ).(*types.TypeName); !ok {
					t.Errorf("%s.%s: no such type", r.Pkg, typ)
				}
			}
		}
		for _, row := range r.Rows {
			found := false
			for _, typ := range r.Types {
				fn := reach.Func(p, typ, row.Name)
				if fn == nil {
					continue
				}
				found = true
				checkRow(t, fn, row)
			}
			if !found {
				t.Errorf("%s: %s resolves on none of %q", r.Pkg, row.Name, r.Types)
			}
		}
	}
}

func checkRow(t *testing.T, fn *types.Func, row Row) {
	t.Helper()
	if row.Op == OpFiles && (len(row.Methods) == 0 || len(row.Codes) == 0 || row.Handler < 0) {
		t.Errorf("%s: a file server without methods, codes or the argument naming its files", fn.FullName())
	}
	params := fn.Signature().Params()
	n := params.Len()
	variadic := fn.Signature().Variadic()
	at := func(i int) types.Type {
		if variadic && i >= n-1 {
			return params.At(n - 1).Type().(*types.Slice).Elem()
		}
		return params.At(i).Type()
	}
	inRange := func(what string, i int) bool {
		if i == None || (i == LastArg && what == "handler") {
			return false
		}
		if i < 0 || (i >= n && !variadic) {
			t.Errorf("%s: %s argument %d out of range of %s", fn.FullName(), what, i, fn.Signature())
			return false
		}
		return true
	}
	if inRange("path", row.Path) && !isString(at(row.Path)) {
		t.Errorf("%s: path argument %d is not a string", fn.FullName(), row.Path)
	}
	inRange("handler", row.Handler)
	inRange("middleware", row.Middleware)
	if row.Method == FromArg && inRange("method", row.MethodArg) && !isString(at(row.MethodArg)) {
		t.Errorf("%s: method argument %d is not a string", fn.FullName(), row.MethodArg)
	}
	if row.Method == FromList && inRange("method", row.MethodArg) {
		if s, ok := at(row.MethodArg).Underlying().(*types.Slice); !ok || !isString(s.Elem()) {
			t.Errorf("%s: method argument %d is not a slice of strings", fn.FullName(), row.MethodArg)
		}
	}
}

func TestMethodReads(t *testing.T) {
	pkgs := load(t)
	for _, m := range MethodReads {
		p := pkgs[m.Pkg]
		if m.Func {
			fn := reach.Func(p, m.Type, m.Name)
			if fn == nil {
				t.Errorf("%s.%s.%s: does not resolve", m.Pkg, m.Type, m.Name)
				continue
			}
			sig := fn.Signature()
			r := sig.Results()
			switch {
			case sig.Params().Len() != 0 && !sig.Variadic() || r.Len() != 1:
				// fiber's c.Method(override ...string) reads it too.
				t.Errorf("%s: is not a method of no argument and one result", fn.FullName())
			case m.Tests != "":
				if b, ok := r.At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
					t.Errorf("%s: does not return a bool", fn.FullName())
				}
			case !isString(r.At(0).Type()) && !isBytes(r.At(0).Type()):
				t.Errorf("%s: returns neither a string nor a []byte", fn.FullName())
			}
			continue
		}
		v := reach.Field(p, m.Type, m.Name)
		if v == nil || !isString(v.Type()) {
			t.Errorf("%s.%s.%s: no string field", m.Pkg, m.Type, m.Name)
		}
	}
}

// TestResponders resolves every responder against the real modules: a
// function of its shape (a handler argument where Inner says, an error
// result for Errs, a handler result for Makes).
func TestResponders(t *testing.T) {
	pkgs := load(t)
	handler := pkgs[NetHTTP].Scope().Lookup("Handler").Type()
	for _, r := range Responders {
		fn := reach.Func(pkgs[r.Pkg], r.Recv, r.Name)
		if fn == nil {
			t.Errorf("%s.%s.%s: does not resolve", r.Pkg, r.Recv, r.Name)
			continue
		}
		sig := fn.Signature()
		if r.Inner != None && (r.Inner >= sig.Params().Len() || !types.Identical(sig.Params().At(r.Inner).Type(), handler)) {
			t.Errorf("%s: parameter %d is no http.Handler", fn, r.Inner)
		}
		res := sig.Results()
		switch r.How {
		case Makes:
			if res.Len() != 1 || !types.Identical(res.At(0).Type(), handler) {
				t.Errorf("%s: makes no http.Handler", fn)
			}
		case Errs:
			if res.Len() != 1 || !types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type()) {
				t.Errorf("%s: returns no error", fn)
			}
		case Writes:
			if res.Len() != 0 {
				t.Errorf("%s: returns a result", fn)
			}
		}
		if len(r.Codes) == 0 {
			t.Errorf("%s: no codes", fn)
		}
	}
}

func TestContexts(t *testing.T) {
	pkgs := load(t)
	for _, c := range Contexts {
		p := pkgs[c.Pkg]
		if _, ok := p.Scope().Lookup(c.Type).(*types.TypeName); !ok {
			t.Errorf("%s.%s: no such type", c.Pkg, c.Type)
			continue
		}
		names := slices.Concat(c.Bodies, c.Aborts)
		if c.Next != "" {
			names = append(slices.Clip(names), c.Next)
		}
		for _, name := range names {
			if reach.Func(p, c.Type, name) == nil {
				t.Errorf("%s.%s.%s: does not resolve", c.Pkg, c.Type, name)
			}
		}
		if c.StatusCoder != "" {
			// The interface by which the framework asks an error for its
			// code: StatusCode() int.
			obj, _ := p.Scope().Lookup(c.StatusCoder).(*types.TypeName)
			var m *types.Func
			if obj != nil && types.IsInterface(obj.Type()) {
				o, _, _ := types.LookupFieldOrMethod(obj.Type(), false, nil, "StatusCode")
				m, _ = o.(*types.Func)
			}
			if m == nil || m.Signature().Params().Len() != 0 || m.Signature().Results().Len() != 1 ||
				!types.Identical(m.Signature().Results().At(0).Type(), types.Typ[types.Int]) {
				t.Errorf("%s.%s: not an interface with StatusCode() int", c.Pkg, c.StatusCoder)
			}
		}
	}
}

// TestSinksComplete looks for methods of the frameworks' context and
// response types that take a status (an integer parameter named like one)
// and are missing from the table: a new upstream sink fails here.
func TestSinksComplete(t *testing.T) {
	pkgs := load(t)
	inTable := make(map[*types.Func]bool)
	for _, s := range Sinks {
		if fn := reach.Func(pkgs[s.Pkg], s.Recv, s.Name); fn != nil {
			inTable[fn] = true
		}
	}
	statusParam := map[string]bool{"code": true, "status": true, "statusCode": true}
	for _, c := range []struct{ pkg, typ string }{
		{Gin, "Context"},
		{Echo, "Context"},
		{EchoV5, "Context"},
		{Fiber, "Ctx"},
		{Fasthttp, "RequestCtx"},
		{Fasthttp, "Response"},
		{Fasthttp, "ResponseHeader"},
	} {
		tn, ok := pkgs[c.pkg].Scope().Lookup(c.typ).(*types.TypeName)
		if !ok {
			t.Errorf("%s.%s: no such type", c.pkg, c.typ)
			continue
		}
		recv := tn.Type()
		if !types.IsInterface(recv) {
			recv = types.NewPointer(recv)
		}
		mset := types.NewMethodSet(recv)
		for i := range mset.Len() {
			fn := mset.At(i).Obj().(*types.Func)
			if !fn.Exported() || fn.Pkg() != tn.Pkg() || inTable[fn] {
				continue
			}
			sig := fn.Signature()
			for j := range sig.Params().Len() {
				p := sig.Params().At(j)
				pt := p.Type()
				if sig.Variadic() && j == sig.Params().Len()-1 {
					pt = pt.(*types.Slice).Elem()
				}
				if statusParam[p.Name()] && isInteger(pt) {
					t.Errorf("%s: parameter %d (%s) looks like a status; add a row to Sinks or note why not", fn.FullName(), j, p.Name())
				}
			}
		}
	}
}

package analyzer

import (
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/reach"
)

// sinks is the sink table resolved to the objects of one package's world.
// It is built once per package so that the walk compares objects, never
// names.
type sinks struct {
	calls  map[*types.Func]*callSink
	fields map[*types.Var]bool
	// status maps the statusFields table's fields to their rows.
	status map[*types.Var]*statusField
	// consts are the Status constants of constPkgs, built on first need.
	consts map[*types.Const]bool

	// rw is net/http's ResponseWriter, nil when net/http is not reachable
	// from the package: then no WriteHeader can be a sink.
	rw *types.Interface
	// isWriter memoizes the WriteHeader rule per method.
	isWriter map[*types.Func]bool

	// pkgs are the sink packages reachable from the package, by path; the
	// literal fix looks their Status constants up here.
	pkgs map[string]*types.Package
}

// resolveSinks finds the sink packages among those reachable from pkg and
// looks the table up in them. It returns nil when none is reachable: such a
// package can neither set a status nor call a wrapper (a wrapper's package
// reaches a sink package, and so does every importer of it), so the run
// ends at once.
func resolveSinks(pkg *types.Package) *sinks {
	want := make(map[string]bool)
	for _, s := range callSinks {
		want[s.pkg] = true
	}
	for _, f := range fieldSinks {
		want[f.pkg] = true
	}
	for _, f := range statusFields {
		want[f.pkg] = true
	}
	found := reach.Find(pkg, want)
	if len(found) == 0 {
		return nil
	}

	s := &sinks{
		calls:    make(map[*types.Func]*callSink),
		fields:   make(map[*types.Var]bool),
		status:   make(map[*types.Var]*statusField),
		isWriter: make(map[*types.Func]bool),
		pkgs:     found,
	}
	for i := range callSinks {
		cs := &callSinks[i]
		p := found[cs.pkg]
		if p == nil {
			continue
		}
		if fn := reach.Func(p, cs.recv, cs.name); fn != nil {
			s.calls[fn] = cs
		}
	}
	for _, fs := range fieldSinks {
		if p := found[fs.pkg]; p != nil {
			if v := lookupField(p, fs.typ, fs.field); v != nil {
				s.fields[v] = true
			}
		}
	}
	for i := range statusFields {
		sf := &statusFields[i]
		if p := found[sf.pkg]; p != nil {
			if v := lookupField(p, sf.typ, sf.field); v != nil {
				s.status[v] = sf
			}
		}
	}
	if p := found[netHTTP]; p != nil {
		s.rw = reach.Interface(p, responseWriter)
	}
	return s
}

// lookupField finds the field of a named struct type.
func lookupField(p *types.Package, typ, field string) *types.Var {
	tn, ok := p.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, p, field)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

// writesHeader reports whether fn is the WriteHeader method of a type that
// implements http.ResponseWriter: the interface itself, an interface that
// embeds it, *httptest.ResponseRecorder, a framework's writer or a user's
// wrapper. A WriteHeader(int) on any other type is not a sink.
func (s *sinks) writesHeader(fn *types.Func) bool {
	if s.rw == nil || fn.Name() != writeHeader {
		return false
	}
	if is, ok := s.isWriter[fn]; ok {
		return is
	}
	is := false
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		is = types.Implements(t, s.rw)
		if !is && !types.IsInterface(t) {
			if _, isPtr := t.(*types.Pointer); !isPtr {
				// A value-receiver WriteHeader on a type whose other
				// methods have pointer receivers: *T is the writer.
				is = types.Implements(types.NewPointer(t), s.rw)
			}
		}
	}
	s.isWriter[fn] = is
	return is
}

// isStatusConst reports whether c is one of the Status constants of
// net/http, fasthttp or fiber.
func (s *sinks) isStatusConst(c *types.Const) bool {
	if s.consts == nil {
		s.consts = make(map[*types.Const]bool)
		for _, path := range constPkgs {
			p := s.pkgs[path]
			if p == nil {
				continue
			}
			for _, sn := range statusNames {
				if c, ok := p.Scope().Lookup(sn.name).(*types.Const); ok {
					s.consts[c] = true
				}
			}
		}
	}
	return s.consts[c]
}

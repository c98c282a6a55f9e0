package analyzer

import (
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/reach"
)

// sinks is the sink table resolved to the objects of one package's world.
// It is built once per package so that the walk compares objects, never
// names.
type sinks struct {
	calls map[*types.Func]sink
	// clients are the fields that hold a status a client received.
	clients map[*types.Var]bool
	// status maps the frameworks' status fields to the package whose
	// constants the literal fix names there ("" for net/http's).
	status map[*types.Var]string
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
	found := reach.Find(pkg, frameworks.SinkPackages())
	if len(found) == 0 {
		return nil
	}
	s := &sinks{
		calls:    make(map[*types.Func]sink),
		clients:  make(map[*types.Var]bool),
		status:   make(map[*types.Var]string),
		isWriter: make(map[*types.Func]bool),
		pkgs:     found,
	}
	for _, row := range frameworks.Sinks {
		if p := found[row.Pkg]; p != nil {
			if fn := reach.Func(p, row.Recv, row.Name); fn != nil {
				s.calls[fn] = sinkOf(row)
			}
		}
	}
	for _, f := range frameworks.ClientFields {
		if p := found[f.Pkg]; p != nil {
			if v := reach.Field(p, f.Type, f.Name); v != nil {
				s.clients[v] = true
			}
		}
	}
	for _, f := range frameworks.StatusFields {
		if p := found[f.Pkg]; p != nil {
			if v := reach.Field(p, f.Type, f.Name); v != nil {
				s.status[v] = f.Consts
			}
		}
	}
	if p := found[frameworks.NetHTTP]; p != nil {
		s.rw = reach.Interface(p, frameworks.ResponseWriter)
	}
	return s
}

// noSinks is the table of a package that reaches no sink package.
func noSinks() *sinks {
	return &sinks{
		calls:    make(map[*types.Func]sink),
		clients:  make(map[*types.Var]bool),
		status:   make(map[*types.Var]string),
		isWriter: make(map[*types.Func]bool),
		pkgs:     make(map[string]*types.Package),
	}
}

// writesHeader reports whether fn is the WriteHeader method of a type that
// implements http.ResponseWriter: the interface itself, an interface that
// embeds it, *httptest.ResponseRecorder, a framework's writer or a user's
// wrapper. A WriteHeader(int) on any other type is not a sink.
func (s *sinks) writesHeader(fn *types.Func) bool {
	if s.rw == nil || fn.Name() != frameworks.WriteHeader {
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

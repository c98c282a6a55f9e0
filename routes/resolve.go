package routes

import (
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/reach"
)

// world is the router table and the net/http types resolved to the
// objects of one package's world, so that the walk compares objects.
type world struct {
	rows map[*types.Func]*frameworks.Row
	// methodsByName are the rows' methods of the router types by name,
	// in the table's order, and ifaceRows what the methods of interfaces
	// resolved to (ifacerouters.go).
	methodsByName map[string][]routerMethod
	ifaceRows     map[*types.Func]ifaceRow
	// global marks the package-level registration functions, which
	// register on a router of their package (http.DefaultServeMux).
	global map[*types.Func]bool

	// rw and handler are net/http's ResponseWriter and Handler, nil when
	// net/http is not reachable: then no handler can be written.
	rw, handler *types.Interface
	request     *types.TypeName

	// routerTypes are the types of the table's receivers: a value of one
	// of them is a router whose routes can be followed.
	routerTypes map[*types.TypeName]bool
	// joins are how the router of each of those types joins paths.
	joins map[*types.TypeName]frameworks.Join

	// The frameworks' contexts, and their methods that pass the request
	// on or write a body.
	contexts map[*types.TypeName]*frameworks.Context
	next     map[*types.Func]bool
	bodies   map[*types.Func]bool
	aborts   map[*types.Func]bool

	// methodReads are where handlers read the request's method: fields
	// and methods.
	methodReads map[types.Object]bool
	// methodTests are the methods that test it, and the method each
	// reports the request's to be.
	methodTests map[*types.Func]string

	// responders are the functions whose answers the table knows
	// (http.NotFound, http.FileServer, echo's c.Bind).
	responders map[*types.Func]*frameworks.Responder

	// errFrameworks: a framework whose handlers return errors (echo,
	// fiber) is reachable, so what an error answers is worth knowing.
	errFrameworks bool

	// statusFields are the frameworks' status fields: an error variable
	// made by a literal that stores a constant into one answers it.
	statusFields map[*types.Var]bool
}

// resolveWorld looks the table up in the packages reachable from pkg. It
// returns nil when net/http is not reachable: such a package can neither
// register a route nor write a status.
func resolveWorld(pkg *types.Package) *world {
	found := reach.Find(pkg, frameworks.RouterPackages())
	http := found[frameworks.NetHTTP]
	if http == nil {
		return nil
	}
	wd := &world{
		rows:          make(map[*types.Func]*frameworks.Row),
		methodsByName: make(map[string][]routerMethod),
		ifaceRows:     make(map[*types.Func]ifaceRow),
		global:        make(map[*types.Func]bool),
		rw:            reach.Interface(http, frameworks.ResponseWriter),
		handler:       reach.Interface(http, "Handler"),
		routerTypes:   make(map[*types.TypeName]bool),
		joins:         make(map[*types.TypeName]frameworks.Join),
		contexts:      make(map[*types.TypeName]*frameworks.Context),
		next:          make(map[*types.Func]bool),
		bodies:        make(map[*types.Func]bool),
		aborts:        make(map[*types.Func]bool),
		statusFields:  make(map[*types.Var]bool),
		methodReads:   make(map[types.Object]bool),
		methodTests:   make(map[*types.Func]string),
		responders:    make(map[*types.Func]*frameworks.Responder),
	}
	for i := range frameworks.Responders {
		r := &frameworks.Responders[i]
		if p := found[r.Pkg]; p != nil {
			if fn := reach.Func(p, r.Recv, r.Name); fn != nil {
				wd.responders[fn] = r
			}
		}
	}
	for _, m := range frameworks.MethodReads {
		p := found[m.Pkg]
		switch {
		case p == nil:
		case m.Func:
			if fn := reach.Func(p, m.Type, m.Name); fn != nil {
				wd.methodReads[fn] = true
				if m.Tests != "" {
					wd.methodTests[fn] = m.Tests
				}
			}
		default:
			if v := reach.Field(p, m.Type, m.Name); v != nil {
				wd.methodReads[v] = true
			}
		}
	}
	for _, f := range frameworks.StatusFields {
		if p := found[f.Pkg]; p != nil {
			if v := reach.Field(p, f.Type, f.Name); v != nil {
				wd.statusFields[v] = true
			}
		}
	}
	for i := range frameworks.Contexts {
		c := &frameworks.Contexts[i]
		p := found[c.Pkg]
		if p == nil {
			continue
		}
		if tn, ok := p.Scope().Lookup(c.Type).(*types.TypeName); ok {
			wd.contexts[tn] = c
		}
		wd.errFrameworks = wd.errFrameworks || c.ErrCode != 0
		if fn := reach.Func(p, c.Type, c.Next); c.Next != "" && fn != nil {
			wd.next[fn] = true
		}
		for _, name := range c.Bodies {
			if fn := reach.Func(p, c.Type, name); fn != nil {
				wd.bodies[fn] = true
			}
		}
		for _, name := range c.Aborts {
			if fn := reach.Func(p, c.Type, name); fn != nil {
				wd.aborts[fn] = true
			}
		}
	}
	wd.request, _ = http.Scope().Lookup("Request").(*types.TypeName)
	for _, r := range frameworks.Routers {
		p := found[r.Pkg]
		if p == nil {
			continue
		}
		for i := range r.Rows {
			row := &r.Rows[i]
			for _, recv := range r.Types {
				if tn, ok := p.Scope().Lookup(recv).(*types.TypeName); ok && recv != "" {
					wd.routerTypes[tn] = true
					wd.joins[tn] = r.Join
				}
				if fn := reach.Func(p, recv, row.Name); fn != nil {
					wd.rows[fn] = row
					wd.global[fn] = recv == ""
					if recv != "" {
						wd.methodsByName[fn.Name()] = append(wd.methodsByName[fn.Name()], routerMethod{fn, r.Join})
					}
				}
			}
		}
	}
	return wd
}

// isWriter reports whether t implements http.ResponseWriter.
func (wd *world) isWriter(t types.Type) bool {
	return t != nil && wd.rw != nil && (types.Implements(t, wd.rw) || types.Implements(types.NewPointer(t), wd.rw))
}

// isHandler reports whether t implements http.Handler.
func (wd *world) isHandler(t types.Type) bool {
	return t != nil && wd.handler != nil && types.Implements(t, wd.handler)
}

// takesWriter reports whether sig takes a response to write: an
// http.ResponseWriter (or an interface that is one), or a framework's
// context. Handlers, a middleware's next, helpers that write the
// response do.
func (wd *world) takesWriter(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if types.IsInterface(v.Type()) && wd.isWriter(v.Type()) || wd.context(v.Type()) != nil {
			return true
		}
	}
	return false
}

// context returns the framework whose context t is (*gin.Context,
// echo.Context, *fiber.Ctx), or nil.
func (wd *world) context(t types.Type) *frameworks.Context {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return wd.contexts[n.Obj()]
	}
	return nil
}

// chains reports whether t is a handler of a framework whose handlers
// run one after the other (gin's HandlersChain): one that returns
// without aborting or writing passes the request on.
func (wd *world) chains(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return false
	}
	c := wd.context(sig.Params().At(0).Type())
	return c != nil && c.Chain
}

// isHandlerFunc reports whether sig is a handler's: it takes a
// ResponseWriter and an *http.Request, or a framework's context alone,
// and returns nothing or an error. A handler that finishes without
// setting a status has written 200.
func (wd *world) isHandlerFunc(sig *types.Signature) bool {
	if res := sig.Results(); res.Len() > 1 || res.Len() == 1 && !isError(res.At(0).Type()) {
		// A function that returns values to its caller (a strict
		// server's handler returns the response object, a middleware's
		// skipper a bool) leaves the response to it.
		return false
	}
	if sig.Params().Len() == 1 && wd.context(sig.Params().At(0).Type()) != nil {
		return true
	}
	if !wd.takesWriter(sig) || wd.request == nil {
		return false
	}
	for v := range sig.Params().Variables() {
		if p, ok := v.Type().(*types.Pointer); ok {
			if n, ok := p.Elem().(*types.Named); ok && n.Obj() == wd.request {
				return true
			}
		}
	}
	return false
}

// errContext returns the framework that answers the error a function
// taking its context returns; nil when sig returns no error to a
// framework.
func (wd *world) errContext(sig *types.Signature) *frameworks.Context {
	if sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return nil
	}
	for v := range sig.Params().Variables() {
		if c := wd.context(v.Type()); c != nil && c.ErrCode != 0 {
			return c
		}
	}
	return nil
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// join returns how the router of type t joins paths: one slash between
// for a type that is no router of the table.
func (wd *world) join(t types.Type) frameworks.Join {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		if j, ok := wd.joins[n.Obj()]; ok {
			return j
		}
		if j, ok := wd.ifaceRouter(n); ok {
			return j
		}
		return wd.joins[n.Obj()]
	}
	return frameworks.JoinSlash
}

// isRouter reports whether t is a router of the table, or a pointer to one.
func (wd *world) isRouter(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	if wd.routerTypes[n.Obj()] {
		return true
	}
	_, ok = wd.ifaceRouter(n)
	return ok
}

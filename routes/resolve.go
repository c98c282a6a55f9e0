package routes

import (
	"go/types"

	"github.com/httpstatuslint/httpstatus/internal/reach"
)

// world is the router table and the net/http types resolved to the
// objects of one package's world, so that the walk compares objects.
type world struct {
	rows map[*types.Func]*row
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

	// The frameworks' contexts, and their methods that pass the request
	// on or write a body.
	contexts map[*types.TypeName]*framework
	next     map[*types.Func]bool
	bodies   map[*types.Func]bool
}

// resolve looks the table up in the packages reachable from pkg. It
// returns nil when net/http is not reachable: such a package can neither
// register a route nor write a status.
func resolve(pkg *types.Package) *world {
	want := map[string]bool{netHTTP: true}
	for _, r := range routers {
		want[r.pkg] = true
	}
	found := reach.Find(pkg, want)
	http := found[netHTTP]
	if http == nil {
		return nil
	}
	w := &world{
		rows:        make(map[*types.Func]*row),
		global:      make(map[*types.Func]bool),
		rw:          reach.Interface(http, "ResponseWriter"),
		handler:     reach.Interface(http, "Handler"),
		routerTypes: make(map[*types.TypeName]bool),
		contexts:    make(map[*types.TypeName]*framework),
		next:        make(map[*types.Func]bool),
		bodies:      make(map[*types.Func]bool),
	}
	for i := range frameworks {
		f := &frameworks[i]
		p := found[f.pkg]
		if p == nil {
			continue
		}
		if tn, ok := p.Scope().Lookup(f.ctx).(*types.TypeName); ok {
			w.contexts[tn] = f
		}
		if fn := reach.Func(p, f.ctx, f.next); f.next != "" && fn != nil {
			w.next[fn] = true
		}
		for _, name := range f.bodies {
			if fn := reach.Func(p, f.ctx, name); fn != nil {
				w.bodies[fn] = true
			}
		}
	}
	w.request, _ = http.Scope().Lookup("Request").(*types.TypeName)
	for _, r := range routers {
		p := found[r.pkg]
		if p == nil {
			continue
		}
		for i := range r.rows {
			row := &r.rows[i]
			for _, recv := range r.types {
				if tn, ok := p.Scope().Lookup(recv).(*types.TypeName); ok && recv != "" {
					w.routerTypes[tn] = true
				}
				if fn := reach.Func(p, recv, row.name); fn != nil {
					w.rows[fn] = row
					w.global[fn] = recv == ""
				}
			}
		}
	}
	return w
}

// isWriter reports whether t implements http.ResponseWriter.
func (w *world) isWriter(t types.Type) bool {
	return t != nil && w.rw != nil && (types.Implements(t, w.rw) || types.Implements(types.NewPointer(t), w.rw))
}

// isHandler reports whether t implements http.Handler.
func (w *world) isHandler(t types.Type) bool {
	return t != nil && w.handler != nil && types.Implements(t, w.handler)
}

// takesWriter reports whether sig takes a response to write: an
// http.ResponseWriter (or an interface that is one), or a framework's
// context. Handlers, a middleware's next, helpers that write the
// response do.
func (w *world) takesWriter(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if types.IsInterface(v.Type()) && w.isWriter(v.Type()) || w.context(v.Type()) != nil {
			return true
		}
	}
	return false
}

// context returns the framework whose context t is (*gin.Context,
// echo.Context, *fiber.Ctx), or nil.
func (w *world) context(t types.Type) *framework {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return w.contexts[n.Obj()]
	}
	return nil
}

// isHandlerFunc reports whether sig is a handler's: it takes a
// ResponseWriter and an *http.Request, or a framework's context alone. A
// handler that finishes without setting a status has written 200.
func (w *world) isHandlerFunc(sig *types.Signature) bool {
	if sig.Params().Len() == 1 && w.context(sig.Params().At(0).Type()) != nil {
		return true
	}
	if !w.takesWriter(sig) || w.request == nil {
		return false
	}
	for v := range sig.Params().Variables() {
		if p, ok := v.Type().(*types.Pointer); ok {
			if n, ok := p.Elem().(*types.Named); ok && n.Obj() == w.request {
				return true
			}
		}
	}
	return false
}

// errCode returns the code a framework answers when a function that
// takes its context returns an error it knows no code of; 0 when sig
// returns no error to a framework.
func (w *world) errCode(sig *types.Signature) int {
	if sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return 0
	}
	for v := range sig.Params().Variables() {
		if f := w.context(v.Type()); f != nil {
			return f.errCode
		}
	}
	return 0
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// isRouter reports whether t is a router of the table, or a pointer to one.
func (w *world) isRouter(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && w.routerTypes[n.Obj()]
}

// Package routes defines the routes analyzer, which finds the routes a
// program registers and the status codes each handler can write.
//
// # Analyzer routes
//
// routes: list each route and the HTTP status codes its handler can write
//
// The analyzer finds the registrations of handlers, by the types of the
// routers: net/http's ServeMux (Handle and HandleFunc, with Go 1.22
// patterns: a method, a host, {x}, {x...} and {$}), chi (Get, Post and
// the other methods, Method, Handle, HandleFunc, Route, Mount, Group,
// With, Use), gorilla/mux (HandleFunc(path, h).Methods(...),
// PathPrefix(p).Subrouter(), Use), gin, echo (v4 and v5) and fiber (the
// methods named for HTTP methods, Any or All, Handle or Add, Group, Use;
// gin's and echo's Match, a route per method of its slice literal;
// fiber's Route and Mount), julienschmidt/httprouter (the methods named
// for HTTP methods, Handle, Handler, HandlerFunc, ServeFiles). A
// method of an interface that has the name and signature of one of
// those routers' registration methods registers as that method: only
// that router can be passed where the interface is taken (the ServeMux
// interface with HandleFunc and the EchoRouter interface with GET, POST
// and the others that oapi-codegen generates). Where routers that
// register differently have the method (echo's Use on Echo and on
// Group), the interface's method registers nothing. File
// servers (gin's Static, StaticFS, StaticFile and StaticFileFS, echo's
// Static, StaticFS, File and FileFS, fiber's Static, httprouter's
// ServeFiles) register GET, and HEAD where the router does, answering
// the codes of net/http's file serving. Prefixes compose: a router, group or subrouter passed
// to a function, in any package, registers its routes under its prefix,
// and a function that returns a router carries the routes it registered
// on it. Each router's prefixes and paths are joined as it joins them
// (chi's "/" under Route or Mount is the prefix, gin's paths are joined
// as path.Join does under the engine's base "/", echo's are written one
// after the other and get a leading slash). Paths are given in OpenAPI form ({id} for :id and {id:[0-9]+});
// a path or method that is not a constant shows the expression in angle
// brackets.
//
// A function or method that passes its path or pattern parameter and its
// handler parameter on to a registration, directly or joined to a prefix
// (a parameter, a field of its receiver), is a registration wrapper: each
// call of it registers the route of the arguments, with the handler
// given there and what the wrapper puts around it, on the router the
// wrapper registers on: a parameter's, its receiver (when that router is
// a field of the receiver) or the caller's own (a package variable, the
// DefaultServeMux). A string field of a struct parameter joined into
// the path (options.BaseURL + "/pets", as oapi-codegen's servers
// register) is filled in where the function is called: with the field's
// value in a composite literal, "" where the literal leaves it unset, a
// local's single literal unless its fields are stored into, and passed
// on as the caller's own when the argument is its parameter. A method that returns its receiver's type with a
// prefix field joined to its parameter is a group of a router library's
// own (Bundle.Group): its prefix applies to what is registered on it. A
// receiver built by a struct literal (&Server{prefix: "/api"}) gives its
// prefix field to the routes registered through it, and a method that
// registers through a wrapper on its own receiver leaves the prefix to
// where it is called. A handler or a middleware held in a field of a
// function or interface type (s.mw(h)) writes what the package stores
// into that field.
//
// A handler is a function, a method value, a function literal,
// http.HandlerFunc(f), a value of a type with ServeHTTP, or a call around
// one (middleware, or a function that makes a handler), whose own codes
// count too. What a handler can write is the union of the codes at the
// status writes the httpstatus analyzer finds in it (sinks, wrappers),
// of the functions it calls, in any package, and an implicit 200 where a
// path through it finishes, or writes a body, without setting a status.
// A path that passes the request on to another handler (next.ServeHTTP,
// next(c), c.Next()) finishes with that handler's codes, and so does a
// gin middleware that returns without aborting or writing: gin runs the
// next handler. Middleware count for the routes their router gives them
// to: gin's Use, echo's Group.Use and fiber's Use for the routes and
// groups registered after it, echo's Echo.Use and gorilla's Use for
// every route, chi's Use for every route when nothing was registered
// before it (chi panics otherwise). A Use in a function that is passed
// the router, or that builds it and returns it, counts as well for what
// its caller registers on that router, as the router gives it. A code,
// an implicit 200 too, written only where the request's method is tested
// equal, or not equal, to a constant (an if, a switch, an if that
// returns for the other methods; r.Method, fiber's c.Method(),
// fasthttp's ctx.Method() and ctx.IsGet()) counts only for the routes
// that can see that method; a route for every method sees them all, a
// GET route sees HEAD too. An echo or fiber
// handler that returns an error answers its code when the framework's
// constructor made it with a constant (echo.NewHTTPError(404), or a
// variable made so, or by a literal that stores a constant into a status
// field, such as echo.ErrNotFound), else 500. The result of a function
// that returns such errors (an error mapper: return toHTTPError(err))
// answers their codes, and 500 only where the function may return an
// error of no known code; a local error variable answers what is
// assigned to it. echo v5 answers the codes of an error whose type has a
// StatusCode() int method, the constants it returns (HTTPStatusCoder),
// in any package, one that imports no framework too; echo v4 and fiber
// answer 500. A status that is not a
// constant (computed, from input) is code 0, unknown, at the place it is
// written. The standard library is not followed into: what its handlers
// answer is a table (internal/frameworks' Responders), at the call:
// http.NotFound and NotFoundHandler 404, StripPrefix 404 and its inner
// handler's (a router it serves is mounted under its prefix),
// TimeoutHandler 503 and its inner handler's, FileServer,
// ServeFile and ServeContent 200, 206, 301, 304, 400, 403, 404, 412, 416
// and 500; echo's c.Bind answers 400 and 415. What any other handler of
// the standard library writes is code 0.
//
// A call of an interface method that takes a response to write
// (siw.Handler.FindPets(w, r, params) in a server oapi-codegen
// generates), and a call of a function held by a field
// (siw.ErrorHandlerFunc(w, r, err)), write what the callee writes, known
// where the value they are made on is: the method of the concrete type
// that flows into the interface where the registering function is
// called (api.HandlerFromMux(petStore, r): (*PetStore).FindPets), the
// functions stored into the field (a composite literal, an assignment,
// the default a constructor stores when the field is nil, the stores a
// function of the package makes into the value it returns:
// opts.ErrorHandlerFunc = f; return opts). A value that
// cannot be followed to a concrete type writes code 0, and no implicit
// 200 after the call. A function whose result is an interface with such
// methods yields what the values it returns write when those methods
// are called (a strict server's implementation returns response objects
// whose VisitXxxResponse writes the response's code, and a default
// response's StatusCode field is read where the value is built;
// NewStrictHandler returns the ServerInterface whose methods call the
// implementation's): a method called on the result binds to it. A call
// of a local function that a value known only where it is wraps
// (handler = middleware(handler, "FindPets"), the middleware an element
// of the strict server's middlewares) writes what the function that
// value returns writes: a call made on an element of a slice is made on
// each element of the slice literal that flows there
// ([]api.StrictMiddlewareFunc{requireKey}).
// A route names the methods of concrete types that its handler's calls
// through an interface are bound to where the route is registered or
// where the function registering it is called (Impls: the
// implementation's method beside the generated wrapper, the strict
// implementation's behind NewStrictHandler); a call bound inside a
// handler's own body (a literal that passes a value it builds) adds its
// codes, not a name.
//
// Summaries are facts: a function that can write a status carries the
// codes with their positions (writes), a function that registers routes
// on a router it is passed or returns carries those routes and the
// middleware its Use calls leave there (registers),
// an error variable made with a constant code carries the code
// (statusError), and a function that calls through an interface or a
// field of one of its parameters or its receiver carries that call,
// bound where it is called (writes, registers: via); a function that
// returns errors with codes, or a
// StatusCode method, carries what its result answers (answers), a
// function returning values with writing methods what they write
// (yields), and a
// group method of a router library's own the parameter it joins to its
// prefix (groups). A registration wrapper's registers fact holds its
// routes as templates, the places of its parameters marked. Within a package they are solved over the graph of
// calls, callees first: functions that call each other in a cycle each
// get every code of the cycle, and a path that only calls around the
// cycle adds no implicit 200. The packages of the standard library are
// told by where they come from, not by the shape of their path: a module
// named "orders" is an ordinary module.
//
// The routes of a router that an exported function or method builds and
// returns, and that no function of its package mounts or serves, are in
// the package's Result from the router's root, marked Unmounted with the
// function's name (not for a function in a generated file: a generated
// server has one per way of mounting it, and its routes are where the
// code calls one); so are those that an exported method nobody calls
// registers on its receiver's router through a wrapper, the receiver's
// prefix shown as the field (<s.prefix>). A route registered by a
// function of another package, or of a generated file, is registered
// where the code calls it: its findings land there, and are silenced or
// not there. The Result's Mounts name the functions of other
// packages whose routers the package mounts or serves, so that a table
// of several packages lists such routes once, where they are mounted.
//
// The routers, the sinks, the responders and the frameworks' handler
// contexts are rows of one table (internal/frameworks). The analyzer reports nothing: its
// Result is the package's routes, which `httpstatus routes` prints and the
// check per operation (package conform) compares with an OpenAPI
// document.
package routes

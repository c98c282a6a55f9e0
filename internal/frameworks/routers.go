package frameworks

import "slices"

// An Op is what a registration method does.
type Op uint8

const (
	// OpRoute registers a handler for a path and a method.
	OpRoute Op = iota
	// OpGroup returns a router for a prefix, with middleware: gin's and
	// echo's Group, chi's With, gorilla's PathPrefix and Subrouter.
	OpGroup
	// OpCallback calls a function with a router for a prefix: chi's Route
	// and Group, fiber's Route.
	OpCallback
	// OpUse adds middleware to the routes of the router that its Order
	// says.
	OpUse
	// OpMount registers another router (or any handler) under a prefix.
	OpMount
	// OpMethods restricts the route it is called on to its arguments'
	// methods: gorilla's Route.Methods.
	OpMethods
	// OpFiles serves files at its path: a route for each of the row's
	// Methods, at the path and Files under it, answering the row's
	// Codes. gin's Static, echo's Static and File, fiber's Static.
	OpFiles
)

// Where a registration's HTTP method comes from, besides a constant.
const (
	FromPattern = "pattern" // "GET /orders": net/http's and chi's Handle
	FromArg     = "arg"     // the argument MethodArg: chi's Method
	FromList    = "list"    // the elements of the slice argument MethodArg: Match
	AnyMethod   = "*"       // every method
)

// None as an argument index: the method has no such argument.
const None = -1

// LastArg as a row's handler index: the last argument.
const LastArg = -2

// A Row is one registration method.
type Row struct {
	Name string
	Op   Op
	// Method is the HTTP method of the routes registered, or FromPattern,
	// FromArg, FromList or AnyMethod.
	Method    string
	MethodArg int
	// Path is the index of the path or prefix argument, or None.
	Path int
	// Handler is the index of the handler, the callback or the mounted
	// router, LastArg, or None.
	Handler int
	// Middleware is the index of the first middleware argument, or None.
	// The middleware run before the handler: their codes count for the
	// route.
	Middleware int
	// Mount is the path a mount adds under its prefix when the mounted
	// handler is not a router whose routes are known: chi's "/*".
	Mount string
	// Order is which routes an OpUse gives its middleware to.
	Order UseOrder
	// Methods, Files and Codes are an OpFiles's: the methods it
	// registers, the path it adds under its path argument (gin's
	// "/*filepath", echo's "*") and the codes its file server answers.
	// Its Handler is the argument that names the files.
	Methods []string
	Files   string
	Codes   []int
}

// files is a row of a file server: the files named by argument 1 served
// at argument 0 and the path under it, for methods, answering what
// net/http's file serving answers (fileCodes, as http.FileServer does):
// the routers' file servers are built on it or answer alike.
func files(name, under string, methods ...string) Row {
	return Row{Name: name, Op: OpFiles, Path: 0, Handler: 1, Middleware: None, Methods: methods, Files: under, Codes: fileCodes}
}

// A UseOrder is which routes of a router its Use gives middleware to.
// The routers differ: a route table that gives every route the
// middleware of every Use lists codes that routes registered before it
// never write.
type UseOrder uint8

const (
	// UseAfter: the routes registered after it, and those of groups made
	// after it; a group takes its router's middleware when it is made.
	// gin (its Use appends to the group's handlers, which a route copies
	// when it is registered), echo's Group.Use, fiber (its stack runs in
	// the order of registration).
	UseAfter UseOrder = iota
	// UseAll: every route of the router, registered before or after it:
	// echo's Echo.Use (v4 and v5 run it after routing, for any route)
	// and gorilla/mux's (it wraps the handler of the route that
	// matches).
	UseAll
	// UseBeforeRoutes: every route of the router when nothing was
	// registered on it before; after a route, group or mount, chi's Use
	// panics and no route gets its middleware.
	UseBeforeRoutes
)

// A Router is a package's registration methods, on each of its types.
type Router struct {
	Pkg string
	// Types are the named types whose methods the rows are; "" stands for
	// the package-level functions (net/http's Handle and HandleFunc on
	// the DefaultServeMux).
	Types []string
	Rows  []Row
	// Join is how the router joins a group's prefix and a path.
	Join Join
}

// route is the common shape: a method named for its HTTP method, path
// first, handler second.
func route(name, method string) Row {
	return Row{Name: name, Op: OpRoute, Method: method, Path: 0, Handler: 1, Middleware: None}
}

// withMiddleware is route with middleware after the handler (echo).
func withMiddleware(name, method string) Row {
	r := route(name, method)
	r.Middleware = 2
	return r
}

// handlers is gin's and fiber's shape: path first, then handlers, the
// last of which is the handler and the others its middleware.
func handlers(name, method string) Row {
	return Row{Name: name, Op: OpRoute, Method: method, Path: 0, Handler: LastArg, Middleware: 1}
}

// pattern is net/http's and chi's Handle: the method, if any, is part of
// the pattern.
func pattern(name string) Row {
	return Row{Name: name, Op: OpRoute, Method: FromPattern, Path: 0, Handler: 1, Middleware: None}
}

// use adds middleware, all of its arguments, to the routes that order
// says.
func use(order UseOrder) Row {
	return Row{Name: "Use", Op: OpUse, Path: None, Handler: None, Middleware: 0, Order: order}
}

// echoRows are echo's registration methods, v4's and v5's alike, on
// *Echo or *Group, whose Use differ (order): one named for each of
// methods, then Any, Add, Match, Group and Use.
func echoRows(order UseOrder, methods ...string) []Row {
	var rows []Row
	for _, m := range methods {
		rows = append(rows, withMiddleware(m, m))
	}
	return append(rows,
		withMiddleware("Any", AnyMethod),
		Row{Name: "Add", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: 3},
		Row{Name: "Match", Op: OpRoute, Method: FromList, MethodArg: 0, Path: 1, Handler: 2, Middleware: 3},
		Row{Name: "Group", Op: OpGroup, Path: 0, Handler: None, Middleware: 1},
		use(order),
		// Static and StaticFS serve a directory under the prefix, File
		// and FileFS one file: GET only.
		files("Static", "*", "GET"),
		files("StaticFS", "*", "GET"),
		files("File", "", "GET"),
		files("FileFS", "", "GET"),
	)
}

// The methods echo names its registration methods for.
var (
	echoV4Methods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE"}
	echoV5Methods = append(slices.Clip(echoV4Methods), "QUERY")
)

// Routers are the registration methods of every router.
var Routers = []Router{
	{Pkg: NetHTTP, Types: []string{"ServeMux", ""}, Rows: []Row{
		pattern("Handle"),
		pattern("HandleFunc"),
	}},
	{Pkg: Chi, Types: []string{"Mux", "Router"}, Join: JoinChi, Rows: []Row{
		pattern("Handle"),
		pattern("HandleFunc"),
		{Name: "Method", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: None},
		{Name: "MethodFunc", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: None},
		route("Connect", "CONNECT"),
		route("Delete", "DELETE"),
		route("Get", "GET"),
		route("Head", "HEAD"),
		route("Options", "OPTIONS"),
		route("Patch", "PATCH"),
		route("Post", "POST"),
		route("Put", "PUT"),
		route("Query", "QUERY"),
		route("Trace", "TRACE"),
		use(UseBeforeRoutes),
		{Name: "With", Op: OpGroup, Path: None, Handler: None, Middleware: 0},
		{Name: "Group", Op: OpCallback, Path: None, Handler: 0, Middleware: None},
		{Name: "Route", Op: OpCallback, Path: 0, Handler: 1, Middleware: None},
		{Name: "Mount", Op: OpMount, Method: AnyMethod, Path: 0, Handler: 1, Middleware: None, Mount: "/*"},
	}},
	// gorilla/mux: HandleFunc(path, h).Methods(...), PathPrefix(p).Subrouter(),
	// Path(p).Methods(...).HandlerFunc(h). A Route is a group of one
	// route: what its chain adds applies to the handler set at its end.
	{Pkg: Gorilla, Types: []string{"Router", "Route"}, Join: JoinGorilla, Rows: []Row{
		{Name: "Handle", Op: OpRoute, Method: AnyMethod, Path: 0, Handler: 1, Middleware: None},
		{Name: "HandleFunc", Op: OpRoute, Method: AnyMethod, Path: 0, Handler: 1, Middleware: None},
		{Name: "Handler", Op: OpRoute, Method: AnyMethod, Path: None, Handler: 0, Middleware: None},
		{Name: "HandlerFunc", Op: OpRoute, Method: AnyMethod, Path: None, Handler: 0, Middleware: None},
		{Name: "Path", Op: OpGroup, Path: 0, Handler: None, Middleware: None},
		{Name: "PathPrefix", Op: OpGroup, Path: 0, Handler: None, Middleware: None},
		{Name: "Subrouter", Op: OpGroup, Path: None, Handler: None, Middleware: None},
		{Name: "Methods", Op: OpMethods, Path: None, Handler: None, Middleware: None},
		use(UseAll),
	}},
	{Pkg: Gin, Types: []string{"Engine", "RouterGroup", "IRouter", "IRoutes"}, Join: JoinGin, Rows: []Row{
		handlers("GET", "GET"),
		handlers("POST", "POST"),
		handlers("PUT", "PUT"),
		handlers("PATCH", "PATCH"),
		handlers("DELETE", "DELETE"),
		handlers("HEAD", "HEAD"),
		handlers("OPTIONS", "OPTIONS"),
		handlers("Any", AnyMethod),
		{Name: "Handle", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: LastArg, Middleware: 2},
		{Name: "Match", Op: OpRoute, Method: FromList, MethodArg: 0, Path: 1, Handler: LastArg, Middleware: 2},
		{Name: "Group", Op: OpGroup, Path: 0, Handler: None, Middleware: 1},
		use(UseAfter),
		// A directory at path/*filepath, a file at path: GET and HEAD.
		files("Static", "/*filepath", "GET", "HEAD"),
		files("StaticFS", "/*filepath", "GET", "HEAD"),
		files("StaticFile", "", "GET", "HEAD"),
		files("StaticFileFS", "", "GET", "HEAD"),
	}},
	{Pkg: Echo, Types: []string{"Echo"}, Join: JoinConcat, Rows: echoRows(UseAll, echoV4Methods...)},
	{Pkg: Echo, Types: []string{"Group"}, Join: JoinConcat, Rows: echoRows(UseAfter, echoV4Methods...)},
	// echo v5: the shapes of v4, and QUERY. AddRoute takes its method,
	// path and handler as fields of a Route value, not as arguments: it
	// is no row.
	{Pkg: EchoV5, Types: []string{"Echo"}, Join: JoinConcat, Rows: echoRows(UseAll, echoV5Methods...)},
	{Pkg: EchoV5, Types: []string{"Group"}, Join: JoinConcat, Rows: echoRows(UseAfter, echoV5Methods...)},
	// julienschmidt/httprouter: its Handle is a handler with the path's
	// parameters after the request.
	{Pkg: HTTPRouter, Types: []string{"Router"}, Rows: []Row{
		route("GET", "GET"),
		route("HEAD", "HEAD"),
		route("OPTIONS", "OPTIONS"),
		route("POST", "POST"),
		route("PUT", "PUT"),
		route("PATCH", "PATCH"),
		route("DELETE", "DELETE"),
		{Name: "Handle", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: None},
		{Name: "Handler", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: None},
		{Name: "HandlerFunc", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: None},
		// ServeFiles(path, root) serves the files of root for GET, its
		// path ending in *filepath, with net/http's file server.
		files("ServeFiles", "", "GET"),
	}},
	{Pkg: Fiber, Types: []string{"App", "Group", "Router"}, Join: JoinFiber, Rows: []Row{
		handlers("Get", "GET"),
		handlers("Head", "HEAD"),
		handlers("Post", "POST"),
		handlers("Put", "PUT"),
		handlers("Delete", "DELETE"),
		handlers("Connect", "CONNECT"),
		handlers("Options", "OPTIONS"),
		handlers("Trace", "TRACE"),
		handlers("Patch", "PATCH"),
		handlers("All", AnyMethod),
		{Name: "Add", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: LastArg, Middleware: 2},
		{Name: "Group", Op: OpGroup, Path: 0, Handler: None, Middleware: 1},
		{Name: "Route", Op: OpCallback, Path: 0, Handler: 1, Middleware: None},
		{Name: "Mount", Op: OpMount, Method: AnyMethod, Path: 0, Handler: 1, Middleware: None},
		// Use(args ...any): an optional prefix, then handlers; every
		// handler counts.
		use(UseAfter),
		// Static serves a directory at the prefix and under it: GET and
		// HEAD.
		files("Static", "/*", "GET", "HEAD"),
	}},
}

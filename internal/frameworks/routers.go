package frameworks

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
	// OpUse adds middleware to every route of the router.
	OpUse
	// OpMount registers another router (or any handler) under a prefix.
	OpMount
	// OpMethods restricts the route it is called on to its arguments'
	// methods: gorilla's Route.Methods.
	OpMethods
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
}

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

// use adds middleware, all of its arguments.
func use() Row {
	return Row{Name: "Use", Op: OpUse, Path: None, Handler: None, Middleware: 0}
}

// echoRows are echo's registration methods, v4's and v5's alike: one
// named for each of methods, then Any, Add, Match, Group and Use.
func echoRows(methods ...string) []Row {
	var rows []Row
	for _, m := range methods {
		rows = append(rows, withMiddleware(m, m))
	}
	return append(rows,
		withMiddleware("Any", AnyMethod),
		Row{Name: "Add", Op: OpRoute, Method: FromArg, MethodArg: 0, Path: 1, Handler: 2, Middleware: 3},
		Row{Name: "Match", Op: OpRoute, Method: FromList, MethodArg: 0, Path: 1, Handler: 2, Middleware: 3},
		Row{Name: "Group", Op: OpGroup, Path: 0, Handler: None, Middleware: 1},
		use(),
	)
}

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
		use(),
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
		use(),
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
		use(),
	}},
	{Pkg: Echo, Types: []string{"Echo", "Group"}, Join: JoinConcat, Rows: echoRows("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE")},
	// echo v5: the shapes of v4, and QUERY. AddRoute takes its method,
	// path and handler as fields of a Route value, not as arguments: it
	// is no row.
	{Pkg: EchoV5, Types: []string{"Echo", "Group"}, Join: JoinConcat, Rows: echoRows("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "QUERY")},
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
		// ServeFiles(path, root) serves the files of root for GET: the
		// file server's codes are not known.
		route("ServeFiles", "GET"),
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
		use(),
	}},
}

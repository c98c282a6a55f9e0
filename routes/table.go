package routes

// This file holds the routers' registration methods as data; resolve.go
// turns them into type-checker objects once per package.

// An op is what a registration method does.
type op uint8

const (
	// opRoute registers a handler for a path and a method.
	opRoute op = iota
	// opGroup returns a router for a prefix, with middleware: gin's and
	// echo's Group, chi's With, gorilla's PathPrefix and Subrouter.
	opGroup
	// opCallback calls a function with a router for a prefix: chi's Route
	// and Group, fiber's Route.
	opCallback
	// opUse adds middleware to every route of the router.
	opUse
	// opMount registers another router (or any handler) under a prefix.
	opMount
	// opMethods restricts the route it is called on to its arguments'
	// methods: gorilla's Route.Methods.
	opMethods
)

// Where a registration's HTTP method comes from, besides a constant.
const (
	fromPattern = "pattern" // "GET /orders": net/http's and chi's Handle
	fromArg     = "arg"     // the argument methodArg: chi's Method
	fromList    = "list"    // the elements of the slice argument methodArg: Match
	anyMethod   = "*"       // every method
)

// A row is one registration method.
type row struct {
	name string
	op   op
	// method is the HTTP method of the routes registered, or fromPattern
	// or fromArg.
	method    string
	methodArg int
	// path is the index of the path or prefix argument; -1 for none.
	path int
	// handler is the index of the handler, the callback or the mounted
	// router; -1 for none.
	handler int
	// mws is the index of the first middleware argument; -1 for none.
	// The middleware run before the handler: their codes count for the
	// route.
	mws int
	// mount is the path a mount adds under its prefix when the mounted
	// handler is not a router whose routes are known: chi's "/*".
	mount string
}

// A router is a package's registration methods, on each of its types.
type router struct {
	pkg string
	// types are the named types whose methods the rows are; "" stands
	// for the package-level functions (net/http's Handle and HandleFunc
	// on the DefaultServeMux).
	types []string
	rows  []row
}

const (
	netHTTP = "net/http"
	chi     = "github.com/go-chi/chi/v5"
	gorilla = "github.com/gorilla/mux"
	gin     = "github.com/gin-gonic/gin"
	echo    = "github.com/labstack/echo/v4"
	fiber   = "github.com/gofiber/fiber/v2"
)

// route is the common shape: a method named for its HTTP method, path
// first, handler second.
func route(name, method string) row {
	return row{name: name, op: opRoute, method: method, path: 0, handler: 1, mws: -1}
}

// withMiddleware is route with middleware after the handler (echo).
func withMiddleware(name, method string) row {
	r := route(name, method)
	r.mws = 2
	return r
}

// handlers is gin's and fiber's shape: path first, then handlers, the
// last of which is the handler and the others its middleware.
func handlers(name, method string) row {
	return row{name: name, op: opRoute, method: method, path: 0, handler: lastArg, mws: 1}
}

// lastArg as a row's handler index: the last argument.
const lastArg = -2

var routers = []router{
	{pkg: netHTTP, types: []string{"ServeMux", ""}, rows: []row{
		{name: "Handle", op: opRoute, method: fromPattern, path: 0, handler: 1, mws: -1},
		{name: "HandleFunc", op: opRoute, method: fromPattern, path: 0, handler: 1, mws: -1},
	}},
	{pkg: chi, types: []string{"Mux", "Router"}, rows: []row{
		{name: "Handle", op: opRoute, method: fromPattern, path: 0, handler: 1, mws: -1},
		{name: "HandleFunc", op: opRoute, method: fromPattern, path: 0, handler: 1, mws: -1},
		{name: "Method", op: opRoute, method: fromArg, methodArg: 0, path: 1, handler: 2, mws: -1},
		{name: "MethodFunc", op: opRoute, method: fromArg, methodArg: 0, path: 1, handler: 2, mws: -1},
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
		{name: "Use", op: opUse, path: -1, handler: -1, mws: 0},
		{name: "With", op: opGroup, path: -1, handler: -1, mws: 0},
		{name: "Group", op: opCallback, path: -1, handler: 0, mws: -1},
		{name: "Route", op: opCallback, path: 0, handler: 1, mws: -1},
		{name: "Mount", op: opMount, method: anyMethod, path: 0, handler: 1, mws: -1, mount: "/*"},
	}},
	// gorilla/mux: HandleFunc(path, h).Methods(...), PathPrefix(p).Subrouter(),
	// Path(p).Methods(...).HandlerFunc(h). A Route is a group of one
	// route: what its chain adds applies to the handler set at its end.
	{pkg: gorilla, types: []string{"Router", "Route"}, rows: []row{
		{name: "Handle", op: opRoute, method: anyMethod, path: 0, handler: 1, mws: -1},
		{name: "HandleFunc", op: opRoute, method: anyMethod, path: 0, handler: 1, mws: -1},
		{name: "Handler", op: opRoute, method: anyMethod, path: -1, handler: 0, mws: -1},
		{name: "HandlerFunc", op: opRoute, method: anyMethod, path: -1, handler: 0, mws: -1},
		{name: "Path", op: opGroup, path: 0, handler: -1, mws: -1},
		{name: "PathPrefix", op: opGroup, path: 0, handler: -1, mws: -1},
		{name: "Subrouter", op: opGroup, path: -1, handler: -1, mws: -1},
		{name: "Methods", op: opMethods, path: -1, handler: -1, mws: -1},
		{name: "Use", op: opUse, path: -1, handler: -1, mws: 0},
	}},
	{pkg: gin, types: []string{"Engine", "RouterGroup", "IRouter", "IRoutes"}, rows: []row{
		handlers("GET", "GET"),
		handlers("POST", "POST"),
		handlers("PUT", "PUT"),
		handlers("PATCH", "PATCH"),
		handlers("DELETE", "DELETE"),
		handlers("HEAD", "HEAD"),
		handlers("OPTIONS", "OPTIONS"),
		handlers("Any", anyMethod),
		{name: "Handle", op: opRoute, method: fromArg, methodArg: 0, path: 1, handler: lastArg, mws: 2},
		{name: "Match", op: opRoute, method: fromList, methodArg: 0, path: 1, handler: lastArg, mws: 2},
		{name: "Group", op: opGroup, path: 0, handler: -1, mws: 1},
		{name: "Use", op: opUse, path: -1, handler: -1, mws: 0},
	}},
	{pkg: echo, types: []string{"Echo", "Group"}, rows: []row{
		withMiddleware("GET", "GET"),
		withMiddleware("POST", "POST"),
		withMiddleware("PUT", "PUT"),
		withMiddleware("PATCH", "PATCH"),
		withMiddleware("DELETE", "DELETE"),
		withMiddleware("HEAD", "HEAD"),
		withMiddleware("OPTIONS", "OPTIONS"),
		withMiddleware("CONNECT", "CONNECT"),
		withMiddleware("TRACE", "TRACE"),
		withMiddleware("Any", anyMethod),
		{name: "Add", op: opRoute, method: fromArg, methodArg: 0, path: 1, handler: 2, mws: 3},
		{name: "Match", op: opRoute, method: fromList, methodArg: 0, path: 1, handler: 2, mws: 3},
		{name: "Group", op: opGroup, path: 0, handler: -1, mws: 1},
		{name: "Use", op: opUse, path: -1, handler: -1, mws: 0},
	}},
	{pkg: fiber, types: []string{"App", "Group", "Router"}, rows: []row{
		handlers("Get", "GET"),
		handlers("Head", "HEAD"),
		handlers("Post", "POST"),
		handlers("Put", "PUT"),
		handlers("Delete", "DELETE"),
		handlers("Connect", "CONNECT"),
		handlers("Options", "OPTIONS"),
		handlers("Trace", "TRACE"),
		handlers("Patch", "PATCH"),
		handlers("All", anyMethod),
		{name: "Add", op: opRoute, method: fromArg, methodArg: 0, path: 1, handler: lastArg, mws: 2},
		{name: "Group", op: opGroup, path: 0, handler: -1, mws: 1},
		{name: "Route", op: opCallback, path: 0, handler: 1, mws: -1},
		{name: "Mount", op: opMount, method: anyMethod, path: 0, handler: 1, mws: -1},
		// Use(args ...any): an optional prefix, then handlers; every
		// handler counts.
		{name: "Use", op: opUse, path: -1, handler: -1, mws: 0},
	}},
}

// A framework is a web framework whose handlers take a context rather
// than a ResponseWriter: a handler finishes with 200 when it sets no
// status, and one that returns an error the framework does not know the
// code of answers errCode.
type framework struct {
	pkg string
	ctx string // the context type: *ctx or ctx (an interface) is the handler's parameter
	// next passes the request on to the next handler (middleware).
	next string
	// bodies write a body without a status: 200.
	bodies  []string
	errCode int // 0: the handler returns no error
}

var frameworks = []framework{
	{pkg: gin, ctx: "Context", next: "Next"},
	{pkg: echo, ctx: "Context", errCode: 500},
	{pkg: fiber, ctx: "Ctx", next: "Next", errCode: 500,
		bodies: []string{"Send", "SendString", "SendStream", "SendFile", "JSON", "JSONP", "XML", "Write", "WriteString", "Render", "Format", "Download"}},
}

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
	return row{name: name, op: opRoute, method: method, path: 0, handler: -2, mws: 1}
}

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
}

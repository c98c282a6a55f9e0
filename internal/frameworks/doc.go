// Package frameworks is what httpstatus knows about the standard library's
// HTTP server and the web frameworks built on or beside it, as data: where
// a status is set (sinks), where routes are registered (routers), how a
// framework's handlers answer (contexts), and what the functions answer
// that are not followed into (responders: the standard library's own
// handlers, echo's c.Bind). Each import path is written once, here.
//
// The tables name packages, types and methods; the analyzers resolve them
// to type-checker objects once per package (internal/reach) and from then
// on compare objects, never names. Adding a framework, or a method to one,
// is adding rows; the tests resolve every row against the real modules
// pinned in testdata/frameworks, so that a method renamed upstream fails
// a test instead of going silent.
package frameworks

// The import paths of the packages the tables describe.
const (
	NetHTTP  = "net/http"
	HTTPTest = "net/http/httptest"
	Chi      = "github.com/go-chi/chi/v5"
	Render   = "github.com/go-chi/render"
	Gorilla  = "github.com/gorilla/mux"
	Gin      = "github.com/gin-gonic/gin"
	Echo     = "github.com/labstack/echo/v4"
	EchoV5   = "github.com/labstack/echo/v5"
	Fiber    = "github.com/gofiber/fiber/v2"
	Fasthttp = "github.com/valyala/fasthttp"
	// HTTPRouter is julienschmidt/httprouter: routes only, its handlers
	// write to an http.ResponseWriter.
	HTTPRouter = "github.com/julienschmidt/httprouter"
)

// SinkPackages are the packages that declare a sink, a status field or a
// client field, by path: a package that reaches none of them can set no
// status.
func SinkPackages() map[string]bool {
	want := make(map[string]bool)
	for _, s := range Sinks {
		want[s.Pkg] = true
	}
	for _, f := range ClientFields {
		want[f.Pkg] = true
	}
	for _, f := range StatusFields {
		want[f.Pkg] = true
	}
	for _, r := range Responders {
		want[r.Pkg] = true
	}
	return want
}

// RouterPackages are net/http and the packages that declare a router, a
// handler context, a status field or a responder, by path: what the route analysis
// resolves in a package.
func RouterPackages() map[string]bool {
	want := map[string]bool{NetHTTP: true}
	for _, r := range Routers {
		want[r.Pkg] = true
	}
	for _, c := range Contexts {
		want[c.Pkg] = true
	}
	for _, f := range StatusFields {
		want[f.Pkg] = true
	}
	for _, r := range Responders {
		want[r.Pkg] = true
	}
	return want
}

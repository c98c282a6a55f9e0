// Package main registers its routes through methods of servers whose
// prefix and middleware are fields, set where each server is built:
// a server built with its prefix in a struct literal keeps it for the
// routes registered through it, and a wrapper that applies the
// middleware of a field gives its routes what that middleware writes.
package main

import "net/http"

// A Server registers on its mux under its prefix, inside its middleware.
type Server struct {
	mux    *http.ServeMux
	prefix string
	mw     func(http.Handler) http.Handler
}

// New builds the server at /api, behind auth.
func New() *Server { // want New:`registers\(result:GET /api/orders, result:POST /api/orders\)`
	s := &Server{mux: http.NewServeMux(), prefix: "/api", mw: auth}
	s.routes()
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) } // want ServeHTTP:`writes\(always\)`

func (s *Server) routes() { // want routes:`registers\(recv:pattern GET <s.prefix>/orders, recv:pattern POST <s.prefix>/orders\)`
	s.handle("GET", "/orders", listOrders)
	s.handle("POST", "/orders", createOrder)
}

// handle registers h for method and path under the server's prefix,
// inside the server's middleware.
func (s *Server) handle(method, path string, h http.HandlerFunc) { // want handle:`registers\(recv:pattern <method> <s.prefix><path> handler 2\)`
	s.mux.Handle(method+" "+s.prefix+path, s.mw(h))
}

func auth(next http.Handler) http.Handler { // want auth:`writes\(401@main.go:40:18\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// A Bundle is a router library of its own: groups join their prefix to
// the bundle's.
type Bundle struct {
	mux    *http.ServeMux
	prefix string
}

func (b *Bundle) Group(prefix string) *Bundle { // want Group:`groups\(0 prefix\)`
	return &Bundle{mux: b.mux, prefix: b.prefix + prefix}
}

func (b *Bundle) HandleFunc(method, path string, h http.HandlerFunc) { // want HandleFunc:`registers\(recv:pattern <method> <b.prefix><path> handler 2\)`
	b.mux.HandleFunc(method+" "+b.prefix+path, h)
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/", New())
	root := &Bundle{mux: mux, prefix: "/v2"}
	root.HandleFunc("GET", "/status", status)
	items := root.Group("/items")
	items.HandleFunc("GET", "/{id}", getItem)
	http.ListenAndServe(":8080", mux)
}

func listOrders(w http.ResponseWriter, r *http.Request) { // want listOrders:`writes\(200@main.go:73:2 always\)`
	w.Write([]byte("[]"))
}

func createOrder(w http.ResponseWriter, r *http.Request) { // want createOrder:`writes\(201@main.go:77:16 always\)`
	w.WriteHeader(http.StatusCreated)
}

func status(w http.ResponseWriter, r *http.Request) { // want status:`writes\(204@main.go:81:16 always\)`
	w.WriteHeader(http.StatusNoContent)
}

func getItem(w http.ResponseWriter, r *http.Request) { // want getItem:`writes\(404@main.go:85:2 always\)`
	http.NotFound(w, r)
}

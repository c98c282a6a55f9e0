// Package api builds the service's router and returns it: its table
// lists the routes from the router's root, marked as unmounted, since
// nothing in the package mounts or serves it.
package api

import "net/http"

// New returns the API's router.
func New() http.Handler { // want New:`registers\(result:GET /orders/{id}, result:POST /orders\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)
	mux.HandleFunc("POST /orders", createOrder)
	return mux
}

func getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`writes\(200@api.go:21:2 404@api.go:18:34 always\)`
	if r.PathValue("id") == "0" {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	w.Write([]byte("{}"))
}

func createOrder(w http.ResponseWriter, r *http.Request) { // want createOrder:`writes\(201@api.go:25:16 always\)`
	w.WriteHeader(http.StatusCreated)
}

// A Server registers the admin and report routes.
type Server struct {
	mux    *http.ServeMux
	prefix string
}

// NewServer returns a server that registers on mux under /v1.
func NewServer(mux *http.ServeMux) *Server { return &Server{mux: mux, prefix: "/v1"} }

// Admin returns the admin router: a method, listed as New is.
func (s *Server) Admin() http.Handler { // want Admin:`registers\(result:GET /admin/users\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /admin/users", listUsers)
	return mux
}

// Reports registers the reports on the server's router, under its
// prefix, which is known where the server is built.
func (s *Server) Reports() { // want Reports:`registers\(recv:pattern GET <s.prefix>/reports\)`
	s.handle("GET", "/reports", listReports)
}

func (s *Server) handle(method, path string, h http.HandlerFunc) { // want handle:`registers\(recv:pattern <method> <s.prefix><path> handler 2\)`
	s.mux.HandleFunc(method+" "+s.prefix+path, h)
}

func listUsers(w http.ResponseWriter, r *http.Request) { // want listUsers:`writes\(202@api.go:55:16 always\)`
	w.WriteHeader(http.StatusAccepted)
}

func listReports(w http.ResponseWriter, r *http.Request) { // want listReports:`writes\(203@api.go:59:16 always\)`
	w.WriteHeader(http.StatusNonAuthoritativeInfo)
}

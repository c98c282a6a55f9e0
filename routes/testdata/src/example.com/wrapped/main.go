// Package main registers its routes through wrappers of its own, a
// method that adds a middleware to every route, and through a small
// router library over ServeMux in another package (bundle): each call
// of a wrapper registers the route of the pattern and handler it is
// given there.
package main

import (
	"net/http"

	"example.com/wrapped/bundle"
)

type Server struct {
	mux *http.ServeMux
}

// route registers h, logged, for pattern on the server's mux.
func (s *Server) route(pattern string, h http.HandlerFunc) { // want route:`registers\(recv:pattern <pattern> handler 1\)`
	s.mux.HandleFunc(pattern, logged(h))
}

// get registers a GET route through route: a wrapper of a wrapper.
func (s *Server) get(path string, h http.HandlerFunc) { // want get:`registers\(recv:pattern GET <path> handler 1\)`
	s.route("GET "+path, h)
}

func logged(next http.HandlerFunc) http.HandlerFunc { // want logged:`writes\(400@main.go:31:18\)`
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Request-Id") == "" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		next(w, r)
	}
}

func (s *Server) routes() {
	s.route("GET /orders/{id}", s.getOrder)
	s.route("DELETE /orders/{id}", s.deleteOrder)
	s.get("/healthz", health)
}

// handle registers on the DefaultServeMux: its routes are its caller's.
func handle(pattern string, h http.Handler) { // want handle:`registers\(own:pattern <pattern> handler 1\)`
	http.Handle(pattern, h)
}

func main() {
	s := &Server{mux: http.NewServeMux()}
	s.routes()
	handle("GET /metrics", http.NotFoundHandler())

	b := bundle.New(s.mux)
	api := b.Group("/api")
	api.HandleFunc("GET", "/items", listItems)
	v1 := api.Group("/v1")
	v1.HandleFunc("POST", "/items", createItem)
	b.Mount("/files", http.FileServer(http.Dir("files")))
	http.ListenAndServe(":8080", s.mux)
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`writes\(200@main.go:68:2 404@main.go:65:3 always\)`
	if r.PathValue("id") == "0" {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte("order"))
}

func (s *Server) deleteOrder(w http.ResponseWriter, r *http.Request) { // want deleteOrder:`writes\(204@main.go:72:16 always\)`
	w.WriteHeader(http.StatusNoContent)
}

func health(w http.ResponseWriter, r *http.Request) { // want health:`writes\(200@main.go:76:1\)`
}

func listItems(w http.ResponseWriter, r *http.Request) { // want listItems:`writes\(200@main.go:79:2 always\)`
	w.Write([]byte("[]"))
}

func createItem(w http.ResponseWriter, r *http.Request) { // want createItem:`writes\(201@main.go:83:16 always\)`
	w.WriteHeader(http.StatusCreated)
}

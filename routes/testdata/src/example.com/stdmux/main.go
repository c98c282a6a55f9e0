// Package main registers routes on net/http's ServeMux through every
// handler shape.
package main

import (
	"fmt"
	"net/http"
	"strconv"

	"example.com/stdmux/api"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)                     // a function
	mux.HandleFunc("DELETE /orders/{id}", new(store).delete)         // a method value
	mux.Handle("POST /orders", http.HandlerFunc(createOrder))        // http.HandlerFunc(f)
	mux.Handle("GET /health", health{})                              // a type with ServeHTTP
	mux.Handle("GET /admin/", auth(http.HandlerFunc(admin)))         // middleware
	mux.HandleFunc("GET api.example.com/files/{path...}", serveFile) // a host, {x...}
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "home") // a body without a status
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot) // set on every path: no 200
	})
	mux.HandleFunc("GET /echo", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.FormValue("code"))
		w.WriteHeader(code) // not known statically
	})
	prefix := r()
	mux.HandleFunc("GET "+prefix+"/x", getOrder)                         // a path that is not a constant
	mux.Handle("GET /logged", logged(false, http.HandlerFunc(getOrder))) // middleware that may return next
	api.Register(mux)
	http.HandleFunc("/default", getOrder) // the DefaultServeMux
	http.ListenAndServe(":8080", mux)
}

func r() string { return "/v2" }

func getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`writes\(200@main.go:46:2 400@main.go:43:27 always\)`
	if _, err := strconv.Atoi(r.PathValue("id")); err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	w.Write([]byte("order"))
}

type store struct{}

func (s *store) delete(w http.ResponseWriter, r *http.Request) { // want delete:`writes\(204@main.go:52:16 always\)`
	w.WriteHeader(http.StatusNoContent)
}

func createOrder(w http.ResponseWriter, r *http.Request) { // want createOrder:`writes\(201@main.go:60:16 422@main.go:57:17 always\)`
	if r.ContentLength == 0 {
		w.WriteHeader(http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

type health struct{}

func (health) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`writes\(200@main.go:66:1\)`
}

// auth answers 401 or passes the request on: no implicit 200 of its own.
func auth(next http.Handler) http.Handler { // want auth:`writes\(401@main.go:72:34\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func admin(w http.ResponseWriter, r *http.Request) { // want admin:`writes\(403@main.go:80:16 always\)`
	w.WriteHeader(http.StatusForbidden)
}

func serveFile(w http.ResponseWriter, r *http.Request) { // want serveFile:`writes\(404@main.go:84:16 always\)`
	w.WriteHeader(http.StatusNotFound)
}

// logged passes next on unchanged when logging is off: no codes of its own.
func logged(on bool, next http.Handler) http.Handler {
	if !on {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

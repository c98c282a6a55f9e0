package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

// gorillaStatus is a handler that writes code.
func gorillaStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

// gorillaRouter: a subrouter's prefix without its trailing slash, then
// the path.
func gorillaRouter() http.Handler { // want gorillaRouter:`writes\(200@gorilla\.go:18:34 201@gorilla\.go:20:41\)` gorillaRouter:`registers\(result:GET /, result:GET /api/users\)`
	r := mux.NewRouter()
	r.HandleFunc("/", gorillaStatus(http.StatusOK)).Methods(http.MethodGet)
	api := r.PathPrefix("/api/").Subrouter()
	api.HandleFunc("/users", gorillaStatus(http.StatusCreated)).Methods(http.MethodGet)
	return r
}

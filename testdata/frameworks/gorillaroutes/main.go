// Package main builds a gorilla/mux router with a subrouter, middleware
// and routes registered by another package under its prefix.
package main

import (
	"net/http"

	"github.com/gorilla/mux"

	"example.com/frameworks/gorillaroutes/users"
)

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/", home).Methods("GET")
	api := r.PathPrefix("/api").Subrouter()
	api.Use(auth)
	users.Register(api)
	r.PathPrefix("/static/").Handler(static{})
	http.ListenAndServe(":8080", r)
}

func home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/api/users", http.StatusFound)
}

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type static struct{}

func (static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
}

// Package main builds a chi router: groups, subrouters, middleware and
// routes registered by another package under a prefix.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/chiroutes/orders"
)

func main() {
	r := chi.NewRouter()
	r.Use(requestID)
	r.Get("/", home)
	r.Route("/api", func(api chi.Router) {
		api.Use(auth)
		orders.Register(api)
		api.Method(http.MethodPut, "/items/{id}", http.HandlerFunc(putItem))
		api.Group(func(g chi.Router) {
			g.Post("/items", items{}.ServeHTTP)
		})
	})
	r.Mount("/reports", orders.Reports())
	r.Mount("/static", http.FileServer(http.Dir("."))) // not followed into net/http: unknown
	r.Handle("PATCH /legacy", legacy{})
	http.ListenAndServe(":8080", r)
}

// requestID passes every request on.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", "1")
		next.ServeHTTP(w, r)
	})
}

func auth(next http.Handler) http.Handler { // want auth:`writes\(401@main.go:42:18\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func home(w http.ResponseWriter, r *http.Request) { // want home:`writes\(200@main.go:50:2 always\)`
	w.Write([]byte("home"))
}

func putItem(w http.ResponseWriter, r *http.Request) { // want putItem:`writes\(200@main.go:58:16 400@main.go:55:17 always\)`
	if r.ContentLength == 0 {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

type items struct{}

func (items) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`writes\(201@main.go:64:16 always\)`
	w.WriteHeader(http.StatusCreated)
}

type legacy struct{}

func (legacy) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`writes\(410@main.go:70:24 always\)`
	http.Error(w, "gone", http.StatusGone)
}

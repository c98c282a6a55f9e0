package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func chiStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

// chiDeny answers every request itself.
func chiDeny(next http.Handler) http.Handler { // want chiDeny:`writes\(403@chi\.go:16:17\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	})
}

// chiRouter: a Use before any route gives its middleware to every route,
// those of a router mounted later too; a Use after a route panics, and no
// route gets its middleware.
func chiRouter() http.Handler { // want chiRouter:`writes\(200@chi\.go:26:24 201@chi\.go:28:24\)` chiRouter:`registers\(result:GET /a, result:GET /b, use result:403@chi\.go:16:17\)`
	r := chi.NewRouter()
	r.Use(chiDeny)
	r.Get("/a", chiStatus(http.StatusOK))
	r.Route("/b", func(r chi.Router) {
		r.Get("/", chiStatus(http.StatusCreated))
		mustPanic(func() { r.Use(chiTeapot) })
	})
	return r
}

func chiTeapot(next http.Handler) http.Handler { // want chiTeapot:`writes\(418@chi\.go:36:17\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	})
}

// mustPanic calls f, which panics.
func mustPanic(f func()) {
	defer func() {
		if recover() == nil {
			panic("no panic")
		}
	}()
	f()
}

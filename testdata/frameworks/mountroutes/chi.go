package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func chiStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

func chiDeny(next http.Handler) http.Handler { // want chiDeny:`writes\(403@chi\.go:15:17\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	})
}

// chiMount's Use, before any route of the router, reaches every route
// of it: those its caller registers after the call too.
func chiMount(r chi.Router) { // want chiMount:`registers\(0:GET /in, use 0:403@chi\.go:15:17\)`
	r.Use(chiDeny)
	r.Get("/in", chiStatus(http.StatusOK))
}

func chiRouter() http.Handler { // want chiRouter:`registers\(result:GET /in, result:GET /out, use result:403@chi\.go:15:17\)` chiRouter:`writes\(201@chi\.go:29:26\)`
	r := chi.NewRouter()
	chiMount(r)
	r.Get("/out", chiStatus(http.StatusCreated))
	return r
}

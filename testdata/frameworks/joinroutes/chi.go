package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// chiStatus is a handler that writes code.
func chiStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

// chiRouter: "/" under Route and Mount is the prefix itself.
func chiRouter() http.Handler { // want chiRouter:`registers\(result:GET /, result:GET /orders, result:GET /orders/\{id\}, result:GET /v1/customers, result:GET /reports, result:GET /files/\)` chiRouter:`writes\(200@chi\.go:17:23 201@chi\.go:19:24 202@chi\.go:20:28 203@chi\.go:24:25 204@chi\.go:28:29 205@chi\.go:31:27\)`
	r := chi.NewRouter()
	r.Get("/", chiStatus(http.StatusOK))
	r.Route("/orders", func(r chi.Router) {
		r.Get("/", chiStatus(http.StatusCreated))
		r.Get("/{id}", chiStatus(http.StatusAccepted))
	})
	r.Route("/v1", func(r chi.Router) {
		r.Route("/customers", func(r chi.Router) {
			r.Get("/", chiStatus(http.StatusNonAuthoritativeInfo))
		})
	})
	reports := chi.NewRouter()
	reports.Get("/", chiStatus(http.StatusNoContent))
	r.Mount("/reports", reports)
	files := chi.NewRouter()
	files.Get("/", chiStatus(http.StatusResetContent))
	r.Mount("/files/", files)
	return r
}

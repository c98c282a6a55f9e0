package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// stdMux serves a chi router under /api and a ServeMux under /v2, each
// with the prefix stripped: their routes are under it.
func stdMux() http.Handler { // want stdMux:`writes\(200@std\.go:13:28 201@std\.go:14:29 202@std\.go:26:41 204@std\.go:19:39\)` stdMux:`registers\(result:GET /api/orders, result:POST /api/orders, result:GET /v2/items/\{id\}, result:GET /health\)`
	api := chi.NewRouter()
	api.Get("/orders", status(http.StatusOK))
	api.Post("/orders", status(http.StatusCreated))

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", api))
	mux.Handle("/v2/", http.StripPrefix("/v2", items()))
	mux.HandleFunc("GET /health", status(http.StatusNoContent))
	return mux
}

// items builds the ServeMux that stdMux serves under /v2.
func items() *http.ServeMux { // want items:`writes\(202@std\.go:26:41\)` items:`registers\(result:GET /items/\{id\}\)`
	m := http.NewServeMux()
	m.HandleFunc("GET /items/{id}", status(http.StatusAccepted))
	return m
}

// Package main serves a chi router behind a middleware of chi's own
// module, middleware.AllowContentType, which answers 415 to a request
// body of another type. The 415 is written in the module cache: the
// outputs name it by module and version, the same on every machine.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.AllowContentType("application/json"))
	r.Post("/orders", createOrder)  // 415 documented: silent
	r.Put("/orders/{id}", putOrder) // want `PUT /orders/\{id\}: status 415 \(written at github.com/go-chi/chi/v5@v5.5.0/middleware/content_type.go:42\) is not documented for this operation in openapi.yaml \(documented: 200\)$`
	http.ListenAndServe(":8080", r)
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func putOrder(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

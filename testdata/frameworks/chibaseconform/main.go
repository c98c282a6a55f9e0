// Package main serves a chi router from the root, while openapi.yaml,
// which .httpstatus.yaml names, gives the path of a public gateway in
// front of it (https://gateway.example.com/public/api). The catalog's
// `base: /` says where the code mounts the document's paths: GET /orders
// serves the operation /orders. Out of step with the document in each
// way.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.Get("/orders", orders)              // 200 documented: silent
	r.Get("/orders/{id}", order)          // 200 and 404 documented: silent
	r.Delete("/orders/{id}", deleteOrder) // want `DELETE /orders/\{orderID\}: status 404 \(written at main.go:40\) is not documented for this operation in openapi.yaml \(documented: 204\)$`
	r.Post("/orders/{id}/cancel", stop)   // want `route POST /orders/\{id\}/cancel is not documented in openapi.yaml$`
	http.ListenAndServe(":8080", r)
}

func orders(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("[]"))
}

func order(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.Write([]byte("{}"))
}

// deleteOrder answers 404 for an unknown order, which the document
// lists for GET and not for DELETE.
func deleteOrder(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func stop(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// Package orders registers a route on the mux its caller passes.
package orders

import "net/http"

// Register registers the items route on mux.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/orders/{id}/items", items)
}

func items(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

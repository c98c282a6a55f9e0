// Package api is the orders service's API, in a module whose path has no
// dot: its routes are the module's, not the standard library's.
package api

import "net/http"

// New returns the service's handler.
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)
	return mux
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot)
}

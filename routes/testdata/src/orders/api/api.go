// Package api registers its routes in a package whose path has no dot:
// the standard library is told by where a package comes from, not by
// the shape of its path.
package api

import "net/http"

func New() http.Handler { // want New:`registers\(result:GET /orders/\{id\}\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)
	return mux
}

func getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`writes\(418@api.go:15:16 always\)`
	w.WriteHeader(http.StatusTeapot)
}

// Package api builds the service's router and returns it: its table
// lists the routes from the router's root, marked as unmounted, since
// nothing in the package mounts or serves it.
package api

import "net/http"

// New returns the API's router.
func New() http.Handler { // want New:`registers\(result:GET /orders/{id}, result:POST /orders\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)
	mux.HandleFunc("POST /orders", createOrder)
	return mux
}

func getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`writes\(200@api.go:21:2 404@api.go:18:34 always\)`
	if r.PathValue("id") == "0" {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	w.Write([]byte("{}"))
}

func createOrder(w http.ResponseWriter, r *http.Request) { // want createOrder:`writes\(201@api.go:25:16 always\)`
	w.WriteHeader(http.StatusCreated)
}

// Package main registers routes that are out of step with openapi.yaml
// in each way, on net/http's ServeMux.
package main

import (
	"net/http"

	"example.com/stdconform/orders"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/orders/{id}", getOrder)       // want `GET /orders/\{orderID\}: status 409 \(written at main.go:31\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)`
	mux.HandleFunc("DELETE /v1/orders/{id}", deleteOrder) // default documents 4xx and 5xx: silent
	mux.HandleFunc("GET /v1/health", health)              // want `GET /health: status 200 \(written at main.go:46\) is not documented for this operation in openapi.yaml \(documented: 201\)`
	mux.HandleFunc("POST /v1/orders/{id}/cancel", cancel) // want `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml`
	mux.HandleFunc("GET /v1/accepted", accepted)          // want `route GET /v1/accepted is not documented in openapi.yaml`
	orders.Register(mux)                                  // want `route GET /v1/orders/\{id\}/items is not documented in openapi.yaml; the route is registered at orders/orders.go:8`
	prefix := version()
	mux.HandleFunc("GET "+prefix+"/orders/{id}", getOrder) // a path that is not a constant: not checked
	http.ListenAndServe(":8080", mux)
}

func version() string { return "/v1" }

func getOrder(w http.ResponseWriter, r *http.Request) {
	switch r.PathValue("id") {
	case "":
		w.WriteHeader(http.StatusNotFound)
	case "locked":
		w.WriteHeader(http.StatusConflict)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func deleteOrder(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func health(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
}

func cancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func accepted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted) // want `status 202 \(StatusAccepted\) is not documented in catalog "openapi"`
}

// Package main serves a gorilla/mux router out of step with
// openapi.yaml, which .httpstatus.yaml names, in each way. The
// document's first server is https://api.example.com/v1: the routes of
// the /v1 subrouter are its operations. A GET route serves HEAD too,
// unless a HEAD route of its own does.
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	api := r.PathPrefix("/v1").Subrouter()
	api.HandleFunc("/orders", createOrder).Methods(http.MethodPost)               // 201 and 409 documented: silent
	api.HandleFunc("/orders/{id:[0-9]+}", getOrder).Methods(http.MethodGet)       // want `GET /orders/\{orderID\}: status 409 \(written at main.go:41\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)$` `HEAD /orders/\{orderID\}: status 409 \(written at main.go:41\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)$`
	api.HandleFunc("/orders/{id:[0-9]+}", deleteOrder).Methods(http.MethodDelete) // default documents the errors: silent
	api.HandleFunc("/health", health).Methods(http.MethodGet)                     // want `GET /health: status 200 \(written at main.go:61\) is not documented for this operation in openapi.yaml \(documented: 201\)$`
	api.HandleFunc("/reports/daily", daily).Methods(http.MethodGet)               // 410 is documented and never written: httpstatus routes shows it, the analyzer does not
	api.HandleFunc("/reports/daily", dailyHead).Methods(http.MethodHead)          // HEAD has a route of its own: daily's 404 is not checked against it
	api.Path("/orders/{id}/cancel").Methods(http.MethodPost).HandlerFunc(cancel)  // want `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml$`
	r.HandleFunc("/v2/orders", createOrder).Methods(http.MethodPost)              // want `route POST /v2/orders is not documented in openapi.yaml$`
	http.ListenAndServe(":8080", r)
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Idempotency-Key") == "used" {
		w.WriteHeader(http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	switch mux.Vars(r)["id"] {
	case "0":
		w.WriteHeader(http.StatusNotFound)
	case "1":
		w.WriteHeader(http.StatusConflict) // documented for POST /orders only
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func deleteOrder(w http.ResponseWriter, r *http.Request) {
	switch mux.Vars(r)["id"] {
	case "0":
		w.WriteHeader(http.StatusNotFound)
	case "1":
		w.WriteHeader(http.StatusInternalServerError)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// health writes a body without a status: an implicit 200, where the
// document has only 201.
func health(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
}

func daily(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("day") == "" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func dailyHead(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func cancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

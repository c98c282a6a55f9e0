// Package main serves a chi router out of step with openapi.yaml, which
// .httpstatus.yaml names, in each way. The document's server is
// https://api.example.com/v1: the routes under the /v1 group are its
// operations.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/chiconform/chiorders"
)

func main() {
	r := chi.NewRouter()
	r.Route("/v1", func(api chi.Router) {
		api.Post("/orders", createOrder) // 201 and 409 documented: silent
		chiorders.RegisterOrders(api)    // want `GET /orders/\{orderID\}: status 409 \(written at orders.go:25\) is not documented for this operation in openapi.yaml \(documented: 200, 404\); the route is registered at chiorders/orders.go:15$` `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml; the route is registered at chiorders/orders.go:17$`
		api.Get("/health", health)       // want `GET /health: status 200 \(written at main.go:44\) is not documented for this operation in openapi.yaml \(documented: 201\)$`
		api.Route("/customers", func(r chi.Router) {
			r.Get("/", customers) // chi serves /v1/customers with the subrouter's "/": GET /customers, silent
		})
		api.MethodFunc(patch(), "/orders/{id}", patchOrder) // a method that is not a constant: not checked
		api.Get("/reports/daily", daily)                    // 410 is documented and never written: httpstatus routes shows it, the analyzer does not
	})
	// A router another package returns: its routes' findings are here.
	r.Mount("/v1/admin", chiorders.Admin()) // want `route POST /v1/admin/reindex is not documented in openapi.yaml; the route is registered at chiorders/orders.go:50$`
	r.Get("/metrics", metrics)              // want `route GET /metrics is not documented in openapi.yaml$`
	http.ListenAndServe(":8080", r)
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Idempotency-Key") == "used" {
		w.WriteHeader(http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// health writes a body without a status: an implicit 200, where the
// document has only 201.
func health(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
}

func daily(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func customers(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// patch is the method of patchOrder's route, known only when it runs.
func patch() string { return http.MethodPatch }

func patchOrder(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func metrics(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

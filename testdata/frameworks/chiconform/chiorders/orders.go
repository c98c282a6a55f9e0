// Package chiorders registers the order routes on the router its caller
// passes. Only the caller knows the prefix, so the findings of these
// routes are reported at the call, naming the registrations here.
package chiorders

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// RegisterOrders adds the order routes under the router's prefix. The
// document names the parameter orderID: names do not matter.
func RegisterOrders(r chi.Router) {
	r.Get("/orders/{id}", getOrder)
	r.Delete("/orders/{id:[0-9]+}", deleteOrder) // default documents the errors: silent
	r.Post("/orders/{id}/cancel", cancel)
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	switch chi.URLParam(r, "id") {
	case "":
		w.WriteHeader(http.StatusNotFound)
	case "locked":
		w.WriteHeader(http.StatusConflict) // documented for POST /orders only
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func deleteOrder(w http.ResponseWriter, r *http.Request) {
	switch chi.URLParam(r, "id") {
	case "":
		w.WriteHeader(http.StatusNotFound)
	case "busy":
		w.WriteHeader(http.StatusInternalServerError)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

func cancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// Admin returns a router of its own, which the caller mounts: its
// routes' paths are known only there.
func Admin() http.Handler {
	r := chi.NewRouter()
	r.Post("/reindex", reindex)
	return r
}

func reindex(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

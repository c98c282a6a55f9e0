// Package api builds the service's router and returns it; the main that
// serves it is not among the packages analyzed. httpstatus routes lists
// its routes from the router's root, marked as unmounted, and -check
// checks them: POST /orders writes 400, which its operation does not
// document.
package api

import "net/http"

// New returns the API's router.
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", getOrder)
	mux.HandleFunc("POST /orders", createOrder)
	return mux
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "0" {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	w.Write([]byte("{}"))
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty order", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Command differ registers a route for every method that serves two
// operations of openapi.yaml, and leaves one operation unserved.
package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	mux.Handle("/items/{id}", http.HandlerFunc(item))
	http.ListenAndServe(":8081", mux)
}

func item(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodDelete {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.WriteHeader(http.StatusOK)
}

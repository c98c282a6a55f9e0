// Package catalogapi serves the shop's items; its routes are checked
// against api.yaml, which .httpstatus.yaml names. The test copies this
// directory into the fixture module (a directory starting with _ is
// not a package of ./...).
package catalogapi

import "net/http"

// Serve serves the item routes under /api.
func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/items", list)
	mux.HandleFunc("POST /api/items", add)
	mux.HandleFunc("DELETE /api/items/{id}", remove)
	return http.ListenAndServe(addr, mux)
}

func list(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("page") {
		http.Error(w, "pages are not supported", http.StatusBadRequest)
		return
	}
	w.Write([]byte("[]"))
}

func add(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func remove(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

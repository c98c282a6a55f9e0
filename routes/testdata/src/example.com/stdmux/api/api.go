// Package api registers its routes on a mux it is given.
package api

import (
	"encoding/json"
	"net/http"
)

func Register(mux *http.ServeMux) { // want Register:`registers\(0:GET /items/\{id\}, 0:POST /items\)`
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
}

func getItem(w http.ResponseWriter, r *http.Request) { // want getItem:`writes\(200@api.go:22:6 404@api.go:28:29 always\)`
	if r.PathValue("id") == "" {
		NotFound(w)
		return
	}
	// A body without a status: 200.
	_ = json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id")})
}

// NotFound sets a status on every path: a handler that calls it does not
// finish with an implicit 200 after it.
func NotFound(w http.ResponseWriter) { // want NotFound:`writes\(404@api.go:28:29 always\)`
	http.Error(w, "not found", http.StatusNotFound)
}

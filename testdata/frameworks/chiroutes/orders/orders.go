// Package orders registers its routes on a chi router it is given, and
// makes a router of its own for Mount.
package orders

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Register adds the order routes under the router's prefix.
func Register(r chi.Router) { // want Register:`registers\(0:GET /orders/\{id:\[0-9\]\+\}, 0:DELETE /orders/\{id\}\)`
	r.Get("/orders/{id:[0-9]+}", get)
	r.With(admin).Delete("/orders/{id}", remove)
}

// Reports returns a router of its own, to be mounted.
func Reports() http.Handler { // want Reports:`registers\(result:GET /daily\)` Reports:`writes\(200@orders.go:21:3\)`
	r := chi.NewRouter()
	r.Get("/daily", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("report"))
	})
	return r
}

func get(w http.ResponseWriter, r *http.Request) { // want get:`writes\(200@orders.go:27:2 always\)`
	w.Write([]byte("order"))
}

func remove(w http.ResponseWriter, r *http.Request) { // want remove:`writes\(204@orders.go:31:16 always\)`
	w.WriteHeader(http.StatusNoContent)
}

func admin(next http.Handler) http.Handler { // want admin:`writes\(403@orders.go:37:31\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Admin") == "" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

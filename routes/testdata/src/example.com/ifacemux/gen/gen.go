// Package gen registers its routes on routers it takes as interfaces of
// its own, as generated servers do: Mux declares net/http's
// ServeMux.HandleFunc, so a *http.ServeMux is what is passed in.
package gen

import "net/http"

// Mux is the one registration method of net/http's ServeMux.
type Mux interface {
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
}

// Register registers on the Mux it is passed.
func Register(m Mux) { // want Register:`registers\(0:GET /pets, 0:DELETE /pets/\{id\}\)`
	m.HandleFunc("GET /pets", pets)
	m.HandleFunc("DELETE /pets/{id}", deletePet)
}

// Adder has a method named as ServeMux's, of another signature: it is
// no router, and its calls register nothing.
type Adder interface {
	HandleFunc(pattern string, handler http.Handler)
}

// NotRegister calls Adder's HandleFunc.
func NotRegister(a Adder) {
	a.HandleFunc("GET /nothing", http.HandlerFunc(pets))
}

func pets(w http.ResponseWriter, r *http.Request) { // want pets:`writes\(200@gen.go:31:16 always\)`
	w.WriteHeader(http.StatusOK)
}

func deletePet(w http.ResponseWriter, r *http.Request) { // want deletePet:`writes\(204@gen.go:35:16 always\)`
	w.WriteHeader(http.StatusNoContent)
}

// Routes builds a router that no package analyzed mounts: listed as
// unmounted.
func Routes() http.Handler { // want Routes:`registers\(result:GET /own\)`
	m := http.NewServeMux()
	m.HandleFunc("GET /own", pets)
	return m
}

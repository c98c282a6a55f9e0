package dispatch

import (
	"net/http"

	"example.com/dispatch/api"
)

// ping and pong pass the implementation to each other: each carries the
// call through the interface once.
func ping(si api.ServerInterface, w http.ResponseWriter, r *http.Request, n int) { // want ping:`writes\(200@cycle.go:16:1 via 0.FindPets@cycle.go:19:13\)`
	if n > 0 {
		pong(si, w, r, n-1)
		return
	}
}

func pong(si api.ServerInterface, w http.ResponseWriter, r *http.Request, n int) { // want pong:`writes\(200@cycle.go:16:1 via 0.FindPets@cycle.go:19:13 always\)`
	si.FindPets(w, r)
	ping(si, w, r, n)
}

// A chain reaches its implementation through ever more fields: past a
// few the codes are not known, and the summary stays finite.
type chain struct {
	next *chain
	h    api.ServerInterface
}

func (c *chain) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`writes\(unknown@cycle.go:34:14 via recv.h.FindPets@cycle.go:34:14 via recv.next.h.FindPets@cycle.go:34:14 via recv.next.next.h.FindPets@cycle.go:34:14 via recv.next.next.next.h.FindPets@cycle.go:34:14 always\)`
	if c.next != nil {
		c.next.ServeHTTP(w, r)
	}
	c.h.FindPets(w, r)
}

func Cycles() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) {
		ping(&PetStore{}, w, r, 3)
	})
	mux.Handle("GET /chain", &chain{h: &PetStore{}})
	http.ListenAndServe(":8084", mux)
}

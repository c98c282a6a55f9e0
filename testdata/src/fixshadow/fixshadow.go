// Package fixshadow shadows the name http where the literal stands: the
// finding comes without a fix, since no spelling would compile there.
package fixshadow

import "net/http"

type client struct{}

type server struct{ w http.ResponseWriter }

func handler(w http.ResponseWriter) {
	http := client{}
	_ = http
	w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
}

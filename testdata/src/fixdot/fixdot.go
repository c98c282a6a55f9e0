// Package fixdot dot-imports net/http.
package fixdot

import . "net/http"

func handler(w ResponseWriter) {
	w.WriteHeader(404) // want `use StatusNotFound instead of 404`
}

// Package fixalias imports net/http under another name.
package fixalias

import nethttp "net/http"

func handler(w nethttp.ResponseWriter) {
	w.WriteHeader(404) // want `use nethttp.StatusNotFound instead of 404`
}

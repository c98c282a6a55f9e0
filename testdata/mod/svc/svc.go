// Package svc sets statuses directly and through wrap.
package svc

import (
	"net/http"

	"example.com/mod/wrap"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	wrap.Status(w, 418)
	w.WriteHeader(42)
}

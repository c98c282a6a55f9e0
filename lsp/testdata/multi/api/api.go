// Package api calls the wrappers of package wrap.
package api

import (
	"net/http"

	"example.com/multi/codes"
	"example.com/multi/wrap"
)

// Gone answers that the item is gone.
func Gone(w http.ResponseWriter) {
	wrap.Reply(w, "gone", 410)
}

// Missing answers Not Found.
func Missing(w http.ResponseWriter) {
	w.WriteHeader(404)
}

// Absent answers with the status that package codes names.
func Absent(w http.ResponseWriter) {
	w.WriteHeader(codes.Missing)
}

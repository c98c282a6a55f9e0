// Package other does not import wrap.
package other

import "net/http"

// Created answers Created.
func Created(w http.ResponseWriter) {
	w.WriteHeader(201)
}

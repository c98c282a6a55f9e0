// Package cgo uses cgo: positions in the cgo-generated files must map
// back to this file.
package cgo

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import "net/http"

func Handler(w http.ResponseWriter) {
	w.WriteHeader(int(C.twice(202)))
	w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
}

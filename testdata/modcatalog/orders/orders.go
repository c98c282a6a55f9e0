// Package orders sets codes that the module's OpenAPI document declares,
// and some it does not.
package orders

import "net/http"

func Create(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)             // declared in openapi.yaml
	w.WriteHeader(http.StatusTeapot)              // in the 4XX range
	w.WriteHeader(http.StatusServiceUnavailable)  // documented in .httpstatus.yaml
	w.WriteHeader(http.StatusNoContent)           // not declared
	w.WriteHeader(http.StatusInternalServerError) // in the 5XX range: POST's default
}

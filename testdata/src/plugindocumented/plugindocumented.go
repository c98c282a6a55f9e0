// Package plugindocumented is the fixture of the golangci-lint plugin with
// the setting documented: "200,4XX".
package plugindocumented

import "net/http"

func Handle(w http.ResponseWriter) {
	w.WriteHeader(404)               // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(http.StatusTeapot) // in 4XX
	w.WriteHeader(201)               // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented in catalog "documented"`
	w.WriteHeader(42)                // want `invalid HTTP status code 42`
}

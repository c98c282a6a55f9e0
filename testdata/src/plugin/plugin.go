// Package plugin is the fixture of the golangci-lint plugin with its
// default settings.
package plugin

import "net/http"

func Handle(w http.ResponseWriter) {
	w.WriteHeader(404)               // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(http.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	w.WriteHeader(201)               // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented in catalog "default"`
	w.WriteHeader(42)                // want `invalid HTTP status code 42`
}

// Package pluginnoliteral is the fixture of the golangci-lint plugin with
// the setting literal: false.
package pluginnoliteral

import "net/http"

func Handle(w http.ResponseWriter) {
	w.WriteHeader(404)
	w.WriteHeader(http.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	w.WriteHeader(201)               // want `status 201 \(StatusCreated\) is not documented in catalog "default"`
	w.WriteHeader(42)                // want `invalid HTTP status code 42`
}

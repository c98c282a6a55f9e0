// Package plugincatalog is the fixture of the golangci-lint plugin with
// the setting catalog: shop.yaml, relative to the working directory.
package plugincatalog

import "net/http"

func Handle(w http.ResponseWriter) {
	w.WriteHeader(404)               // want `use http.StatusNotFound instead of 404` `status 404 \(StatusNotFound\) is not documented in catalog "shop"`
	w.WriteHeader(http.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented in catalog "shop"`
	w.WriteHeader(201)               // want `use http.StatusCreated instead of 201`
	w.WriteHeader(42)                // want `invalid HTTP status code 42`
}

// Package server is the fixture of the golangci-lint end-to-end test: each
// kind of finding, suppressed lines, and a wrapper used from another package.
package server

import "net/http"

// Writer is what Respond writes to; package api names it without
// importing net/http.
type Writer = http.ResponseWriter

func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/missing":
		w.WriteHeader(404)
	case "/teapot":
		w.WriteHeader(http.StatusTeapot)
	case "/created":
		http.Error(w, "created", 201)
	case "/odd":
		w.WriteHeader(42)
	case "/quiet":
		w.WriteHeader(404)  //nolint:httpstatus
		w.WriteHeader(418)  //nolint:errcheck,httpstatus // a reason
		w.WriteHeader(1000) //httpstatus:ignore
	default:
		Respond(w, 503)
	}
}

// Respond is a wrapper: its code parameter reaches WriteHeader.
func Respond(w Writer, code int) {
	w.WriteHeader(code)
}

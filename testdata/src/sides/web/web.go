// Package web writes the codes of package users on one side of their
// error: it receives only the codes returned beside that side, reported
// at the call that brings them in.
package web

import (
	"net/http"

	"sides/users"
)

func show(w http.ResponseWriter, r *http.Request) {
	u, status, err := users.Resolve(r.URL.Path)
	if err != nil {
		w.WriteHeader(status) // 404 only: the 0 beside nil does not come here
		return
	}
	_ = u
	w.WriteHeader(http.StatusOK)
}

func load(w http.ResponseWriter, r *http.Request) {
	status, _, err := users.Load(r.URL.Path) // want `status 202 \(StatusAccepted\), returned by users.Load at users.go:28, is not documented`
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status) // 202 only: the 418 beside the error does not come here
}

func loadFailed(w http.ResponseWriter, r *http.Request) {
	if status, _, err := users.Load(r.URL.Path); err != nil { // want `status 418 \(StatusTeapot\), returned by users.Load at users.go:26, is not documented`
		w.WriteHeader(status) // 418 only
	}
}

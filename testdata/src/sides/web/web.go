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

// showNew writes the code beside nil: the 0 that users took for no
// status is invalid here, reported at the call that brings it in, as the
// same 0 would be at its return in one package (flow's find).
func showNew(w http.ResponseWriter, r *http.Request) {
	u, status, err := users.Resolve(r.URL.Path) // want `invalid HTTP status code 0, returned by users.Resolve at users.go:20: status codes are three digits, 100 to 599`
	if err == nil {
		w.WriteHeader(status) // 0 only: the 404 beside the error does not come here
	}
	_ = u
}

// showAny writes the code whatever the error: the 0 comes here too.
func showAny(w http.ResponseWriter, r *http.Request) {
	_, status, _ := users.Resolve(r.URL.Path) // want `invalid HTTP status code 0, returned by users.Resolve`
	w.WriteHeader(status)
}

// findNew writes the code of users.Find beside nil: the 0 only, not the
// codes returned beside the sentinels of package errs (423).
func findNew(w http.ResponseWriter, r *http.Request) {
	_, status, err := users.Find(r.URL.Path) // want `invalid HTTP status code 0, returned by users.Find at find.go:22`
	if err == nil {
		w.WriteHeader(status)
	}
}

// findFailed writes it beside an error: every code but the 0.
func findFailed(w http.ResponseWriter, r *http.Request) {
	_, status, err := users.Find(r.URL.Path) // want `status 423 \(StatusLocked\), returned by users.Find at find.go:18, is not documented`
	if err != nil {
		w.WriteHeader(status)
	}
}

// laterNew writes the code of users.Later beside nil: its codes beside
// errors that may be nil come too; its 0 was reported where it is written.
func laterNew(w http.ResponseWriter, r *http.Request) {
	_, status, err := users.Later(r.URL.Path) // want `status 429 \(StatusTooManyRequests\), returned by users.Later at find.go:32, is not documented` `status 507 \(StatusInsufficientStorage\), returned by users.Later at find.go:36, is not documented`
	if err == nil {
		w.WriteHeader(status)
	}
}

// showDefault replaces the zero code before it writes it: the 0 that
// users.Resolve returns beside nil does not come here.
func showDefault(w http.ResponseWriter, r *http.Request) {
	_, status, err := users.Resolve(r.URL.Path)
	if status == 0 {
		status = http.StatusOK
	}
	if err == nil {
		w.WriteHeader(status) // 200, never 0: silent
	}
}

package users

import (
	"net/http"

	"sides/errs"
)

// Find returns its codes beside the sentinels of package errs, known not
// to be nil: each is on the failed side.
func Find(id string) (User, int, error) { // want Find:`statusFunc\(1: 404@find.go:14/err 410@find.go:16/err 423@find.go:18/err 409@find.go:20/err 0@find.go:22/nil\)`
	switch id {
	case "":
		return User{}, http.StatusNotFound, errs.ErrMissing
	case "gone":
		return User{}, http.StatusGone, errs.ErrGone
	case "locked":
		return User{}, http.StatusLocked, errs.ErrLocked
	case "pair":
		return User{}, http.StatusConflict, errs.ErrPair
	}
	return User{Name: id}, 0, nil // beside nil, no status there: silent
}

// Later returns its codes beside variables of errs that may be nil:
// ErrLater is set in an init, ErrReset assigned again, ErrTaken's address
// handed out. Its codes count on both sides, so the 0 beside nil is among
// statuses and checked here.
func Later(id string) (User, int, error) { // want Later:`statusFunc\(1: 429@find.go:32 503@find.go:34 507@find.go:36 0@find.go:38/nil\)`
	switch id {
	case "later":
		return User{}, http.StatusTooManyRequests, errs.ErrLater
	case "reset":
		return User{}, http.StatusServiceUnavailable, errs.ErrReset
	case "taken":
		return User{}, http.StatusInsufficientStorage, errs.ErrTaken
	}
	return User{Name: id}, 0, nil // want `invalid HTTP status code 0`
}

package flow

import (
	"errors"
	"fmt"
	"net/http"
)

// Results that travel together: a code returned beside an error reaches
// only the writes that see that side of the error.

type user struct{ name string }

var errNoUser = errors.New("no user")

// resolve returns a status only beside an error: its callers write it
// only where the error is not nil.
func resolve(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusNotFound, errNoUser
	}
	if id == "?" {
		return user{}, http.StatusUnprocessableEntity, fmt.Errorf("bad id %q", id) // want `status 422 \(StatusUnprocessableEntity\) is not documented`
	}
	return user{name: id}, 0, nil // beside nil: no status, silent
}

func showUser(w http.ResponseWriter, r *http.Request) {
	u, status, err := resolve(r.URL.Path)
	if err != nil {
		w.WriteHeader(status)
		return
	}
	_ = u
}

func showUserElse(w http.ResponseWriter, r *http.Request) {
	if _, status, err := resolve(r.URL.Path); err == nil {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(status)
	}
}

// lookup returns a code on both sides; its caller writes the one beside
// nil, so the 418 beside the error is checked only by evidence.
func lookup(id string) (int, *user, error) {
	if id == "" {
		return http.StatusTeapot, nil, &lookupError{id} // the failed side, not written: silent
	}
	return http.StatusAccepted, &user{id}, nil // want `status 202 \(StatusAccepted\) is not documented`
}

type lookupError struct{ id string }

func (e *lookupError) Error() string { return "no " + e.id }

func showLookup(w http.ResponseWriter, r *http.Request) {
	status, _, err := lookup(r.URL.Path)
	if err != nil {
		return
	}
	w.WriteHeader(status)
}

// find returns the zero code beside nil, and its caller writes it there.
func find(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusGone, errNoUser
	}
	return user{id}, 0, nil // want `invalid HTTP status code 0`
}

func showFind(w http.ResponseWriter, r *http.Request) {
	u, status, err := find(r.URL.Path)
	if err == nil {
		w.WriteHeader(status)
	}
	_ = u
}

// fetch returns its code beside an error it cannot tell is nil: the code
// counts on both sides.
func fetch(id string, load func(string) error) (int, error) {
	err := load(id)
	return http.StatusTooManyRequests, err // want `status 429 \(StatusTooManyRequests\) is not documented`
}

func showFetch(w http.ResponseWriter, r *http.Request) {
	status, err := fetch(r.URL.Path, nil)
	if err == nil {
		w.WriteHeader(status)
	}
}

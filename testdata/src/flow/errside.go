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

// check returns a code beside an error, and its callers replace the error
// before they look at it: the if on the new error tells nothing of the
// code's side, so the code counts on both.
func check(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusGone, errNoUser
	}
	return user{id}, 0, nil // want `invalid HTTP status code 0`
}

func validate(u user) error {
	if u.name == "" {
		return errNoUser
	}
	return nil
}

func showChecked(w http.ResponseWriter, r *http.Request) {
	u, status, err := check(r.URL.Path)
	err = validate(u)
	if err != nil {
		w.WriteHeader(status) // validate's error: both sides of check's come here
	}
}

// checkTeapot's callers write under err == nil an error they replaced.
func checkTeapot(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusTeapot, errNoUser // want `status 418 \(StatusTeapot\) is not documented`
	}
	return user{id}, http.StatusOK, nil
}

func showCheckedTeapot(w http.ResponseWriter, r *http.Request) {
	u, status, err := checkTeapot(r.URL.Path)
	if err = validate(u); err == nil {
		w.WriteHeader(status) // both sides: the error is validate's
	}
}

// checkRetried's caller looks at the error in a loop that assigns it
// after the if: from the second turn on, the error is retry's.
func checkRetried(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusGone, errNoUser
	}
	return user{id}, 0, nil // want `invalid HTTP status code 0`
}

func showRetried(w http.ResponseWriter, r *http.Request) {
	u, status, err := checkRetried(r.URL.Path)
	for range 3 {
		if err != nil {
			w.WriteHeader(status) // both sides: the error may be validate's
			return
		}
		err = validate(u)
	}
}

// checkFirst's caller replaces the error only after an if that leaves on
// it: the code it writes is still the one returned beside nil.
func checkFirst(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusTeapot, errNoUser // the failed side, not written: silent
	}
	return user{id}, http.StatusAccepted, nil // want `status 202 \(StatusAccepted\) is not documented`
}

func showCheckedFirst(w http.ResponseWriter, r *http.Request) {
	u, status, err := checkFirst(r.URL.Path)
	if err != nil {
		return
	}
	if err = validate(u); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(status) // beside nil, by the first if: 202 only
}

// findDefault's caller replaces the zero code before it writes it: the
// guard holds for the code of the nil side too.
func findDefault(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusNotFound, errNoUser
	}
	return user{id}, 0, nil // replaced by 200 before the write: silent
}

func showDefault(w http.ResponseWriter, r *http.Request) {
	_, status, err := findDefault(r.URL.Path)
	if status == 0 {
		status = http.StatusOK
	}
	if err == nil {
		w.WriteHeader(status)
	}
}

// findReplaced's caller writes, under its own error, a code it took from
// another call: the 0 of findReplaced's nil side is never written there.
func findReplaced(id string) (user, int, error) {
	if id == "" {
		return user{}, http.StatusNotFound, errNoUser
	}
	return user{id}, 0, nil // beside nil: silent
}

func showReplaced(w http.ResponseWriter, r *http.Request) {
	u, status, err := findReplaced(r.URL.Path)
	if err != nil {
		w.WriteHeader(status) // 404 only
		return
	}
	status, err = fetch(u.name, nil) // the 429 is checked at fetch's return
	if err != nil {
		w.WriteHeader(status) // fetch's code and findReplaced's failed side
	}
}

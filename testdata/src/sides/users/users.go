// Package users returns codes beside errors: its status function facts
// tell which side of the error each code is returned beside.
package users

import (
	"errors"
	"net/http"
)

type User struct{ Name string }

var errNotFound = errors.New("not found")

// Resolve returns a status beside an error, and 0 beside nil: the 0 is
// no status, so it is not checked here.
func Resolve(id string) (User, int, error) { // want Resolve:`statusFunc\(1: 404@users.go:18/err 0@users.go:20/nil\)`
	if id == "" {
		return User{}, http.StatusNotFound, errNotFound
	}
	return User{Name: id}, 0, nil // beside nil: silent
}

// Load returns a code on both sides of its error.
func Load(id string) (int, *User, error) { // want Load:`statusFunc\(0: 418@users.go:26/err 202@users.go:28/nil\)`
	if id == "" {
		return http.StatusTeapot, nil, &loadError{id}
	}
	return http.StatusAccepted, &User{id}, nil
}

type loadError struct{ id string }

func (e *loadError) Error() string { return "cannot load " + e.id }

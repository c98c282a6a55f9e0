// Package coded has errors that say their code by a StatusCode method,
// as echo v5 asks of an error, and imports no framework: what its
// functions return answers those codes all the same.
package coded

import "net/http"

// Missing is the error of a lookup that found nothing.
type Missing struct{ ID string }

func (Missing) Error() string { return "missing" }

func (Missing) StatusCode() int { // want StatusCode:`answers\(404@coded.go:14:9\)`
	return http.StatusNotFound
}

// Find returns a Missing error for an empty id.
func Find(id string) error { // want Find:`answers\(coded:404@coded.go:14:9\)`
	if id == "" {
		return Missing{ID: id}
	}
	return nil
}

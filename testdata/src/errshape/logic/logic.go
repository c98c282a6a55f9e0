// want package:`statusStores\(errshape/logic: errs.AppError.StatusCode 400@logic.go:17 422@logic.go:28 429@logic.go:20, coder.Answer.Status 202@logic.go:44 202@logic.go:45; errshape/coder: .*; errshape/errs: .*\)`

// Package logic returns the errors of packages errs and coder; it writes
// no status either.
package logic

import (
	"net/http"

	"errshape/coder"
	"errshape/errs"
)

// Find passes a literal to errs.New, a wrapper by its fact.
func Find(id string) error {
	if id == "" {
		return errs.New("logic.Find", "no id", 400) // want `use http.StatusBadRequest instead of 400`
	}
	if id == "busy" {
		return errs.New("logic.Find", "quota", http.StatusTooManyRequests)
	}
	return errs.ErrNotFound
}

// Update stores a literal into the status field of another package.
func Update(id string) error {
	if id == "" {
		return &errs.AppError{Where: "logic.Update", StatusCode: 422, RetryAfter: 10} // want `use http.StatusUnprocessableEntity instead of 422`
	}
	if id == "slow" {
		return coder.RateLimited{Retry: 60} // a field of another name: silent
	}
	return &coder.Locked{}
}

// attempts is passed to a parameter that is stored into RetryAfter, not
// into the status: silent.
func attempts(e *errs.AppError) *errs.AppError { return errs.Retry(e, 3) }

// answers stores into coder.Answer.Status, whose package stores nothing
// there: the named constant here is the evidence, and the literal beside
// it is checked where it is written.
var answers = []coder.Answer{
	{Status: http.StatusAccepted},
	{Status: 202}, // want `use http.StatusAccepted instead of 202`
	{Status: -1},  // the sentinel: silent
}

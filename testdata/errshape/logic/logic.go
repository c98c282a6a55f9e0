// Package logic returns the errors of packages errs and coder; it writes
// no status either.
package logic

import (
	"net/http"

	"example.com/shape/coder"
	"example.com/shape/errs"
)

// Find passes a literal to errs.New, a wrapper by its fact.
func Find(id string) error {
	if id == "" {
		return errs.New("logic.Find", "no id", 400)
	}
	if id == "busy" {
		return errs.New("logic.Find", "quota", http.StatusTooManyRequests)
	}
	return errs.ErrNotFound
}

// Update stores a literal into the status field of another package.
func Update(id string) error {
	if id == "" {
		return &errs.AppError{Where: "logic.Update", StatusCode: 422, RetryAfter: 10}
	}
	if id == "slow" {
		return coder.RateLimited{Retry: 60} // a field of another name: silent
	}
	return &coder.Locked{}
}

// attempts is passed to a parameter that is stored into RetryAfter, not
// into the status: silent.
func attempts(e *errs.AppError) *errs.AppError { return errs.Retry(e, 3) }

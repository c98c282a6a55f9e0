// Package logic returns the errors of package errs. It passes named
// statuses to errs.New: the evidence that the field New stores its second
// parameter into is a status, so every constant passed there, or to the
// functions that store into that field, is checked where it is passed.
package logic

import (
	"errors"
	"net/http"

	"example.com/ctorshape/errs"
)

// locked is a named constant of this package, no status constant: checked
// against the catalog where web writes it.
const locked = 423

var errUpstream = errors.New("upstream")

// Find passes statuses to the constructors of errs.
func Find(id string) error {
	switch id {
	case "":
		return errs.New("no id", 400)
	case "gone":
		return errs.New("not found", http.StatusNotFound) // named: the evidence
	case "teapot":
		return errs.New("teapot", http.StatusTeapot) // named: checked against the catalog where web writes it
	case "locked":
		return errs.New("locked", locked) // named: checked against the catalog where web writes it
	case "conflict":
		return errs.Wrap(errUpstream, 409)
	case "legal":
		return errs.Newf(451, "legal")
	case "slow":
		return errs.New("slow", http.StatusServiceUnavailable).WithRetry(30) // 30 is a delay stored into RetryAfter: silent
	case "bad":
		return errs.New("bad", 42)
	case "coded":
		return errs.Coded("coded", 404, 500) // Code is no status field and tag is stored nowhere: silent
	}
	return errs.Scale(errs.New("late", http.StatusGatewayTimeout), 2) // 2 is not stored as is: silent
}

// Fail passes code on to errs.New, whose parameter is a status here: it
// is a wrapper for the importers of logic, told by that fact alone.
func Fail(code int) error {
	return errs.New("fail", code)
}

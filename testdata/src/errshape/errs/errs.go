// want package:`statusStores\(errshape/errs: errs.AppError.StatusCode 404@errs.go:34 409@errs.go:37 410@errs.go:36 418@errs.go:35 503@errs.go:38\)`

// Package errs declares the service's error type, as services often do in
// a package of their own: a constructor that stores a status into a
// field, and predeclared errors. It writes no status itself; package web,
// downstream of every other, does. StatusCode is a status field by
// evidence: named status constants are stored into it here.
package errs

import "net/http"

// AppError is the error the logic returns and the HTTP layer answers.
type AppError struct {
	Where      string
	Msg        string
	StatusCode int // want StatusCode:`statusField\(names\+strict\)`
	RetryAfter int // seconds: stores into it are never checked
}

func (e *AppError) Error() string { return e.Where + ": " + e.Msg }

// New stores status into the status field: a wrapper for its importers.
func New(where, msg string, status int) *AppError { // want New:`statusWrapper\(2:names\+strict\)`
	return &AppError{Where: where, Msg: msg, StatusCode: status}
}

// Retry stores seconds into RetryAfter, not into the status: no wrapper.
func Retry(e *AppError, seconds int) *AppError {
	e.RetryAfter = seconds
	return e
}

var (
	ErrNotFound = New("errs", "not found", http.StatusNotFound) // documented: silent
	ErrTeapot   = New("errs", "teapot", http.StatusTeapot)      // named: checked against the catalog where web answers it
	ErrGone     = New("errs", "gone", 410)                      // want `use http.StatusGone instead of 410`
	ErrConflict = &AppError{Where: "errs", StatusCode: http.StatusConflict, RetryAfter: 5}
	ErrSlow     = Retry(New("errs", "slow", http.StatusServiceUnavailable), 30) // 30 is a delay, not a status
)

// Job's Code never has a named status stored into it and never reaches a
// write: no status field.
type Job struct{ Code int }

var jobs = []Job{{Code: 7}, {Code: 404}}

// want package:`statusStores\(errshape/errs: errs.AppError.StatusCode 404@errs.go:34 409@errs.go:37 410@errs.go:36 418@errs.go:35 503@errs.go:38, errs.Expect.Status 200@errs.go:53 201@errs.go:55\)`

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
	StatusCode int // want StatusCode:`statusField\(names\)`
	RetryAfter int // seconds: stores into it are never checked
}

func (e *AppError) Error() string { return e.Where + ": " + e.Msg }

// New stores status into the status field: a wrapper for its importers.
func New(where, msg string, status int) *AppError { // want New:`statusWrapper\(2:names\)`
	return &AppError{Where: where, Msg: msg, StatusCode: status}
}

// Retry stores seconds into RetryAfter, not into the status: no wrapper.
func Retry(e *AppError, seconds int) *AppError { // want Retry:`paramStores\(1:errs.AppError.RetryAfter\)`
	e.RetryAfter = seconds
	return e
}

var (
	ErrNotFound = New("errs", "not found", http.StatusNotFound)                            // documented: silent
	ErrTeapot   = New("errs", "teapot", http.StatusTeapot)                                 // named: checked against the catalog where web answers it
	ErrGone     = New("errs", "gone", 410)                                                 // want `use http.StatusGone instead of 410`
	ErrConflict = &AppError{Where: "errs", StatusCode: http.StatusConflict, RetryAfter: 5} // want ErrConflict:"nonNilError"
	ErrSlow     = Retry(New("errs", "slow", http.StatusServiceUnavailable), 30)            // 30 is a delay, not a status
)

// Job's Code never has a named status stored into it and never reaches a
// write: no status field.
type Job struct{ Code int }

var jobs = []Job{{Code: 7}, {Code: 404}}

// Expect is a check of a response, as a test table holds it: Status is a
// status by evidence (http.StatusOK is stored into it), and -1 is its
// "any status", a sentinel that no write is known to receive.
type Expect struct{ Status int } // want Status:`statusField\(names\)`

var expects = []Expect{
	{Status: http.StatusOK},
	{Status: -1},  // the sentinel: silent
	{Status: 201}, // want `use http.StatusCreated instead of 201`
	{Status: 42},  // want `invalid HTTP status code 42: status codes are three digits, 100 to 599`
}

// internalErr is an error of this package alone: its unexported field is a
// status by evidence as an exported one is, and so is the parameter of
// newInternal that is stored into it. No other package can read the
// field: it lists nothing for them.
type internalErr struct{ status int } // no fact: no other package can store into it

func newInternal(status int) *internalErr { return &internalErr{status: status} } // want newInternal:`statusWrapper\(0:names\)`

var (
	errUpstream = newInternal(http.StatusBadGateway)
	errTimeout  = newInternal(504)          // want `use http.StatusGatewayTimeout instead of 504`
	errBroken   = &internalErr{status: 500} // want `use http.StatusInternalServerError instead of 500`
	errNone     = &internalErr{status: -1}  // the sentinel: silent
)

// Package errs chooses the status codes of errors; package api writes
// them.
package errs

import (
	"errors"
	"net/http"
)

var (
	ErrLimited  = errors.New("limited")   // want ErrLimited:"nonNilError"
	ErrNotFound = errors.New("not found") // want ErrNotFound:"nonNilError"
	ErrTeapot   = errors.New("teapot")    // want ErrTeapot:"nonNilError"
	ErrBroken   = errors.New("broken")    // want ErrBroken:"nonNilError"
)

const teapot = 418

// Status is a status function by evidence: it returns named status
// constants, though no sink of this package writes its result. Its
// returns get the literal and invalid checks here; its codes travel to
// the packages that write them.
func Status(err error) int { // want Status:`statusFunc\(0: 429@errs.go:26 404@errs.go:28 418@errs.go:30 700@errs.go:32 500@errs.go:34\)`
	switch {
	case errors.Is(err, ErrLimited):
		return http.StatusTooManyRequests
	case errors.Is(err, ErrNotFound):
		return 404 // want `use http.StatusNotFound instead of 404`
	case errors.Is(err, ErrTeapot):
		return teapot
	case errors.Is(err, ErrBroken):
		return 700 // want `invalid HTTP status code 700`
	}
	return http.StatusInternalServerError
}

// StatusOr returns def for no error: a status function whose parameter
// reaches its callers' sinks.
func StatusOr(err error, def int) int { // want StatusOr:`statusFunc\(0: 429@errs.go:26 404@errs.go:28 418@errs.go:30 700@errs.go:32 500@errs.go:34 param1\)`
	if err == nil {
		return def
	}
	return Status(err)
}

// Port returns an int that is no status: no fact, nothing reported.
func Port() int {
	if debug {
		return 6060
	}
	return 8080
}

var debug bool

// APIError holds its status in Code, which WriteError writes: a status
// field. Retries never reaches a sink.
type APIError struct {
	Code    int // want Code:`statusField\(sets\+strict\)`
	Msg     string
	Retries int
}

func (e *APIError) Error() string { return e.Msg }

// HTTPStatus returns the status field: a status function, whose codes
// are the constants stored into the field in this package.
func (e *APIError) HTTPStatus() int { // want HTTPStatus:`statusFunc\(0: 500@errs.go:70 451@errs.go:84\)`
	if e.Code == 0 {
		return http.StatusInternalServerError
	}
	return e.Code
}

// reset stores the zero value: "no status yet", not an invalid code.
func (e *APIError) reset() { e.Code = 0 }

// NewError stores its parameter into the status field: a wrapper.
func NewError(code int, msg string) *APIError { // want NewError:`statusWrapper\(0:sets\+strict\)`
	return &APIError{Code: code, Msg: msg, Retries: 3}
}

// ErrGone is stored here, and checked here: this package writes Code.
var ErrGone = &APIError{Code: 451, Msg: "gone"} // want ErrGone:"nonNilError" `use http.StatusUnavailableForLegalReasons instead of 451` `status 451 \(StatusUnavailableForLegalReasons\) is not documented`

// WriteError writes the status field.
func WriteError(w http.ResponseWriter, err error) {
	var ae *APIError
	if errors.As(err, &ae) {
		w.WriteHeader(ae.Code)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Reply writes its code only when it is not 0: callers that pass 0 are
// not writing an invalid code.
func Reply(w http.ResponseWriter, code int, body string) { // want Reply:`statusWrapper\(1:sets\+strict if!=0\)`
	if code != 0 {
		w.WriteHeader(code)
	}
	_, _ = w.Write([]byte(body))
}

// Job has a Code that is no status.
type Job struct{ Code int }

func jobs() []Job {
	return []Job{{Code: 404}, {Code: 0}}
}

// Retry's result is written here: its codes are checked here, and the
// packages that write it too do not report them again.
func Retry() int { // want Retry:`statusFunc\(0: 425@errs.go:115\)`
	return 425 // want `use http.StatusTooEarly instead of 425` `status 425 \(StatusTooEarly\) is not documented`
}

func writeRetry(w http.ResponseWriter) { w.WriteHeader(Retry()) }

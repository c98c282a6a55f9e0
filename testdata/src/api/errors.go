package api

import (
	"errors"
	"fmt"
	"net"
	"net/http"

	"errs"
)

var errBusy = errors.New("busy")

// writeErr writes the result of a status function of another package:
// the codes it brings in that the catalog lacks are reported at the call.
func writeErr(w http.ResponseWriter, err error) {
	w.WriteHeader(errs.Status(err)) // want `status 429 \(StatusTooManyRequests\), returned by errs.Status at errs.go:26, is not documented in catalog "default"` `status 418 \(StatusTeapot\), returned by errs.Status at errs.go:30, is not documented in catalog "default"`
}

// Through a local variable, and through a wrapper of another package.
func writeErr2(w http.ResponseWriter, err error) {
	code := errs.Status(err) // want `status 429 \(StatusTooManyRequests\), returned by errs.Status` `status 418 \(StatusTeapot\), returned by errs.Status`
	http.Error(w, err.Error(), code)
}

// A method of another package's error type, by its fact.
func writeAPIError(w http.ResponseWriter, e *errs.APIError) {
	w.WriteHeader(e.HTTPStatus()) // 451, stored in errs and checked there, is not reported again
}

// The argument a status function of another package returns.
func writeOr(w http.ResponseWriter, err error) {
	w.WriteHeader(errs.StatusOr(err, 409)) // want `use http.StatusConflict instead of 409` `status 429 \(StatusTooManyRequests\), returned by errs.StatusOr at errs.go:26` `status 418 \(StatusTeapot\), returned by errs.StatusOr at errs.go:30`
}

// Only named: http.StatusText sets no status.
func text(err error) string { return http.StatusText(errs.Status(err)) }

// statusOf is a status function of this package: its returns are checked
// as if they stood at the sink.
func statusOf(err error) int {
	switch {
	case err == nil:
		return 200 // want `use http.StatusOK instead of 200`
	case errors.Is(err, errBusy):
		return 503 // want `use http.StatusServiceUnavailable instead of 503`
	case errors.Is(err, net.ErrClosed):
		return 499 // want `status 499 is not documented in catalog "default"`
	}
	return errs.Status(err) // want `status 429 \(StatusTooManyRequests\), returned by errs.Status` `status 418 \(StatusTeapot\), returned by errs.Status`
}

func handle(w http.ResponseWriter, err error) {
	w.WriteHeader(statusOf(err))
}

// classify returns a status and a message: a tuple result.
func classify(err error) (int, string) {
	if err == nil {
		return 202, "accepted" // want `use http.StatusAccepted instead of 202` `status 202 \(StatusAccepted\) is not documented`
	}
	return http.StatusBadRequest, err.Error()
}

// parseStatus returns 0 beside an error: not a status its callers write.
func parseStatus(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	if s == "nil" {
		return 0, nil // want `invalid HTTP status code 0`
	}
	return http.StatusOK, nil
}

func handleParsed(w http.ResponseWriter, s string) {
	code, err := parseStatus(s)
	if err != nil {
		return
	}
	w.WriteHeader(code)
}

func handleTuple(w http.ResponseWriter, err error) {
	code, msg := classify(err)
	http.Error(w, msg, code)
}

// The status field of package errs: every store is checked here.
func fields(w http.ResponseWriter) error {
	e := errs.NewError(409, "conflict")            // want `use http.StatusConflict instead of 409`
	e2 := &errs.APIError{Code: 418, Msg: "teapot"} // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	e3 := errs.APIError{422, "unprocessable", 5}   // want `use http.StatusUnprocessableEntity instead of 422` `status 422 \(StatusUnprocessableEntity\) is not documented`
	e.Code = 307                                   // want `use http.StatusTemporaryRedirect instead of 307` `status 307 \(StatusTemporaryRedirect\) is not documented`
	e.Retries = 404                                // not a status
	job := errs.Job{Code: 404}                     // an unrelated struct's Code
	errs.Reply(w, 0, "ok")                         // a guarded 0: never written
	errs.Reply(w, 600, "huh")                      // want `invalid HTTP status code 600`
	fmt.Println(e2, e3, job, net.JoinHostPort("", fmt.Sprint(errs.Port())))
	return e
}

// A constructor of this package around the status field of errs.
func conflict(msg string) *errs.APIError {
	return &errs.APIError{Code: http.StatusConflict, Msg: msg}
}

func _() { _ = conflict("x") }

// A status function whose codes its own package checked: they are not
// reported again here.
func writeRetry(w http.ResponseWriter) { w.WriteHeader(errs.Retry()) }

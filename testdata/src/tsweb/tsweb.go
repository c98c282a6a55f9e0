// Package tsweb has the shapes of a real web toolkit: an error type that
// carries its status, built by a constructor and written far away, and a
// test helper that writes its code only when it is set.
package tsweb

import "net/http"

// HTTPError carries the status its handler's error sets.
type HTTPError struct {
	Code int // want Code:`statusField\(sets\+strict\)`
	Msg  string
	Err  error
}

func (e HTTPError) Error() string { return e.Msg }

// Error builds an HTTPError: a constructor, a wrapper for code.
func Error(code int, msg string, err error) HTTPError { // want Error:`statusWrapper\(0:sets\+strict\)`
	return HTTPError{Code: code, Msg: msg, Err: err}
}

// WriteHTTPError writes the error's code.
func WriteHTTPError(w http.ResponseWriter, r *http.Request, e HTTPError) {
	if e.Code == 0 {
		http.Error(w, e.Msg, http.StatusInternalServerError)
		return
	}
	http.Error(w, e.Msg, e.Code)
}

// ErrorPageOpts are the options of RenderError; nothing in this package
// stores into Status, but RenderError writes it: a status field for the
// packages that do.
type ErrorPageOpts struct {
	Status  int // want Status:`statusField\(sets\+strict\)`
	Message string
}

func RenderError(w http.ResponseWriter, opts ErrorPageOpts) {
	w.WriteHeader(opts.Status)
	_, _ = w.Write([]byte(opts.Message))
}

// A ReturnHandler is a handler that returns an error.
type ReturnHandler interface {
	ServeHTTPReturn(http.ResponseWriter, *http.Request) error
}

type ReturnHandlerFunc func(http.ResponseWriter, *http.Request) error

func (f ReturnHandlerFunc) ServeHTTPReturn(w http.ResponseWriter, r *http.Request) error {
	return f(w, r)
}

// HandlerErr returns a handler that writes code, when it is set, and
// returns err: passing 0 writes nothing.
func HandlerErr(code int, err error) ReturnHandler { // want HandlerErr:`statusWrapper\(0:sets\+strict if!=0\)`
	return ReturnHandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		if code != 0 {
			w.WriteHeader(code)
		}
		return err
	})
}

// Package hostile is legal Go that a weaker linter gets wrong.
package hostile

import (
	"net/http"
)

// Codes by iota.
const (
	first = 400 + iota
	second
	third
)

// A typed status code.
type Code int

const (
	Teapot  Code = 418
	Missing Code = 404
)

func handler(w http.ResponseWriter) {
	w.WriteHeader(second)      // 401 is documented: silent
	w.WriteHeader(third)       // want `status 402 \(StatusPaymentRequired\) is not documented`
	w.WriteHeader(int(Teapot)) // want `status 418 \(StatusTeapot\) is not documented`
	w.WriteHeader(int(Missing))
	w.WriteHeader(1 << 62)  // want `invalid HTTP status code 4611686018427387904`
	w.WriteHeader(-404)     // want `invalid HTTP status code -404`
	w.WriteHeader(404.0)    // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(0o624)    // want `use http.StatusNotFound instead of 404`
	w.WriteHeader('Ɣ')      // a rune that happens to be 404: no literal finding, documented
	w.WriteHeader(int(404)) // want `use http.StatusNotFound instead of 404`
}

// A generic ResponseWriter: the method comes from the constraint.
func Generic[W http.ResponseWriter](w W) {
	w.WriteHeader(409) // want `use http.StatusConflict instead of 409`
}

// A generic status type flows through a conversion.
func Send[C ~int](w http.ResponseWriter, code C) { // want Send:`statusWrapper\(1:sets\+strict\)`
	w.WriteHeader(int(code))
}

func callSend(w http.ResponseWriter) {
	Send(w, Teapot)    // want `status 418 \(StatusTeapot\) is not documented`
	Send(w, Code(410)) // want `use http.StatusGone instead of 410`
}

// A method value of a ResponseWriter, and a method expression.
func values(w http.ResponseWriter) {
	set := w.WriteHeader
	set(412)                                // want `use http.StatusPreconditionFailed instead of 412`
	http.ResponseWriter.WriteHeader(w, 408) // want `use http.StatusRequestTimeout instead of 408`
	// Spread arguments are not a status.
	args := []any{404}
	_ = args
}

// A variable reassigned to two different functions is not followed.
func reassigned(w http.ResponseWriter, other func(int)) {
	f := w.WriteHeader
	f = other
	f(404)
}

// A local named like the package does not confuse the check.
func shadow(w http.ResponseWriter) {
	{
		http := struct{ StatusCode int }{404}
		_ = http.StatusCode == 404
	}
	w.WriteHeader(http.StatusOK)
}

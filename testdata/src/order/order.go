// Package order reaches sinks through many local wrappers, declared
// after their callers: the findings come out in position order anyway.
package order

import "net/http"

func handler(w http.ResponseWriter) {
	b(w, 404) // want `use http.StatusNotFound instead of 404`
	e(w, 409) // want `use http.StatusConflict instead of 409`
	a(w, 418) // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	d(w, 429) // want `use http.StatusTooManyRequests instead of 429` `status 429 \(StatusTooManyRequests\) is not documented`
	b(w, 201) // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	e(w, 700) // want `invalid HTTP status code 700`
	a(w, 502) // want `use http.StatusBadGateway instead of 502`
	d(w, 303) // want `use http.StatusSeeOther instead of 303` `status 303 \(StatusSeeOther\) is not documented`
	f(w, 451) // want `use http.StatusUnavailableForLegalReasons instead of 451` `status 451 \(StatusUnavailableForLegalReasons\) is not documented`
	g(w, 202) // want `use http.StatusAccepted instead of 202` `status 202 \(StatusAccepted\) is not documented`
	h(w, 0)   // want `invalid HTTP status code 0`
	b(w, 500) // want `use http.StatusInternalServerError instead of 500`
}

func b(w http.ResponseWriter, c int) { a(w, c) } // want b:`statusWrapper\(1:sets\+strict\)`
func e(w http.ResponseWriter, c int) { d(w, c) } // want e:`statusWrapper\(1:sets\+strict\)`
func f(w http.ResponseWriter, c int) { e(w, c) } // want f:`statusWrapper\(1:sets\+strict\)`
func g(w http.ResponseWriter, c int) { f(w, c) } // want g:`statusWrapper\(1:sets\+strict\)`
func h(w http.ResponseWriter, c int) { b(w, c) } // want h:`statusWrapper\(1:sets\+strict\)`

func a(w http.ResponseWriter, c int) { w.WriteHeader(c) }      // want a:`statusWrapper\(1:sets\+strict\)`
func d(w http.ResponseWriter, c int) { http.Error(w, "x", c) } // want d:`statusWrapper\(1:sets\+strict\)`

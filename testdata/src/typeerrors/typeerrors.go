// Package typeerrors does not type-check: the analyzer must not panic,
// and still reports what it can see.
package typeerrors

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(undefined)
	w.WriteHeader(404, 1)
	http.Error(w, "x")
	status := missing()
	w.WriteHeader(status)
	var s Unknown = 404 // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(s)
	w.WriteHeader(418) // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	switch undefined.StatusCode {
	case 404:
	}
	_ = &http.Response{StatusCode: "x"}
	_ = nowhere.Call(404)
}

func wrapper(w http.ResponseWriter, code Unknown) { w.WriteHeader(code) } // want wrapper:`statusWrapper\(1:sets\+strict\)`

func callWrapper(w http.ResponseWriter) { wrapper(w, 404) } // want `use http.StatusNotFound instead of 404`

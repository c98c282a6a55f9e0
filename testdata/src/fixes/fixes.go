// Package fixes: the plain fix shape.
package fixes

import (
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request, bad bool) {
	w.WriteHeader(404)            // want `use http.StatusNotFound instead of 404`
	http.Error(w, "x", 0x1f4)     // want `use http.StatusInternalServerError instead of 500`
	http.Redirect(w, r, "/", 301) // want `use http.StatusMovedPermanently instead of 301` `status 301 \(StatusMovedPermanently\) is not documented`
	status := 200                 // want `use http.StatusOK instead of 200`
	if bad {
		status = 400 // want `use http.StatusBadRequest instead of 400`
	}
	w.WriteHeader(status)
	send(w, 403) // want `use http.StatusForbidden instead of 403`
}

type Code int

func send(w http.ResponseWriter, code Code) { w.WriteHeader(int(code)) } // want send:`statusWrapper\(1:sets\+strict\)`

func typed(w http.ResponseWriter) {
	send(w, Code(410)) // want `use http.StatusGone instead of 410`
}

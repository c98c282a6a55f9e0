// Package api calls the wrappers of package respond.
package api

import (
	"net/http"

	"respond"
)

func handler(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 201, nil)            // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	respond.JSON(w, http.StatusOK, nil)  // documented: silent
	respond.Problem(w, 404, "not found") // want `use http.StatusNotFound instead of 404`
	respond.Problem(w, 700, "huh")       // want `invalid HTTP status code 700`
	rw := &respond.Writer{W: w}
	rw.Send(418, nil)             // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	respond.Reply(w, 409, "x")    // want `use http.StatusConflict instead of 409`
	respond.Reply[int](w, 429, 1) // want `use http.StatusTooManyRequests instead of 429` `status 429 \(StatusTooManyRequests\) is not documented`
	_ = respond.Text(418)         // want `use http.StatusTeapot instead of 418`
	respond.Log(500, "never a status")

	status := 503 // want `use http.StatusServiceUnavailable instead of 503`
	respond.JSON(w, status, nil)
}

// fail wraps a wrapper of another package.
func fail(w http.ResponseWriter, code int) { respond.Problem(w, code, "failed") } // want fail:`statusWrapper\(1:sets\+strict\)`

func use(w http.ResponseWriter) {
	fail(w, 400) // want `use http.StatusBadRequest instead of 400`
}

// Package basic holds the net/http sinks and the three kinds of finding:
// literal, undocumented and invalid.
package basic

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)                  // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(http.StatusNotFound)  // documented named constant: silent
	w.WriteHeader(http.StatusTeapot)    // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	w.WriteHeader(201)                  // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented in catalog "default"`
	w.WriteHeader(299)                  // want `status 299 is not documented in catalog "default"`
	w.WriteHeader(42)                   // want `invalid HTTP status code 42: status codes are three digits, 100 to 599`
	w.WriteHeader(1000)                 // want `invalid HTTP status code 1000`
	w.WriteHeader(-1)                   // want `invalid HTTP status code -1`
	w.WriteHeader(0x194)                // want `use http.StatusNotFound instead of 404`
	w.WriteHeader(400 + 4)              // want `use http.StatusNotFound instead of 404`
	w.WriteHeader((404))                // want `use http.StatusNotFound instead of 404`
	http.Error(w, "gone", 410)          // want `use http.StatusGone instead of 410`
	http.Error(w, "teapot", 418)        // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	http.Redirect(w, r, "/x", 302)      // want `use http.StatusFound instead of 302` `status 302 \(StatusFound\) is not documented`
	_ = http.RedirectHandler("/y", 307) // want `use http.StatusTemporaryRedirect instead of 307` `status 307 \(StatusTemporaryRedirect\) is not documented`
	_ = http.StatusText(418)            // want `use http.StatusTeapot instead of 418`
	_ = http.StatusText(http.StatusTeapot)
	_ = http.StatusText(700) // want `invalid HTTP status code 700`

	const teapot = 418
	w.WriteHeader(teapot) // want `status 418 \(StatusTeapot\) is not documented`

	w.WriteHeader(404) //nolint:httpstatus
	w.WriteHeader(404) //nolint:errcheck,httpstatus // why not
	w.WriteHeader(404) //nolint
	w.WriteHeader(404) //httpstatus:ignore
	w.WriteHeader(404) //nolint:errcheck // want `use http.StatusNotFound instead of 404`

	// Integers that never reach a sink.
	srv := &http.Server{Addr: ":8080", ReadTimeout: 404 * time.Second}
	_ = srv
	buf := make([]byte, 404)
	_ = buf
	_ = strconv.Itoa(404)
	fmt.Println(404)
}

// Constant declarations are never reported.
const (
	notFound = 404
	weird    = 999
)

// recorder is a user's recording wrapper: it implements
// http.ResponseWriter, so its WriteHeader is a sink.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) { // want WriteHeader:`statusWrapper\(0:sets\+strict\)`
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Status() int { return r.status }

// counter has a WriteHeader(int) method but is no ResponseWriter.
type counter struct{ n int }

func (c *counter) WriteHeader(n int) { c.n += n }

func more(w http.ResponseWriter) {
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(500) // want `use http.StatusInternalServerError instead of 500`
	rec.WriteHeader(405) // want `use http.StatusMethodNotAllowed instead of 405`
	var c counter
	c.WriteHeader(404)
	c.WriteHeader(42)

	tr := httptest.NewRecorder()
	tr.WriteHeader(403) // want `use http.StatusForbidden instead of 403`

	// An embedded ResponseWriter in an interface.
	var fw interface {
		http.ResponseWriter
		Status() int
	} = rec
	fw.WriteHeader(409) // want `use http.StatusConflict instead of 409`

	w.WriteHeader(notFound)
	w.WriteHeader(weird) // want `invalid HTTP status code 999`
}

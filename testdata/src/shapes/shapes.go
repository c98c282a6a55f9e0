// Package shapes reproduces code found in real services: codes chosen in
// one place and written in another.
package shapes

import (
	"errors"
	"net/http"

	"tsweb"
)

var errGone = errors.New("gone")

// A handler returns tsweb.Error(499, ...): 499 reaches WriteHTTPError.
func serve(w http.ResponseWriter, r *http.Request) error {
	if r.Context().Err() != nil {
		return tsweb.Error(499, "client closed request", r.Context().Err()) // want `status 499 is not documented in catalog "default"`
	}
	if r.Method != http.MethodGet {
		return tsweb.HTTPError{Code: 405, Msg: "method"} // want `use http.StatusMethodNotAllowed instead of 405`
	}
	return nil
}

// A test helper's callers pass 0 for "no status": not invalid.
func handlers() []tsweb.ReturnHandler {
	return []tsweb.ReturnHandler{
		tsweb.HandlerErr(0, nil),
		tsweb.HandlerErr(0, errGone),
		tsweb.HandlerErr(http.StatusGone, errGone),
		tsweb.HandlerErr(418, nil), // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
		tsweb.HandlerErr(-1, nil),  // want `invalid HTTP status code -1`
	}
}

// ErrorPageOpts is an options struct whose Status is written by
// renderError: a status field of this package.
type ErrorPageOpts struct {
	Status  int // want Status:`statusField\(sets\+strict\)`
	AppName string
	Message string
}

func renderError(rw http.ResponseWriter, opts ErrorPageOpts) {
	rw.WriteHeader(opts.Status)
	_, _ = rw.Write([]byte(opts.Message))
}

func forbidden(rw http.ResponseWriter) {
	renderError(rw, ErrorPageOpts{Status: 403, AppName: "proxy"}) // want `use http.StatusForbidden instead of 403`
	renderError(rw, ErrorPageOpts{
		Status:  http.StatusTooManyRequests, // want `status 429 \(StatusTooManyRequests\) is not documented`
		Message: "slow down",
	})
}

// The options struct of another package: its fact makes Status a status
// field here.
func forbiddenElsewhere(rw http.ResponseWriter) {
	tsweb.RenderError(rw, tsweb.ErrorPageOpts{Status: 403, Message: "no"}) // want `use http.StatusForbidden instead of 403`
	opts := tsweb.ErrorPageOpts{Message: "slow"}
	opts.Status = 429 // want `use http.StatusTooManyRequests instead of 429` `status 429 \(StatusTooManyRequests\) is not documented`
	tsweb.RenderError(rw, opts)
}

// A client copies the received status into a local variable and
// switches on it: the cases are compared like resp.StatusCode itself.
func insert(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	statusCode := resp.StatusCode
	switch statusCode {
	case 409: // want `use http.StatusConflict instead of 409`
		return errors.New("conflict")
	case 415, 400: // want `use http.StatusUnsupportedMediaType instead of 415` `use http.StatusBadRequest instead of 400`
		return errors.New("bad request")
	case http.StatusTooManyRequests: // a client: the catalog does not apply
		return errors.New("slow down")
	}
	if statusCode != 204 { // want `use http.StatusNoContent instead of 204`
		return errors.New("unexpected")
	}
	// Assigned from something else as well: not a client value.
	other := resp.StatusCode
	other = 7
	if other == 404 {
		return nil
	}
	return nil
}

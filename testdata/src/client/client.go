// Package client reads other services' codes: only the literal and invalid
// checks apply, never the catalog.
package client

import (
	"net/http"
	"net/http/httptest"
)

func get(c *http.Client) bool {
	resp, err := c.Get("http://example.com")
	if err != nil {
		return false
	}
	if resp.StatusCode == 418 { // want `use http.StatusTeapot instead of 418`
		return false
	}
	if 404 != resp.StatusCode { // want `use http.StatusNotFound instead of 404`
		return false
	}
	if resp.StatusCode == http.StatusTeapot { // named, and the catalog does not apply: silent
		return false
	}
	if resp.StatusCode == 1000 { // want `invalid HTTP status code 1000`
		return false
	}
	// Ranges and arithmetic are never reported.
	if resp.StatusCode >= 500 || resp.StatusCode/100 == 2 || resp.StatusCode < 200 {
		return false
	}
	switch resp.StatusCode {
	case 200, http.StatusCreated: // want `use http.StatusOK instead of 200`
	case 429: // want `use http.StatusTooManyRequests instead of 429`
	}
	return true
}

// apiResponse has a StatusCode field of its own: not http.Response's.
type apiResponse struct{ StatusCode int }

func other(a apiResponse) bool {
	return a.StatusCode == 404
}

func fake() *http.Response {
	return &http.Response{StatusCode: 503, Status: "503 Service Unavailable"} // want `use http.StatusServiceUnavailable instead of 503`
}

func recorded() bool {
	rec := httptest.NewRecorder()
	return rec.Code == 201 // want `use http.StatusCreated instead of 201`
}

// embedded: the field is reached through an embedded *http.Response.
type wrapped struct{ *http.Response }

func (w wrapped) missing() bool { return w.StatusCode == 404 } // want `use http.StatusNotFound instead of 404`

// expectStatus compares with its parameter: callers get the literal check.
func expectStatus(resp *http.Response, want int) bool { // want expectStatus:`statusWrapper\(1:names\+strict\)`
	return resp.StatusCode == want
}

func callers(resp *http.Response) {
	_ = expectStatus(resp, 418) // want `use http.StatusTeapot instead of 418`
	_ = expectStatus(resp, http.StatusTeapot)
}

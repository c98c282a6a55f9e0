package testfiles

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(http.StatusTeapot) // a test imitates another service: silent
	rec.WriteHeader(418)               // want `use http.StatusTeapot instead of 418`
	rec.WriteHeader(42)                // want `invalid HTTP status code 42`
	if rec.Code != 418 {               // want `use http.StatusTeapot instead of 418`
		t.Fatal(rec.Code)
	}
}

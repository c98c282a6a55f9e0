package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHandle(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(http.StatusAccepted)
	Handle(rec, httptest.NewRequest("GET", "/missing", nil))
	if rec.Code != 404 {
		t.Fatal(rec.Code)
	}
}

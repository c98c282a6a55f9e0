package fixture

import (
	"net/http/httptest"
	"testing"
)

// The package's files are in its test variant too: the server reports
// each finding once.
func TestLookup(t *testing.T) {
	rec := httptest.NewRecorder()
	Lookup(rec, "")
	if rec.Code != 404 {
		t.Errorf("status %d", rec.Code)
	}
}

package statustext

import (
	"net/http"
	"testing"
)

// TestText keeps the table equal to net/http's, code by code, so that a
// phrase that a later Go adds or changes shows up here.
func TestText(t *testing.T) {
	for code := 0; code < 1000; code++ {
		if got, want := Text(code), http.StatusText(code); got != want {
			t.Errorf("Text(%d) = %q, net/http says %q", code, got, want)
		}
	}
}

package statustext

import (
	"net/http"
	"testing"
)

// TestText keeps the table equal to net/http's, code by code, so that a
// phrase that a later Go adds or changes shows up here.
func TestText(t *testing.T) {
	const first, last = 100, 599 // the status codes
	for code := first; code <= last; code++ {
		if got, want := Text(code), http.StatusText(code); got != want {
			t.Errorf("Text(%d) = %q, net/http says %q", code, got, want)
		}
	}
	// Outside the codes there is no text.
	for _, code := range []int{-1, 0, 99, 600, 999} {
		if got := Text(code); got != "" {
			t.Errorf("Text(%d) = %q, want none", code, got)
		}
	}
}

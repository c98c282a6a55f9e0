package orders

import (
	"encoding/json"
	"net/http"
)

// requireKey lets a request through to next only with an API key.
func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") == "" {
			http.Error(w, "missing API key", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// health reports how many orders the server holds.
type health struct{ s *Server }

func (h health) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.s.mu.Lock()
	n := len(h.s.orders)
	h.s.mu.Unlock()
	if n > 1_000_000 {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(map[string]int{"orders": n})
}

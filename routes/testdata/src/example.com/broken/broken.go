// Package broken does not type-check: the analyzer must not panic, and
// still lists the routes it can see.
package broken

import "net/http"

func routes(m string) {
	mux := http.NewServeMux()
	mux.HandleFunc(undefinedPath, ok)
	mux.HandleFunc("GET /short")
	mux.HandleFunc()
	mux.Handle("/missing", undefinedHandler)
	mux.Handle("/call", undefinedFunc(ok))
	mux.HandleFunc(m+" /method", ok)
	nowhere.Router().Get("/z", ok)
	mux.HandleFunc("GET /bad", bad)
	var h http.Handler
	mux.Handle("/iface", h)
}

func ok(w http.ResponseWriter, r *http.Request) { // want ok:`writes\(200@broken.go:22:1\)`
}

func bad(w http.ResponseWriter, r *http.Request) { // want bad:`writes\(unknown@broken.go:25:16 always\)`
	w.WriteHeader(undefined)
	w.WriteHeader(418, 1)
	return 5
}

// Package regcycle registers routes through two functions that call each
// other: each registers its own route and the other's on the mux it is
// given, so each one's summary has both routes.
package regcycle

import "net/http"

func First(mux *http.ServeMux, n int) { // want First:`registers\(0:GET /first, 0:GET /second\)`
	mux.HandleFunc("GET /first", gone)
	if n > 0 {
		second(mux, n-1)
	}
}

func second(mux *http.ServeMux, n int) { // want second:`registers\(0:GET /second, 0:GET /first\)`
	mux.HandleFunc("GET /second", gone)
	if n > 0 {
		First(mux, n-1)
	}
}

func gone(w http.ResponseWriter, r *http.Request) { // want gone:`writes\(410@regcycle.go:23:16 always\)`
	w.WriteHeader(http.StatusGone)
}

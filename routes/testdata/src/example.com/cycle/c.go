package main

import "net/http"

// findC answers 410, or hands the response on to findA.
func findC(w http.ResponseWriter, n int) { // want findC:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	switch {
	case n > 3:
		findA(w, n-1)
	default:
		w.WriteHeader(http.StatusGone)
	}
}

func handleC(w http.ResponseWriter, r *http.Request) { // want handleC:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	findC(w, len(r.URL.Path))
}

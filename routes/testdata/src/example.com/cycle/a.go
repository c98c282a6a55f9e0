package main

import "net/http"

// findA answers 404, or hands the response on to findB, which may hand
// it on around the cycle back here: every path sets a status.
func findA(w http.ResponseWriter, n int) { // want findA:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	if n > 0 {
		findB(w, n-1)
		return
	}
	w.WriteHeader(http.StatusNotFound)
}

func handleA(w http.ResponseWriter, r *http.Request) { // want handleA:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	findA(w, len(r.URL.Path))
}

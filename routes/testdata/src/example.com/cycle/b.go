package main

import "net/http"

// findB answers 409, or hands the response on to findC.
func findB(w http.ResponseWriter, n int) { // want findB:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	if n%2 == 0 {
		w.WriteHeader(http.StatusConflict)
		return
	}
	findC(w, n-1)
}

func handleB(w http.ResponseWriter, r *http.Request) { // want handleB:`writes\(404@\w+\.go:\d+:\d+ 409@\w+\.go:\d+:\d+ 410@\w+\.go:\d+:\d+ always\)`
	findB(w, len(r.URL.Path))
}

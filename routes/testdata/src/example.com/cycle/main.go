// Package main registers three routes whose handlers call helpers that
// call each other in a cycle, each helper in a file of its own: each
// route writes every code of the cycle, and none finishes with an
// implicit 200, whatever the order of the files.
package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /a", handleA)
	mux.HandleFunc("GET /b", handleB)
	mux.HandleFunc("GET /c", handleC)
	http.ListenAndServe(":8080", mux)
}

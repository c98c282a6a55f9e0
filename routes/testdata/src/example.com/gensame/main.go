// Package main calls a registration function of a generated file of its
// own: the route is registered at the call, where its findings land.
package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	http.ListenAndServe(":8080", HandlerFromMux(mux))
}

func pets(w http.ResponseWriter, r *http.Request) { // want pets:`writes\(200@main.go:13:16 always\)`
	w.WriteHeader(http.StatusOK)
}

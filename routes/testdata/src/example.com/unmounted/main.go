// Package main serves the routers that api.New and api's Server.Admin
// build, and registers api's Server.Reports: api's unmounted routes are
// this package's.
package main

import (
	"net/http"

	"example.com/unmounted/api"
)

func main() {
	mux := http.NewServeMux()
	s := api.NewServer(mux)
	s.Reports()
	go http.ListenAndServe(":8081", s.Admin())
	http.ListenAndServe(":8080", api.New())
}

// Package main serves the router that api.New builds: api's unmounted
// routes are this package's.
package main

import (
	"net/http"

	"example.com/unmounted/api"
)

func main() {
	http.ListenAndServe(":8080", api.New())
}

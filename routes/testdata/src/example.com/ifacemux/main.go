// Package main passes a ServeMux to a function that registers on it as
// an interface of its own package.
package main

import (
	"net/http"

	"example.com/ifacemux/gen"
)

type adder struct{}

func (adder) HandleFunc(pattern string, handler http.Handler) {}

func main() {
	mux := http.NewServeMux()
	gen.Register(mux)
	gen.NotRegister(adder{})
	http.ListenAndServe(":8080", mux)
}

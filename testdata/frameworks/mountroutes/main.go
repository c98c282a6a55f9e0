// Package main calls Use inside functions that are given a router, or
// that build one and return it, on chi, gin, echo and fiber: the
// middleware reaches the routes each router gives it to, in the function
// and in its caller. Run, it serves each request "ROUTER METHOD PATH"
// read from standard input with that router and prints the status it
// answers: the test checks that each route answers a code the table
// lists for it.
package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

func main() {
	routers := map[string]func(method, path string) int{
		"chi":       serve(chiRouter()),
		"gin":       serve(ginRouter()),
		"ginengine": serve(ginEngineRouter()),
		"echo":      serve(echoRouter()),
		"fiber":     fiberServe(fiberApp()),
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		f := strings.Fields(in.Text())
		if len(f) != 3 {
			continue
		}
		fmt.Println(f[0], f[1], f[2], routers[f[0]](f[1], f[2]))
	}
}

// serve answers a request with an http.Handler.
func serve(h http.Handler) func(method, path string) int {
	return func(method, path string) int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
		return rec.Code
	}
}

// Package main serves routers under a prefix that http.StripPrefix cuts
// from the path before passing the request on: a chi router and a
// ServeMux on a ServeMux, a gorilla/mux router under a PathPrefix. Run,
// it serves each request "ROUTER METHOD PATH" read from standard input
// with that router and prints the status it answers: the test checks
// that each route answers a code the table lists for it.
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
		"std":     serve(stdMux()),
		"gorilla": serve(gorillaRouter()),
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

func status(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

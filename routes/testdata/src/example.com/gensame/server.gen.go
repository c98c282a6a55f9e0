// Code generated for the test of routes registered in generated files. DO NOT EDIT.

package main

import "net/http"

// HandlerFromMux registers on the mux it is passed.
func HandlerFromMux(m *http.ServeMux) http.Handler { // want HandlerFromMux:`registers\(0:GET /pets\)`
	m.HandleFunc("GET /pets", pets)
	return m
}

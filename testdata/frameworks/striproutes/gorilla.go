package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

// gorillaRouter serves a router of its own under the PathPrefix /files/,
// the prefix stripped.
func gorillaRouter() http.Handler { // want gorillaRouter:`registers\(result:GET /files/list, result:GET /ping\)` gorillaRouter:`writes\(200@gorilla\.go:13:35 202@gorilla\.go:17:31\)`
	files := mux.NewRouter()
	files.HandleFunc("/list", status(http.StatusOK)).Methods("GET")

	r := mux.NewRouter()
	r.PathPrefix("/files/").Handler(http.StripPrefix("/files", files))
	r.HandleFunc("/ping", status(http.StatusAccepted)).Methods("GET")
	return r
}

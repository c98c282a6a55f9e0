package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

func gorillaStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

func gorillaDeny(next http.Handler) http.Handler { // want gorillaDeny:`writes\(403@gorilla\.go:15:17\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	})
}

// gorillaRouter: Use wraps the handler of whichever route matches,
// registered before it or after.
func gorillaRouter() http.Handler { // want gorillaRouter:`registers\(result:\* /before, use result:403@gorilla\.go:15:17\)` gorillaRouter:`writes\(200@gorilla\.go:23:40\)`
	r := mux.NewRouter()
	r.HandleFunc("/before", gorillaStatus(http.StatusOK))
	r.Use(gorillaDeny)
	return r
}

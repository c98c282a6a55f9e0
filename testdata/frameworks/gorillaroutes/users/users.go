// Package users registers its routes on a gorilla subrouter it is given.
package users

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Register(r *mux.Router) {
	r.HandleFunc("/users/{id:[0-9]+}", get).Methods(http.MethodGet, http.MethodHead)
	r.Path("/users").Methods("POST").HandlerFunc(create)
}

func get(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("user")) // a body without a status: 200
}

func create(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated) // set on every path: no 200
}

// Package web is the HTTP layer: it answers the errors of the packages
// upstream of it, by their status field and by their StatusCode method.
package web

import (
	"errors"
	"net/http"

	"example.com/shape/errs"
	"example.com/shape/logic"
)

// statusCoder is the interface the types of package coder implement.
type statusCoder interface {
	StatusCode() int
}

func handle(w http.ResponseWriter, r *http.Request) {
	err := logic.Find(r.URL.Query().Get("id"))
	if err == nil {
		err = logic.Update(r.URL.Query().Get("id"))
	}
	var e *errs.AppError
	if errors.As(err, &e) {
		w.WriteHeader(e.StatusCode)
		return
	}
	var sc statusCoder
	if errors.As(err, &sc) {
		w.WriteHeader(sc.StatusCode())
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Serve serves handle: the route table lists the codes it answers.
func Serve() error {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", handle)
	return http.ListenAndServe(":8080", mux)
}

// want package:`statusStores\(errshape/errs: .*; errshape/logic: .*; errshape/coder: .*\)`

// Package web is the HTTP layer: it answers the errors of the packages
// upstream of it, by their status field and by their StatusCode method.
package web

import (
	"errors"
	"net/http"

	"errshape/errs"
	"errshape/logic"
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
		w.WriteHeader(e.StatusCode) // want `status 418 \(StatusTeapot\), stored in errs.AppError.StatusCode at errs.go:35, is not documented in catalog "default"` `status 422 \(StatusUnprocessableEntity\), stored in errs.AppError.StatusCode at logic.go:28, is not documented` `status 429 \(StatusTooManyRequests\), stored in errs.AppError.StatusCode at logic.go:20, is not documented`
		return
	}
	var sc statusCoder
	if errors.As(err, &sc) {
		w.WriteHeader(sc.StatusCode()) // want `status 423 \(StatusLocked\), returned by coder.Locked.StatusCode at coder.go:25, is not documented in catalog "default"` `status 429 \(StatusTooManyRequests\), returned by coder.RateLimited.StatusCode at coder.go:16, is not documented`
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

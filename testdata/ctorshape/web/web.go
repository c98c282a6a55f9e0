// Package web is the HTTP layer: it writes the Status field of the errors
// of package errs, which it knows only through its constructors' facts.
package web

import (
	"errors"
	"net/http"

	"example.com/ctorshape/errs"
	"example.com/ctorshape/logic"
)

func handle(w http.ResponseWriter, r *http.Request) {
	err := logic.Find(r.URL.Query().Get("id"))
	if r.Method == http.MethodDelete {
		err = errs.New("web", 401).WithRetry(60)
	}
	if r.Method == http.MethodPut {
		err = logic.Fail(402)
	}
	var e *errs.AppError
	if errors.As(err, &e) {
		w.WriteHeader(e.Status)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Serve serves handle.
func Serve() error {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", handle)
	return http.ListenAndServe(":8080", mux)
}

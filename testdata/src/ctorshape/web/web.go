// want package:`statusStores\(ctorshape/web: errs.AppError.Status 402@web.go:21; ctorshape/logic: .*\)`

// Package web is the HTTP layer: it writes the Status field of the errors
// of package errs, which it knows only through its constructors' facts.
package web

import (
	"errors"
	"net/http"

	"ctorshape/errs"
	"ctorshape/logic"
)

func handle(w http.ResponseWriter, r *http.Request) {
	err := logic.Find(r.URL.Query().Get("id"))
	if r.Method == http.MethodDelete {
		err = errs.New("web", 401).WithRetry(60) // want `use http.StatusUnauthorized instead of 401`
	}
	if r.Method == http.MethodPut {
		err = logic.Fail(402) // want `use http.StatusPaymentRequired instead of 402`
	}
	var e *errs.AppError
	if errors.As(err, &e) {
		w.WriteHeader(e.Status) // want `status 418 \(StatusTeapot\), stored in errs.AppError.Status at logic.go:30, is not documented in catalog "default"` `status 423 \(StatusLocked\), stored in errs.AppError.Status at logic.go:32, is not documented` `status 451 \(StatusUnavailableForLegalReasons\), stored in errs.AppError.Status at logic.go:36, is not documented`
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

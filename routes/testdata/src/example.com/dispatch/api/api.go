// Package api has the shape of a server that oapi-codegen generates:
// an interface the service implements, a wrapper whose methods are the
// handlers and call the implementation through the interface, and an
// error handler in a field, with a default.
package api

import "net/http"

type ServerInterface interface {
	FindPets(w http.ResponseWriter, r *http.Request)
	FindPetByID(w http.ResponseWriter, r *http.Request, id string)
}

type MiddlewareFunc func(http.Handler) http.Handler

type ServerInterfaceWrapper struct {
	Handler            ServerInterface
	HandlerMiddlewares []MiddlewareFunc
	ErrorHandlerFunc   func(w http.ResponseWriter, r *http.Request, err error)
	// CodedErrorHandler is given the code to write, as gin's is.
	CodedErrorHandler func(w http.ResponseWriter, err error, code int)
}

func (siw *ServerInterfaceWrapper) FindPets(w http.ResponseWriter, r *http.Request) { // want FindPets:`writes\(via recv.CodedErrorHandler\(\)@api.go:26:24 2:400 via recv.Handler.FindPets@api.go:30:23 always\)`
	if r.URL.Query().Get("limit") == "x" {
		siw.CodedErrorHandler(w, nil, http.StatusBadRequest)
		return
	}
	handler := http.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		siw.Handler.FindPets(w, r)
	}))
	for _, middleware := range siw.HandlerMiddlewares {
		handler = middleware(handler)
	}
	handler.ServeHTTP(w, r)
}

func (siw *ServerInterfaceWrapper) FindPetByID(w http.ResponseWriter, r *http.Request) { // want FindPetByID:`writes\(via recv.ErrorHandlerFunc\(\)@api.go:41:23 via recv.Handler.FindPetByID@api.go:45:26 always\)`
	id := r.PathValue("id")
	if id == "" {
		siw.ErrorHandlerFunc(w, r, nil)
		return
	}
	handler := http.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		siw.Handler.FindPetByID(w, r, id)
	}))
	handler.ServeHTTP(w, r)
}

type ServerOptions struct {
	BaseRouter        *http.ServeMux
	ErrorHandlerFunc  func(w http.ResponseWriter, r *http.Request, err error)
	CodedErrorHandler func(w http.ResponseWriter, err error, code int)
}

func Handler(si ServerInterface) http.Handler { // want Handler:`writes\(400@api.go:71:33\)` Handler:`registers\(result:GET /pets via 0.FindPets@api.go:30:23, result:GET /pets/\{id\} via 0.FindPetByID@api.go:45:26\)`
	return HandlerWithOptions(si, ServerOptions{})
}

func HandlerFromMux(si ServerInterface, m *http.ServeMux) http.Handler { // want HandlerFromMux:`writes\(400@api.go:71:33\)` HandlerFromMux:`registers\(result:GET /pets via 0.FindPets@api.go:30:23, result:GET /pets/\{id\} via 0.FindPetByID@api.go:45:26\)`
	return HandlerWithOptions(si, ServerOptions{BaseRouter: m})
}

func HandlerWithOptions(si ServerInterface, options ServerOptions) http.Handler { // want HandlerWithOptions:`writes\(400@api.go:71:33\)` HandlerWithOptions:`registers\(result:GET /pets via 0.FindPets@api.go:30:23 via 1.CodedErrorHandler\(\)@api.go:26:24 2:400, result:GET /pets/\{id\} via 0.FindPetByID@api.go:45:26 via 1.ErrorHandlerFunc\(\)@api.go:41:23\)`
	m := options.BaseRouter
	if m == nil {
		m = http.NewServeMux()
	}
	if options.ErrorHandlerFunc == nil {
		options.ErrorHandlerFunc = func(w http.ResponseWriter, r *http.Request, err error) {
			http.Error(w, "bad request", http.StatusBadRequest)
		}
	}
	coded := options.CodedErrorHandler
	if coded == nil {
		coded = func(w http.ResponseWriter, err error, code int) {
			http.Error(w, "invalid", code)
		}
	}
	wrapper := ServerInterfaceWrapper{
		Handler:           si,
		ErrorHandlerFunc:  options.ErrorHandlerFunc,
		CodedErrorHandler: coded,
	}
	m.HandleFunc("GET /pets", wrapper.FindPets)
	m.HandleFunc("GET /pets/{id}", wrapper.FindPetByID)
	return m
}

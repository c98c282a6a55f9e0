// Package strictapi has the shape of a strict server that oapi-codegen
// generates: the implementation returns response objects, whose Visit
// methods write their codes; the default response's code is a field.
package strictapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type ServerInterface interface {
	FindPets(w http.ResponseWriter, r *http.Request)
}

type ServerInterfaceWrapper struct {
	Handler ServerInterface
}

func (siw *ServerInterfaceWrapper) FindPets(w http.ResponseWriter, r *http.Request) { // want FindPets:`writes\(via recv.Handler.FindPets@strict.go:22:22 always\)`
	siw.Handler.FindPets(w, r)
}

func Handler(si ServerInterface) http.Handler { // want Handler:`registers\(result:GET /pets via 0.FindPets@strict.go:22:22\)`
	m := http.NewServeMux()
	wrapper := ServerInterfaceWrapper{Handler: si}
	m.HandleFunc("GET /pets", wrapper.FindPets)
	return m
}

type FindPetsRequestObject struct{}

type FindPetsResponseObject interface {
	VisitFindPetsResponse(w http.ResponseWriter) error
}

type FindPets200JSONResponse []string

func (response FindPets200JSONResponse) VisitFindPetsResponse(w http.ResponseWriter) error { // want VisitFindPetsResponse:`writes\(200@strict.go:42:16 always\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(200)
	return json.NewEncoder(w).Encode(response)
}

type FindPetsdefaultJSONResponse struct {
	Body       string
	StatusCode int
}

func (response FindPetsdefaultJSONResponse) VisitFindPetsResponse(w http.ResponseWriter) error { // want VisitFindPetsResponse:`writes\(via recv.StatusCode=status@strict.go:53:16 always\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(response.StatusCode)
	return json.NewEncoder(w).Encode(response.Body)
}

type StrictServerInterface interface {
	FindPets(ctx context.Context, request FindPetsRequestObject) (FindPetsResponseObject, error)
}

type StrictHandlerFunc func(ctx context.Context, w http.ResponseWriter, r *http.Request, request interface{}) (interface{}, error)

type StrictMiddlewareFunc func(f StrictHandlerFunc, operationID string) StrictHandlerFunc

type StrictHTTPServerOptions struct {
	RequestErrorHandlerFunc  func(w http.ResponseWriter, r *http.Request, err error)
	ResponseErrorHandlerFunc func(w http.ResponseWriter, r *http.Request, err error)
}

func NewStrictHandler(ssi StrictServerInterface, middlewares []StrictMiddlewareFunc) ServerInterface { // want NewStrictHandler:`yields\(FindPets:\(500@strict.go:76:31 via 0.FindPets\(\).VisitFindPetsResponse@strict.go:99:48 via 1\(\)@strict.go:95:26\)\)`
	return &strictHandler{ssi: ssi, middlewares: middlewares, options: StrictHTTPServerOptions{
		RequestErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			http.Error(w, err.Error(), http.StatusBadRequest)
		},
		ResponseErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		},
	}}
}

type strictHandler struct {
	ssi         StrictServerInterface
	middlewares []StrictMiddlewareFunc
	options     StrictHTTPServerOptions
}

func (sh *strictHandler) FindPets(w http.ResponseWriter, r *http.Request) { // want FindPets:`writes\(via recv.middlewares\(\)@strict.go:95:26 via recv.options.ResponseErrorHandlerFunc\(\)@strict.go:97:38 via recv.options.ResponseErrorHandlerFunc\(\)@strict.go:100:39 via recv.options.ResponseErrorHandlerFunc\(\)@strict.go:103:38 via recv.ssi.FindPets\(\).VisitFindPetsResponse@strict.go:99:48 always\)`
	var request FindPetsRequestObject
	handler := func(ctx context.Context, w http.ResponseWriter, r *http.Request, request interface{}) (interface{}, error) {
		return sh.ssi.FindPets(ctx, request.(FindPetsRequestObject))
	}
	for _, middleware := range sh.middlewares {
		handler = middleware(handler, "FindPets")
	}
	response, err := handler(r.Context(), w, r, request)
	if err != nil {
		sh.options.ResponseErrorHandlerFunc(w, r, err)
	} else if validResponse, ok := response.(FindPetsResponseObject); ok {
		if err := validResponse.VisitFindPetsResponse(w); err != nil {
			sh.options.ResponseErrorHandlerFunc(w, r, err)
		}
	} else if response != nil {
		sh.options.ResponseErrorHandlerFunc(w, r, fmt.Errorf("unexpected response type: %T", response))
	}
}

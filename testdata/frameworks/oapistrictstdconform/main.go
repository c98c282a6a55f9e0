// Package main serves the pet store that oapi-codegen generated as a
// strict server for net/http's ServeMux (package api, made by ../oapispec/generate.sh
// from ../oapispec/openapi.yaml, which .httpstatus.yaml names). The
// document's server is https://petstore.example.com/api: HandlerWithOptions mounts the generated routes under /api. The
// implementation is out of step with the document in known ways:
// FindPetByID writes 409, which only addPet documents, through a response
// type of its own; DeletePet returns an error, which the generated error
// handler answers with 500, not documented for deletePet (no default
// response); GetInventory never returns the documented 410; the strict
// middleware requireKey answers 401, which no operation documents, on
// every route when the document's API key is missing.
package main

import (
	"context"
	"errors"
	"net/http"

	"example.com/frameworks/oapistrictstdconform/api"
)

// PetStore implements api.StrictServerInterface.
type PetStore struct {
	names  map[int64]string
	locked bool
}

func (p *PetStore) ListPets(ctx context.Context, req api.ListPetsRequestObject) (api.ListPetsResponseObject, error) {
	if req.Params.Limit != nil && *req.Params.Limit < 0 {
		// Under the default response.
		return api.ListPetsdefaultJSONResponse{Body: api.Error{Code: 400, Message: "negative limit"}, StatusCode: http.StatusBadRequest}, nil
	}
	return api.ListPets200JSONResponse{}, nil
}

func (p *PetStore) AddPet(ctx context.Context, req api.AddPetRequestObject) (api.AddPetResponseObject, error) {
	if p.locked {
		return api.AddPet409Response{}, nil
	}
	return api.AddPet201JSONResponse{Name: req.Body.Name}, nil
}

// petConflict answers findPetByID with 409, which only addPet documents.
type petConflict struct{}

func (petConflict) VisitFindPetByIDResponse(w http.ResponseWriter) error {
	w.WriteHeader(http.StatusConflict)
	return nil
}

func (p *PetStore) FindPetByID(ctx context.Context, req api.FindPetByIDRequestObject) (api.FindPetByIDResponseObject, error) {
	name, ok := p.names[req.PetId]
	if !ok {
		return api.FindPetByID404Response{}, nil
	}
	if name == "" {
		return petConflict{}, nil
	}
	return api.FindPetByID200JSONResponse{Id: req.PetId, Name: name}, nil
}

func (p *PetStore) DeletePet(ctx context.Context, req api.DeletePetRequestObject) (api.DeletePetResponseObject, error) {
	if _, ok := p.names[req.PetId]; !ok {
		return api.DeletePet404Response{}, nil
	}
	if p.locked {
		return nil, errors.New("the store is locked") // the generated handler writes 500
	}
	return api.DeletePet204Response{}, nil
}

// GetInventory never returns the 410 that the document lists.
func (p *PetStore) GetInventory(ctx context.Context, req api.GetInventoryRequestObject) (api.GetInventoryResponseObject, error) {
	return api.GetInventory200JSONResponse{}, nil
}

// requireKey is a strict middleware: it answers 401 itself, before the
// operation's handler, when the request has no API key.
func requireKey(next api.StrictHandlerFunc, operationID string) api.StrictHandlerFunc {
	return func(ctx context.Context, w http.ResponseWriter, r *http.Request, request any) (any, error) {
		if r.Header.Get("X-API-Key") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return nil, nil
		}
		return next(ctx, w, r, request)
	}
}

// setup registers the strict handler's routes on a net/http ServeMux
// under /api, through the options.
func setup() http.Handler {
	mux := http.NewServeMux()
	handler := api.NewStrictHandler(&PetStore{}, []api.StrictMiddlewareFunc{requireKey})
	return api.HandlerWithOptions(handler, api.StdHTTPServerOptions{BaseURL: "/api", BaseRouter: mux}) // want `DELETE /pets/\{petId\}: status 400 \(written at api\.gen\.go:309\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 401 \(written at main\.go:82\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 500 \(written at api\.gen\.go:514\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `GET /pets/\{petId\}: status 400 \(written at api\.gen\.go:309\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 401 \(written at main\.go:82\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 409 \(written at main\.go:47\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 500 \(written at api\.gen\.go:514\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /stores/\{storeId\}/inventory: status 400 \(written at api\.gen\.go:309\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$` `GET /stores/\{storeId\}/inventory: status 401 \(written at main\.go:82\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$` `GET /stores/\{storeId\}/inventory: status 500 \(written at api\.gen\.go:514\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$` `POST /pets: status 400 \(written at api\.gen\.go:511\) is not documented for this operation in openapi\.yaml \(documented: 201, 409\)$` `POST /pets: status 401 \(written at main\.go:82\) is not documented for this operation in openapi\.yaml \(documented: 201, 409\)$` `POST /pets: status 500 \(written at api\.gen\.go:514\) is not documented for this operation in openapi\.yaml \(documented: 201, 409\)$`
}

func main() {
	http.ListenAndServe(":8080", setup())
}

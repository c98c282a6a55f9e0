// Package main serves the pet store that oapi-codegen generated for
// chi (package api, made by ../oapispec/generate.sh from
// ../oapispec/openapi.yaml, which .httpstatus.yaml names). The document's
// server is https://petstore.example.com/api: HandlerFromMuxWithBaseURL mounts the generated routes under /api. The handlers are out of
// step with the document in known ways: FindPetByID writes 409, which only
// addPet documents; DeletePet writes 500, which deletePet (no default
// response) does not document; GetInventory never writes the documented 410.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/oapichiconform/api"
)

// PetStore implements api.ServerInterface.
type PetStore struct {
	names  map[int64]string
	locked bool
}

func (p *PetStore) ListPets(w http.ResponseWriter, r *http.Request, params api.ListPetsParams) {
	if params.Limit != nil && *params.Limit < 0 {
		w.WriteHeader(http.StatusBadRequest) // under the default response
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (p *PetStore) AddPet(w http.ResponseWriter, r *http.Request) {
	if p.locked {
		w.WriteHeader(http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (p *PetStore) FindPetByID(w http.ResponseWriter, r *http.Request, petId int64) {
	name, ok := p.names[petId]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if name == "" {
		w.WriteHeader(http.StatusConflict) // documented for addPet only
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (p *PetStore) DeletePet(w http.ResponseWriter, r *http.Request, petId int64) {
	if _, ok := p.names[petId]; !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if p.locked {
		w.WriteHeader(http.StatusInternalServerError) // not documented, and no default
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// GetInventory never writes the 410 that the document lists.
func (p *PetStore) GetInventory(w http.ResponseWriter, r *http.Request, storeId string) {
	w.WriteHeader(http.StatusOK)
}

// setup registers the generated routes on a chi router under /api.
func setup() http.Handler {
	r := chi.NewRouter()
	return api.HandlerFromMuxWithBaseURL(&PetStore{}, r, "/api") // want `DELETE /pets/\{petId\}: status 400 \(written at api\.gen\.go:328\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 500 \(written at main\.go:59\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `GET /pets/\{petId\}: status 400 \(written at api\.gen\.go:328\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 409 \(written at main\.go:47\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /stores/\{storeId\}/inventory: status 400 \(written at api\.gen\.go:328\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$`
}

func main() {
	http.ListenAndServe(":8080", setup())
}

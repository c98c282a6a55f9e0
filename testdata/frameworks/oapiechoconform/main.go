// Package main serves the pet store that oapi-codegen generated for
// echo v4 (package api, made by ../oapispec/generate.sh from
// ../oapispec/openapi.yaml, which .httpstatus.yaml names). The document's
// server is https://petstore.example.com/api: RegisterHandlersWithBaseURL mounts the generated routes under /api. The handlers are out of
// step with the document in known ways: FindPetByID writes 409, which only
// addPet documents; DeletePet writes 500, which deletePet (no default
// response) does not document; GetInventory never writes the documented 410.
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/oapiechoconform/api"
)

// PetStore implements api.ServerInterface.
type PetStore struct {
	names  map[int64]string
	locked bool
}

func (p *PetStore) ListPets(ctx echo.Context, params api.ListPetsParams) error {
	if params.Limit != nil && *params.Limit < 0 {
		return ctx.NoContent(http.StatusBadRequest) // under the default response
	}
	return ctx.JSON(http.StatusOK, []api.Pet{})
}

func (p *PetStore) AddPet(ctx echo.Context) error {
	if p.locked {
		return ctx.NoContent(http.StatusConflict)
	}
	return ctx.JSON(http.StatusCreated, api.Pet{})
}

func (p *PetStore) FindPetByID(ctx echo.Context, petId int64) error {
	name, ok := p.names[petId]
	if !ok {
		return ctx.NoContent(http.StatusNotFound)
	}
	if name == "" {
		return ctx.NoContent(http.StatusConflict) // documented for addPet only
	}
	return ctx.JSON(http.StatusOK, api.Pet{Id: petId, Name: name})
}

func (p *PetStore) DeletePet(ctx echo.Context, petId int64) error {
	if _, ok := p.names[petId]; !ok {
		return ctx.NoContent(http.StatusNotFound)
	}
	if p.locked {
		return ctx.NoContent(http.StatusInternalServerError) // not documented, and no default
	}
	return ctx.NoContent(http.StatusNoContent)
}

// GetInventory never writes the 410 that the document lists.
func (p *PetStore) GetInventory(ctx echo.Context, storeId string) error {
	return ctx.JSON(http.StatusOK, map[string]int{})
}

// setup registers the generated routes on an echo server, which the
// generated code takes as its EchoRouter interface, under /api.
func setup() *echo.Echo {
	e := echo.New()
	api.RegisterHandlersWithBaseURL(e, &PetStore{}, "/api") // want `DELETE /pets/\{petId\}: status 400 \(written at api\.gen\.go:100\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 500 \(written at main\.go:54\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `GET /pets/\{petId\}: status 400 \(written at api\.gen\.go:116\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 409 \(written at main\.go:44\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /stores/\{storeId\}/inventory: status 400 \(written at api\.gen\.go:132\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$`
	return e
}

func main() {
	setup().Start(":8080")
}

// Package main serves the pet store that oapi-codegen generated for
// gin (package api, made by ../oapispec/generate.sh from
// ../oapispec/openapi.yaml, which .httpstatus.yaml names). The document's
// server is https://petstore.example.com/api: RegisterHandlersWithOptions mounts the generated routes under /api. The handlers are out of
// step with the document in known ways: FindPetByID writes 409, which only
// addPet documents; DeletePet writes 500, which deletePet (no default
// response) does not document; GetInventory never writes the documented 410.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/frameworks/oapiginconform/api"
)

// PetStore implements api.ServerInterface.
type PetStore struct {
	names  map[int64]string
	locked bool
}

func (p *PetStore) ListPets(c *gin.Context, params api.ListPetsParams) {
	if params.Limit != nil && *params.Limit < 0 {
		c.Status(http.StatusBadRequest) // under the default response
		return
	}
	c.JSON(http.StatusOK, []api.Pet{})
}

func (p *PetStore) AddPet(c *gin.Context) {
	if p.locked {
		c.Status(http.StatusConflict)
		return
	}
	c.JSON(http.StatusCreated, api.Pet{})
}

func (p *PetStore) FindPetByID(c *gin.Context, petId int64) {
	name, ok := p.names[petId]
	if !ok {
		c.Status(http.StatusNotFound)
		return
	}
	if name == "" {
		c.Status(http.StatusConflict) // documented for addPet only
		return
	}
	c.JSON(http.StatusOK, api.Pet{Id: petId, Name: name})
}

func (p *PetStore) DeletePet(c *gin.Context, petId int64) {
	if _, ok := p.names[petId]; !ok {
		c.Status(http.StatusNotFound)
		return
	}
	if p.locked {
		c.Status(http.StatusInternalServerError) // not documented, and no default
		return
	}
	c.Status(http.StatusNoContent)
}

// GetInventory never writes the 410 that the document lists.
func (p *PetStore) GetInventory(c *gin.Context, storeId string) {
	c.JSON(http.StatusOK, map[string]int{})
}

// setup registers the generated routes on a gin engine under /api,
// through the options.
func setup() *gin.Engine {
	r := gin.New()
	api.RegisterHandlersWithOptions(r, &PetStore{}, api.GinServerOptions{BaseURL: "/api"}) // want `DELETE /pets/\{petId\}: status 400 \(written at api\.gen\.go:120\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 500 \(written at main\.go:59\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `GET /pets/\{petId\}: status 400 \(written at api\.gen\.go:145\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 409 \(written at main\.go:47\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /stores/\{storeId\}/inventory: status 400 \(written at api\.gen\.go:170\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$`
	return r
}

func main() {
	setup().Run(":8080")
}

// Package main serves the pet store that oapi-codegen generated for
// fiber v2 (package api, made by ../oapispec/generate.sh from
// ../oapispec/openapi.yaml, which .httpstatus.yaml names). The document's
// server is https://petstore.example.com/api: RegisterHandlersWithOptions mounts the generated routes under /api. The handlers are out of
// step with the document in known ways: FindPetByID writes 409, which only
// addPet documents; DeletePet writes 500, which deletePet (no default
// response) does not document; GetInventory never writes the documented 410.
package main

import (
	"net/http"

	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/oapifiberconform/api"
)

// PetStore implements api.ServerInterface.
type PetStore struct {
	names  map[int64]string
	locked bool
}

func (p *PetStore) ListPets(c *fiber.Ctx, params api.ListPetsParams) error {
	if params.Limit != nil && *params.Limit < 0 {
		return c.SendStatus(http.StatusBadRequest) // under the default response
	}
	return c.Status(http.StatusOK).JSON([]api.Pet{})
}

func (p *PetStore) AddPet(c *fiber.Ctx) error {
	if p.locked {
		return c.SendStatus(http.StatusConflict)
	}
	return c.Status(http.StatusCreated).JSON(api.Pet{})
}

func (p *PetStore) FindPetByID(c *fiber.Ctx, petId int64) error {
	name, ok := p.names[petId]
	if !ok {
		return c.SendStatus(http.StatusNotFound)
	}
	if name == "" {
		return c.SendStatus(http.StatusConflict) // documented for addPet only
	}
	return c.Status(http.StatusOK).JSON(api.Pet{Id: petId, Name: name})
}

func (p *PetStore) DeletePet(c *fiber.Ctx, petId int64) error {
	if _, ok := p.names[petId]; !ok {
		return c.SendStatus(http.StatusNotFound)
	}
	if p.locked {
		return c.SendStatus(http.StatusInternalServerError) // not documented, and no default
	}
	return c.SendStatus(http.StatusNoContent)
}

// GetInventory never writes the 410 that the document lists.
func (p *PetStore) GetInventory(c *fiber.Ctx, storeId string) error {
	return c.Status(http.StatusOK).JSON(map[string]int{})
}

// setup registers the generated routes on a fiber app under /api,
// through the options.
func setup() *fiber.App {
	app := fiber.New()
	api.RegisterHandlersWithOptions(app, &PetStore{}, api.FiberServerOptions{BaseURL: "/api"}) // want `DELETE /pets/\{petId\}: status 400 \(written at api\.gen\.go:135\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `DELETE /pets/\{petId\}: status 500 \(written at main\.go:54\) is not documented for this operation in openapi\.yaml \(documented: 204, 404\)$` `GET /pets/\{petId\}: status 400 \(written at api\.gen\.go:164\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /pets/\{petId\}: status 409 \(written at main\.go:44\) is not documented for this operation in openapi\.yaml \(documented: 200, 404\)$` `GET /stores/\{storeId\}/inventory: status 400 \(written at api\.gen\.go:193\) is not documented for this operation in openapi\.yaml \(documented: 200, 410\)$`
	return app
}

func main() {
	setup().Listen(":8080")
}

// Package users registers its routes on a fiber router it is given.
package users

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

func Register(r fiber.Router) {
	r.Get("/users/:id?", get)
	r.Post("/users", create)
}

func get(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.NewError(fiber.StatusNotFound, "no such user")
	}
	return c.JSON(fiber.Map{"id": c.Params("id")}) // a body without a status: 200
}

func create(c *fiber.Ctx) error {
	if len(c.Body()) == 0 {
		return errors.New("empty body") // not a fiber error: 500
	}
	if len(c.Body()) > 1<<20 {
		return fiber.ErrRequestEntityTooLarge // a fiber error: its code
	}
	return c.SendStatus(fiber.StatusCreated)
}

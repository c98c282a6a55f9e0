// Package main serves a fiber app out of step with openapi.yaml, which
// .httpstatus.yaml names, in each way. The document's server is the
// relative URL /v1: the routes of the /v1 group are its operations.
// Handlers answer with fiber's errors, whose codes count as written
// where they are returned.
package main

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

func main() {
	app := fiber.New()
	v1 := app.Group("/v1")
	v1.Post("/orders", createOrder)       // 201 and the 4XX class documented: silent
	v1.Get("/orders/:id", getOrder)       // want `GET /orders/\{orderID\}: status 409 \(written at main.go:43\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)$`
	v1.Delete("/orders/:id", deleteOrder) // default documents the errors, 500 among them: silent
	v1.Get("/health", health)             // want `GET /health: status 200 \(written at main.go:61\) is not documented for this operation in openapi.yaml \(documented: 201\)$`
	v1.Get("/reports/daily", daily)       // 410 is documented and never written: httpstatus routes shows it, the analyzer does not
	v1.Post("/orders/:id/cancel", cancel) // want `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml$`
	admin := v1.Group("/admin", auth)
	admin.Delete("/cache", purge) // want `DELETE /admin/cache: status 401 \(written at main.go:77\) is not documented for this operation in openapi.yaml \(documented: 202, 403\)$`
	app.Listen(":8080")
}

func createOrder(c *fiber.Ctx) error {
	if c.Get("Idempotency-Key") == "used" {
		return fiber.ErrConflict // documented by the 4XX class
	}
	if len(c.Body()) == 0 {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	return c.SendStatus(fiber.StatusCreated)
}

func getOrder(c *fiber.Ctx) error {
	switch c.Params("id") {
	case "":
		return fiber.ErrNotFound
	case "locked":
		return fiber.NewError(fiber.StatusConflict, "locked") // documented for POST /orders only, by its 4XX
	}
	return c.JSON(fiber.Map{"id": c.Params("id")}) // a body without a status: 200
}

func deleteOrder(c *fiber.Ctx) error {
	switch c.Params("id") {
	case "":
		return fiber.ErrNotFound
	case "busy":
		return errors.New("busy") // not a fiber error: 500
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// health answers a body without a status: an implicit 200, where the
// document has only 201.
func health(c *fiber.Ctx) error {
	return c.SendString("ok")
}

func daily(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusOK)
}

func cancel(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}

// auth is the admin group's middleware: its 401 counts for the group's
// routes, and only POST /orders documents it (by its 4XX).
func auth(c *fiber.Ctx) error {
	switch c.Get("Authorization") {
	case "":
		return fiber.ErrUnauthorized
	case "user":
		return fiber.ErrForbidden
	}
	return c.Next()
}

func purge(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusAccepted)
}

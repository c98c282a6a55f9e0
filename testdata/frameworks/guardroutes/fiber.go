package main

import (
	"net/http/httptest"

	"github.com/gofiber/fiber/v2"
)

func fiberStatus(code int) fiber.Handler {
	return func(c *fiber.Ctx) error { return c.SendStatus(code) }
}

// fiberPreflight answers OPTIONS itself.
func fiberPreflight(c *fiber.Ctx) error { // want fiberPreflight:`writes\(204@fiber\.go:16:23 always\)`
	if c.Method() == fiber.MethodOptions {
		return c.SendStatus(fiber.StatusNoContent)
	}
	return c.Next()
}

// fiberByMethod tests the method on fasthttp's context: a body, an
// implicit 200, for POST, 409 for PUT; the others go on.
func fiberByMethod(c *fiber.Ctx) error { // want fiberByMethod:`writes\(200@fiber\.go:25:10 409@fiber\.go:28:23 always\)`
	if c.Context().IsPost() {
		return c.SendString("done")
	}
	if string(c.Context().Method()) == fiber.MethodPut {
		return c.SendStatus(fiber.StatusConflict)
	}
	return c.Next()
}

func fiberApp() *fiber.App { // want fiberApp:`registers\(result:GET /items, result:OPTIONS /items, result:GET /things, result:POST /things, result:PUT /things, use result:204@fiber\.go:16:23\)`
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use(fiberPreflight)
	app.Get("/items", fiberStatus(fiber.StatusOK))
	app.Options("/items", fiberStatus(fiber.StatusOK))
	app.Get("/things", fiberByMethod, fiberStatus(fiber.StatusAccepted))
	app.Post("/things", fiberByMethod, fiberStatus(fiber.StatusCreated))
	app.Put("/things", fiberByMethod, fiberStatus(fiber.StatusNoContent))
	return app
}

func fiberServe(app *fiber.App) func(method, path string) int {
	return func(method, path string) int {
		resp, err := app.Test(httptest.NewRequest(method, path, nil), -1)
		if err != nil {
			return 0
		}
		return resp.StatusCode
	}
}

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

func fiberApp() *fiber.App { // want fiberApp:`registers\(result:GET /items, result:OPTIONS /items, use result:204@fiber\.go:16:23\)`
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use(fiberPreflight)
	app.Get("/items", fiberStatus(fiber.StatusOK))
	app.Options("/items", fiberStatus(fiber.StatusOK))
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

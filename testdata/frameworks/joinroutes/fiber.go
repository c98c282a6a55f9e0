package main

import (
	"net/http/httptest"

	"github.com/gofiber/fiber/v2"
)

// fiberStatus is a handler that writes code.
func fiberStatus(code int) fiber.Handler {
	return func(c *fiber.Ctx) error { return c.SendStatus(code) }
}

// fiberApp: a group's prefix without its trailing slash, the path with a
// leading one.
func fiberApp() *fiber.App { // want fiberApp:`registers\(result:GET /version, result:GET /api/users, result:GET /api/\)`
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("version", fiberStatus(fiber.StatusOK))
	api := app.Group("/api/")
	api.Get("users", fiberStatus(fiber.StatusCreated))
	api.Get("", fiberStatus(fiber.StatusAccepted))
	return app
}

// fiberServe answers a request with the app, in memory.
func fiberServe(app *fiber.App) func(method, path string) int {
	return func(method, path string) int {
		resp, err := app.Test(httptest.NewRequest(method, path, nil), -1)
		if err != nil {
			return 0
		}
		return resp.StatusCode
	}
}

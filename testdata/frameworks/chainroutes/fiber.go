package main

import (
	"net/http/httptest"

	"github.com/gofiber/fiber/v2"
)

func fiberStatus(code int) fiber.Handler {
	return func(c *fiber.Ctx) error { return c.SendStatus(code) }
}

func fiberDeny(c *fiber.Ctx) error { // want fiberDeny:`writes\(403@fiber\.go:14:22 always\)`
	return c.SendStatus(fiber.StatusForbidden)
}

// fiberApp: its stack runs in the order of registration, so Use reaches
// only the routes registered after it.
func fiberApp() *fiber.App { // want fiberApp:`registers\(result:GET /before, result:GET /after, use result:403@fiber\.go:14:22\)`
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/before", fiberStatus(fiber.StatusOK))
	app.Use(fiberDeny)
	app.Get("/after", fiberStatus(fiber.StatusCreated))
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

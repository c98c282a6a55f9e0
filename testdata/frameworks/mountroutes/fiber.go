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

// fiberMount's Use reaches the routes registered after it, in the
// function and in its caller, under the group's prefix.
func fiberMount(r fiber.Router) { // want fiberMount:`registers\(0:GET /open, 0:GET /closed, use 0:403@fiber\.go:14:22\)`
	r.Get("/open", fiberStatus(fiber.StatusOK))
	r.Use(fiberDeny)
	r.Get("/closed", fiberStatus(fiber.StatusCreated))
}

func fiberApp() *fiber.App { // want fiberApp:`registers\(result:GET /first, result:GET /m/open, result:GET /m/closed, result:GET /m/after, result:GET /last\)`
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/first", fiberStatus(fiber.StatusAccepted))
	g := app.Group("/m")
	fiberMount(g)
	g.Get("/after", fiberStatus(fiber.StatusNoContent))
	app.Get("/last", fiberStatus(fiber.StatusAccepted))
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

// Package main builds a fiber app with groups, middleware and routes
// registered by another package under a group's prefix.
package main

import (
	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/fiberroutes/users"
)

func main() {
	app := fiber.New()
	app.Get("/health", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) })
	api := app.Group("/api", auth)
	users.Register(api)
	app.Route("/admin", func(r fiber.Router) {
		r.Use(adminOnly)
		r.Delete("/cache", purge)
	})
	app.Listen(":8080")
}

func auth(c *fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.Next()
}

func adminOnly(c *fiber.Ctx) error {
	if c.Get("X-Admin") == "" {
		return c.Status(fiber.StatusForbidden).SendString("admin only")
	}
	return c.Next()
}

func purge(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusAccepted)
}

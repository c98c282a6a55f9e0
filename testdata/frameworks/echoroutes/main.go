// Package main builds an echo server with groups, middleware and routes
// registered by another package under a group's prefix.
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/echoroutes/users"
)

func main() {
	e := echo.New()
	e.GET("/health", func(c echo.Context) error { return c.NoContent(http.StatusNoContent) })
	api := e.Group("/api", auth)
	users.Register(api)
	api.Add(http.MethodDelete, "/cache", purge, adminOnly)
	e.Start(":8080")
}

func auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized)
		}
		return next(c)
	}
}

func adminOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-Admin") == "" {
			return c.String(http.StatusForbidden, "admin only")
		}
		return next(c)
	}
}

func purge(c echo.Context) error {
	return c.NoContent(http.StatusAccepted)
}

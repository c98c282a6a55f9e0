// Package main builds an echo v5 server: handlers on *echo.Context, a
// group with middleware, route middleware, a catch-all path and routes
// registered by another package under the group's prefix.
package main

import (
	"net/http"

	"github.com/labstack/echo/v5"

	"example.com/frameworks/echov5routes/users"
)

func main() {
	e := echo.New()
	e.GET("/health", func(c *echo.Context) error { return c.NoContent(http.StatusNoContent) })
	api := e.Group("/api", auth)
	users.Register(api)
	api.Add(http.MethodDelete, "/cache", purge, adminOnly)
	api.Match([]string{http.MethodPut, http.MethodPatch}, "/settings", settings)
	e.GET("/files/*", files)
	e.Start(":8080")
}

func auth(next echo.HandlerFunc) echo.HandlerFunc { // want auth:`writes\(401@main.go:28:29\)`
	return func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "no credentials")
		}
		return next(c)
	}
}

func adminOnly(next echo.HandlerFunc) echo.HandlerFunc { // want adminOnly:`writes\(403@main.go:37:20\)`
	return func(c *echo.Context) error {
		if c.Request().Header.Get("X-Admin") == "" {
			return c.String(http.StatusForbidden, "admin only")
		}
		return next(c)
	}
}

func purge(c *echo.Context) error { // want purge:`writes\(202@main.go:44:21 always\)`
	return c.NoContent(http.StatusAccepted)
}

func settings(c *echo.Context) error { // want settings:`writes\(200@main.go:51:16 400@main.go:49:10 always\)`
	if c.Request().ContentLength == 0 {
		return echo.ErrBadRequest // an echo error: its code
	}
	return c.JSON(http.StatusOK, map[string]string{"saved": "yes"})
}

func files(c *echo.Context) error { // want files:`writes\(200@main.go:58:16 404@main.go:56:28 always\)`
	if c.Param("*") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no such file")
	}
	return c.Blob(http.StatusOK, "application/octet-stream", nil)
}

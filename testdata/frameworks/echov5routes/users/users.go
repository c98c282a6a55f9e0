// Package users registers its routes on an echo v5 group it is given.
package users

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

// Register adds the user routes under the group's prefix.
func Register(g *echo.Group) { // want Register:`registers\(0:GET /users/:id, 0:POST /users\)`
	g.GET("/users/:id", get)
	g.POST("/users", create)
}

func get(c *echo.Context) error { // want get:`writes\(200@users.go:21:16 404@users.go:19:28 always\)`
	if c.Param("id") == "0" {
		return echo.NewHTTPError(http.StatusNotFound, "no such user")
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func create(c *echo.Context) error { // want create:`writes\(200@users.go:31:2 413@users.go:29:10 500@users.go:26:10\)`
	if c.Request().ContentLength == 0 {
		return errors.New("empty body") // not an echo error: 500
	}
	if c.Request().ContentLength > 1<<20 {
		return echo.ErrStatusRequestEntityTooLarge // an echo error: its code
	}
	return nil // no status: 200
}

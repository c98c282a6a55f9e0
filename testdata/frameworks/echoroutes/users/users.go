// Package users registers its routes on an echo group it is given.
package users

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func Register(g *echo.Group) {
	g.GET("/users/:id", get)
	g.POST("/users", create)
}

func get(c echo.Context) error {
	if c.Param("id") == "0" {
		return echo.NewHTTPError(http.StatusNotFound, "no such user")
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func create(c echo.Context) error {
	if c.Request().ContentLength == 0 {
		return errors.New("empty body") // not an echo error: 500
	}
	if c.Request().ContentLength > 1<<20 {
		return echo.ErrStatusRequestEntityTooLarge // an echo error: its code
	}
	return nil // no status: 200
}

package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoStatus(code int) echo.HandlerFunc {
	return func(c echo.Context) error { return c.NoContent(code) }
}

// echoPreflight answers OPTIONS itself, the others from the handler.
func echoPreflight(next echo.HandlerFunc) echo.HandlerFunc { // want echoPreflight:`writes\(204@echo\.go:19:22\)`
	return func(c echo.Context) error {
		if c.Request().Method != http.MethodOptions {
			return next(c)
		}
		return c.NoContent(http.StatusNoContent)
	}
}

func echoRouter() http.Handler { // want echoRouter:`registers\(result:GET /api/items, result:OPTIONS /api/items\)` echoRouter:`writes\(200@echo\.go:26:29 200@echo\.go:27:33\)`
	e := echo.New()
	g := e.Group("/api", echoPreflight)
	g.GET("/items", echoStatus(http.StatusOK))
	g.OPTIONS("/items", echoStatus(http.StatusOK))
	return e
}

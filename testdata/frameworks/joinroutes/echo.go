package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// echoStatus is a handler that writes code.
func echoStatus(code int) echo.HandlerFunc {
	return func(c echo.Context) error { return c.NoContent(code) }
}

// echoRouter: a group's prefix and a path written one after the other,
// with a leading slash at the root.
func echoRouter() http.Handler { // want echoRouter:`writes\(200@echo\.go:18:30 201@echo\.go:20:25 202@echo\.go:21:26 203@echo\.go:22:26 204@echo\.go:23:48\)` echoRouter:`registers\(result:GET /version, result:GET /api, result:GET /api/, result:GET /apix, result:GET /api/v1/users/:id\)`
	e := echo.New()
	e.GET("version", echoStatus(http.StatusOK))
	api := e.Group("/api")
	api.GET("", echoStatus(http.StatusCreated))
	api.GET("/", echoStatus(http.StatusAccepted))
	api.GET("x", echoStatus(http.StatusNonAuthoritativeInfo))
	api.Group("/v1").GET("/users/:id", echoStatus(http.StatusNoContent))
	return e
}

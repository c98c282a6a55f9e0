package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoStatus(code int) echo.HandlerFunc {
	return func(c echo.Context) error { return c.NoContent(code) }
}

func echoDeny(next echo.HandlerFunc) echo.HandlerFunc { // want echoDeny:`writes\(403@echo\.go:14:57\)`
	return func(c echo.Context) error { return c.NoContent(http.StatusForbidden) }
}

func echoTeapot(next echo.HandlerFunc) echo.HandlerFunc { // want echoTeapot:`writes\(418@echo\.go:18:57\)`
	return func(c echo.Context) error { return c.NoContent(http.StatusTeapot) }
}

// echoMount's Use reaches the routes of the group registered after it,
// in the function and in its caller.
func echoMount(g *echo.Group) { // want echoMount:`registers\(0:GET /open, 0:GET /closed, use 0:403@echo\.go:14:57\)`
	g.GET("/open", echoStatus(http.StatusOK))
	g.Use(echoDeny)
	g.GET("/closed", echoStatus(http.StatusCreated))
}

// echoAll's Use on the Echo reaches every route, those its caller
// registered before the call too.
func echoAll(e *echo.Echo) { // want echoAll:`registers\(use 0:418@echo\.go:18:57\)`
	e.Use(echoTeapot)
}

func echoRouter() http.Handler { // want echoRouter:`registers\(result:GET /first, result:GET /m/open, result:GET /m/closed, result:GET /m/after, result:GET /n/x, use result:418@echo\.go:18:57\)` echoRouter:`writes\(202@echo\.go:37:29 204@echo\.go:40:29 205@echo\.go:41:37\)`
	e := echo.New()
	e.GET("/first", echoStatus(http.StatusAccepted))
	g := e.Group("/m")
	echoMount(g)
	g.GET("/after", echoStatus(http.StatusNoContent))
	e.Group("/n").GET("/x", echoStatus(http.StatusResetContent))
	echoAll(e)
	return e
}

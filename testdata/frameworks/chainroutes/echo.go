package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoStatus(code int) echo.HandlerFunc {
	return func(c echo.Context) error { return c.NoContent(code) }
}

// echoDeny answers every request itself.
func echoDeny(next echo.HandlerFunc) echo.HandlerFunc { // want echoDeny:`writes\(403@echo\.go:15:57\)`
	return func(c echo.Context) error { return c.NoContent(http.StatusForbidden) }
}

func echoTeapot(next echo.HandlerFunc) echo.HandlerFunc { // want echoTeapot:`writes\(418@echo\.go:19:57\)`
	return func(c echo.Context) error { return c.NoContent(http.StatusTeapot) }
}

// echoRouter: the Echo's Use runs for every route, registered before it
// or after; a group's Use only for the group's routes registered after
// it.
func echoRouter() http.Handler { // want echoRouter:`writes\(200@echo\.go:28:30 201@echo\.go:30:29 202@echo\.go:33:28 204@echo\.go:32:32\)` echoRouter:`registers\(result:GET /g/before, result:GET /g/after, result:GET /g/skipping, result:GET /root, use result:403@echo\.go:15:57\)`
	e := echo.New()
	g := e.Group("/g")
	g.GET("/before", echoStatus(http.StatusOK))
	g.Use(echoTeapot)
	g.GET("/after", echoStatus(http.StatusCreated))
	g.Use(echoSkipping)
	g.GET("/skipping", echoStatus(http.StatusNoContent))
	e.GET("/root", echoStatus(http.StatusAccepted))
	e.Use(echoDeny)
	return e
}

// skipProbe tells echoSkipping whether a request is a probe: a function
// of the context that returns a bool decides and answers nothing, so
// where it returns is no implicit 200 (it has no fact).
func skipProbe(c echo.Context) bool { return c.Request().Header.Get("X-Probe") != "" }

// echoSkipping asks skipProbe and passes every request on.
func echoSkipping(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if skipProbe(c) {
			return next(c)
		}
		return next(c)
	}
}

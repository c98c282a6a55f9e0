package main

import (
	"net/http"

	echov5 "github.com/labstack/echo/v5"

	"example.com/frameworks/errmappers/coded"
)

// foundRoutes serves foundGet on an echo v5 router of its own.
func foundRoutes() {
	e := echov5.New()
	e.GET("/v5/found/:id", foundGet)
	e.Start(":8083")
}

// foundGet returns the error of a package that imports no framework,
// whose type says its code by StatusCode(): echo v5 answers it.
func foundGet(c *echov5.Context) error { // want foundGet:`writes\(200@found.go:24:16 404@coded.go:14:9 always\)`
	if err := coded.Find(c.Param("id")); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, order{})
}

// Package main serves echo v4, echo v5 and fiber handlers that return
// the result of error-mapping functions: toHTTPError here, and
// apperr's in another package. A handler answers the codes of the errors
// the mapper makes, not the framework's 500, unless the mapper may
// return an error of no known code.
package main

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	echov5 "github.com/labstack/echo/v5"

	"example.com/frameworks/errmappers/apperr"
)

var (
	errNotFound = errors.New("no such order")
	errConflict = errors.New("order changed")
)

type order struct{ ID string }

func main() {
	e := echo.New()
	e.GET("/orders/:id", getOrder)
	e.PUT("/orders/:id", putOrder)
	e.POST("/orders", createOrder)
	e.GET("/limited", limitedV4)
	e.POST("/bind", bindOrder)
	e.Start(":8080")

	app := fiber.New()
	app.Get("/fiber/orders/:id", fiberGet)
	app.Listen(":8081")

	e5 := echov5.New()
	e5.GET("/v5/orders/:id", limitedGet)
	e5.POST("/v5/bind", bindV5)
	e5.Start(":8082")
}

// toHTTPError maps the store's errors to echo's: 404 or 409, never 500.
func toHTTPError(err error) error { // want toHTTPError:`answers\(404@main.go:48:28 409@main.go:50:27\)`
	if errors.Is(err, errNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, err.Error())
	}
	return echo.NewHTTPError(http.StatusConflict, err.Error())
}

func load(id string) (*order, error) {
	if id == "" {
		return nil, errNotFound // no code of its own: no fact
	}
	return &order{ID: id}, nil
}

func getOrder(c echo.Context) error { // want getOrder:`writes\(200@main.go:65:16 404@main.go:48:28 409@main.go:50:27 always\)`
	o, err := load(c.Param("id"))
	if err != nil {
		return toHTTPError(err)
	}
	return c.JSON(http.StatusOK, o)
}

func putOrder(c echo.Context) error { // want putOrder:`writes\(204@main.go:72:21 404@main.go:48:28 409@main.go:50:27 always\)`
	if c.Param("id") == "0" {
		return toHTTPError(errConflict)
	}
	return c.NoContent(http.StatusNoContent)
}

// createOrder returns what apperr.ToEcho makes of the error: its codes,
// and 500 for the error it passes on.
func createOrder(c echo.Context) error { // want createOrder:`writes\(201@main.go:81:16 400@apperr.go:35:11 409@apperr.go:47:19 410@apperr.go:37:10 500@main.go:79:10 always\)`
	if err := apperr.Validate(c.QueryParam("name")); err != nil {
		return apperr.ToEcho(err)
	}
	return c.JSON(http.StatusCreated, order{})
}

// fiberGet returns what apperr.ToFiber makes of the error: a
// *fiber.Error with a constant code, the 404 of fiber.ErrNotFound.
func fiberGet(c *fiber.Ctx) error { // want fiberGet:`writes\(200@main.go:90:9 404@apperr.go:59:9 422@apperr.go:57:25 always\)`
	if err := apperr.Validate(c.Params("id")); err != nil {
		return apperr.ToFiber(err)
	}
	return c.JSON(order{})
}

// limitedGet returns an error whose type says its code by StatusCode():
// echo v5 answers it.
func limitedGet(c *echov5.Context) error { // want limitedGet:`writes\(200@main.go:99:16 429@apperr.go:69:9 always\)`
	if err := apperr.Limit(c.Request().RemoteAddr); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, order{})
}

// limitedV4 returns the same error to echo v4, which does not ask an
// error for its StatusCode: 500.
func limitedV4(c echo.Context) error { // want limitedV4:`writes\(500@main.go:105:9 always\)`
	return apperr.Limit(c.Request().RemoteAddr)
}

// bindOrder returns the error of echo's binder: its 400 and 415, not
// 500.
func bindOrder(c echo.Context) error { // want bindOrder:`writes\(201@main.go:115:16 400@main.go:112:12 415@main.go:112:12 always\)`
	var o order
	if err := c.Bind(&o); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, o)
}

func bindV5(c *echov5.Context) error { // want bindV5:`writes\(201@main.go:124:16 400@main.go:120:9 415@main.go:120:9 always\)`
	var o order
	err := c.Bind(&o)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, o)
}

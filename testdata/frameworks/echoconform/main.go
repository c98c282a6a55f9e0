// Package main serves an echo server out of step with openapi.yaml,
// which .httpstatus.yaml names, in each way. The document (OpenAPI 3.2)
// has the server https://{environment}.example.com/{version}/, whose
// variables default to api and v1: the routes of the /v1
// group are its operations. Handlers answer with echo's errors, whose
// codes count as written where they are returned.
package main

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/echoconform/echoorders"
)

func main() {
	e := echo.New()
	v1 := e.Group("/v1")
	v1.POST("/orders", createOrder)            // 201 and 409 documented: silent
	v1.Add("QUERY", "/orders", search)         // OpenAPI 3.2's query method: documented, silent
	v1.GET("/orders/:id", getOrder)            // want `GET /orders/\{orderID\}: status 409 \(written at main.go:46\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)$`
	v1.DELETE("/orders/:id", deleteOrder)      // default documents the errors, 500 among them: silent
	v1.Match(updates, "/orders/:id", putOrder) // methods that are not constants: not checked
	v1.GET("/health", health)                  // want `GET /health: status 200 \(written at main.go:76\) is not documented for this operation in openapi.yaml \(documented: 201\)$`
	v1.GET("/reports/daily", daily)            // 410 is documented and never written: httpstatus routes shows it, the analyzer does not
	v1.POST("/orders/:id/cancel", cancel)      // want `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml$`
	echoorders.Register(v1)                    // want `GET /orders/\{orderID\}/items: status 410 \(written at orders.go:18\) is not documented for this operation in openapi.yaml \(documented: 200\); the route is registered at echoorders/orders.go:13$`
	e.GET("/orders/:id", getOrder)             // want `route GET /orders/\{id\} is not documented in openapi.yaml$`
	e.Start(":8080")
}

func createOrder(c echo.Context) error {
	if c.Request().Header.Get("Idempotency-Key") == "used" {
		return echo.ErrConflict
	}
	return c.NoContent(http.StatusCreated)
}

func getOrder(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.ErrNotFound
	case "locked":
		return echo.NewHTTPError(http.StatusConflict, "locked") // documented for POST /orders only
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

// updates are the methods of putOrder's route, which the analysis does
// not follow into a variable.
var updates = []string{http.MethodPut, http.MethodPatch}

func putOrder(c echo.Context) error {
	return c.NoContent(http.StatusOK)
}

func search(c echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}

func deleteOrder(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.ErrNotFound
	case "busy":
		return errors.New("busy") // not an echo error: 500
	}
	return c.NoContent(http.StatusNoContent)
}

// health returns nil without a status: an implicit 200, where the
// document has only 201.
func health(c echo.Context) error {
	return nil
}

func daily(c echo.Context) error {
	return c.String(http.StatusOK, "report")
}

func cancel(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

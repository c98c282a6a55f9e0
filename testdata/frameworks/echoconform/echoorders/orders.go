// Package echoorders registers routes on the echo group its caller
// passes: their findings are at the call, which knows the prefix.
package echoorders

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Register adds the order items route.
func Register(g *echo.Group) {
	g.GET("/orders/:id/items", items)
}

func items(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.ErrGone // documented for GET /reports/daily only
	}
	return c.JSON(http.StatusOK, []string{})
}

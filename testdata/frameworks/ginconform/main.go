// Package main serves a gin engine out of step with openapi.yaml, which
// .httpstatus.yaml names, in each way. The document's server is
// https://api.example.com/v1: the routes of the /v1 group are its
// operations. The document takes a path item and responses from other
// files by $ref.
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	v1 := r.Group("/v1")
	v1.POST("/orders", createOrder)       // 201 and 409 documented: silent
	v1.GET("/orders/:id", getOrder)       // want `GET /orders/\{orderID\}: status 409 \(written at main.go:45\) is not documented for this operation in openapi.yaml \(documented: 200, 404\)$`
	v1.DELETE("/orders/:id", deleteOrder) // default documents the errors: silent
	// PUT is documented, PATCH is not.
	v1.Match([]string{http.MethodPut, http.MethodPatch}, "/orders/:id", putOrder) // want `route PATCH /v1/orders/\{id\} is not documented in openapi.yaml$`
	v1.GET("/health", health)                                                     // want `GET /health: status 200 \(written at main.go:74\) is not documented for this operation in openapi.yaml \(documented: 201\)$`
	registerReports(v1)                                                           // a function of this package: the findings are at its registrations
	v1.POST("/orders/:id/cancel", cancel)                                         // want `route POST /v1/orders/\{id\}/cancel is not documented in openapi.yaml$`
	v1.Any("/ping", ping)                                                         // want `POST /ping: status 200 \(written at main.go:98\) is not documented for this operation in openapi.yaml \(documented: 202\)$`
	prefix := os.Getenv("API_PREFIX")
	r.GET(prefix+"/orders/:id", getOrder) // a path that is not a constant: not checked
	r.Run()
}

func createOrder(c *gin.Context) {
	if c.GetHeader("Idempotency-Key") == "used" {
		c.AbortWithStatus(http.StatusConflict)
		return
	}
	c.Status(http.StatusCreated)
}

func getOrder(c *gin.Context) {
	switch c.Param("id") {
	case "":
		c.AbortWithStatus(http.StatusNotFound)
	case "locked":
		c.JSON(http.StatusConflict, gin.H{"error": "locked"}) // documented for POST /orders only
	default:
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	}
}

func deleteOrder(c *gin.Context) {
	switch c.Param("id") {
	case "":
		c.AbortWithStatus(http.StatusNotFound)
	case "busy":
		c.AbortWithStatus(http.StatusInternalServerError)
	default:
		c.Status(http.StatusNoContent)
	}
}

func putOrder(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Status(http.StatusOK)
}

// health sets a header and no status: an implicit 200, where the
// document has only 201.
func health(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
}

// registerReports registers the report routes under the group it is
// given; in this package, so their findings are at the registrations.
func registerReports(g *gin.RouterGroup) {
	g.GET("/reports/daily", daily)   // 410 is documented and never written: httpstatus routes shows it, the analyzer does not
	g.GET("/reports/weekly", weekly) // want `route GET /v1/reports/weekly is not documented in openapi.yaml$`
}

func weekly(c *gin.Context) {
	c.String(http.StatusOK, "report")
}

func daily(c *gin.Context) {
	c.String(http.StatusOK, "report")
}

func cancel(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

// ping serves every method: GET /ping documents its 200, POST /ping
// does not.
func ping(c *gin.Context) {
	c.String(http.StatusOK, "pong")
}

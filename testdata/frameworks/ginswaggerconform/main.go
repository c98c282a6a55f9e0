// Package main serves a gin engine out of step, in each way, with
// docs/swagger.json, the Swagger 2.0 document that swag writes and that
// .httpstatus.yaml names. Its basePath, /api/v1, is where its paths
// start: the routes of the /api/v1 group are its operations.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	api := r.Group("/api/v1")
	api.GET("/pets", listPets)         // 200 documented: silent
	api.POST("/pets", createPet)       // want `POST /pets: status 404 \(written at main.go:32\) is not documented for this operation in swagger.json \(documented: 201, 400\)$`
	api.GET("/pets/:id", getPet)       // 200 and 404 documented: silent
	api.DELETE("/pets/:id", deletePet) // default documents the errors: silent
	api.GET("/health", health)         // 2XX documents the implicit 200: silent
	api.PUT("/pets/:id", putPet)       // want `route PUT /api/v1/pets/\{id\} is not documented in swagger.json$`
	r.GET("/pets", listPets)           // want `route GET /pets is not documented in swagger.json$`
	r.Run()
}

func listPets(c *gin.Context) {
	c.JSON(http.StatusOK, []string{"rex"})
}

func createPet(c *gin.Context) {
	if c.Query("owner") == "gone" {
		c.AbortWithStatus(http.StatusNotFound) // documented for GET /pets/{id}, not here
		return
	}
	if c.ContentType() != "application/json" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Status(http.StatusCreated)
}

func getPet(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

func deletePet(c *gin.Context) {
	if c.Param("id") == "busy" {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// health sets a header and no status: an implicit 200.
func health(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
}

func putPet(c *gin.Context) {
	c.Status(http.StatusOK)
}

// Package users registers its routes on a gin group it is given.
package users

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Register(g *gin.RouterGroup) {
	g.GET("/users/:id", get)
	g.POST("/users", create)
}

func get(c *gin.Context) {
	if c.Param("id") == "0" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

func create(c *gin.Context) {
	c.Header("Location", "/users/1") // no status on this path: 200
}

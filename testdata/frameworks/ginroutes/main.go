// Package main builds a gin engine with groups, middleware and routes
// registered by another package under a group's prefix.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/frameworks/ginroutes/users"
)

func main() {
	r := gin.New()
	r.GET("/health", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	v1 := r.Group("/v1", auth)
	users.Register(v1)
	admin := v1.Group("/admin")
	admin.Use(adminOnly)
	admin.Handle(http.MethodDelete, "/cache", purge)
	r.Any("/files/*path", files)
	r.Run()
}

func auth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func adminOnly(c *gin.Context) {
	if c.GetHeader("X-Admin") == "" {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "admin only"})
		return
	}
	c.Next()
}

func purge(c *gin.Context) {
	c.Status(http.StatusAccepted)
}

func files(c *gin.Context) {
	c.String(http.StatusNotImplemented, "no files")
}

package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginStatus(code int) gin.HandlerFunc {
	return func(c *gin.Context) { c.Status(code) }
}

// ginDeny answers the request and stops the chain.
func ginDeny(c *gin.Context) { // want ginDeny:`writes\(403@gin\.go:15:20 always\)`
	c.AbortWithStatus(http.StatusForbidden)
}

// ginTag neither aborts nor writes: gin runs the next handler, with or
// without c.Next().
func ginTag(c *gin.Context) { // want ginTag:`writes\(200@gin\.go:22:1\)`
	c.Header("X-Tag", "1")
}

// ginStop stops the chain where asked: gin answers 200, nothing being
// written.
func ginStop(c *gin.Context) { // want ginStop:`writes\(200@gin\.go:28:3 always\)`
	if c.Query("stop") != "" {
		c.Abort()
		return
	}
	c.Next()
}

// ginRouter: Use gives its middleware to the routes registered after it
// on its group, and to the groups made after it.
func ginRouter() http.Handler { // want ginRouter:`writes\(200@gin\.go:40:29 201@gin\.go:43:28 202@gin\.go:44:36\)` ginRouter:`registers\(result:GET /before, result:GET /after, result:GET /early/x, use result:200@gin\.go:28:3 403@gin\.go:15:20\)`
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(ginTag)
	r.GET("/before", ginStatus(http.StatusOK))
	early := r.Group("/early")
	r.Use(ginStop, ginDeny)
	r.GET("/after", ginStatus(http.StatusCreated))
	early.GET("/x", ginTag, ginStatus(http.StatusAccepted))
	return r
}

package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginStatus(code int) gin.HandlerFunc {
	return func(c *gin.Context) { c.Status(code) }
}

func ginDeny(c *gin.Context) { // want ginDeny:`writes\(403@gin\.go:14:20 always\)`
	c.AbortWithStatus(http.StatusForbidden)
}

// ginMount's Use reaches the routes it registers after it, and those
// its caller registers on the same group after the call: the group
// keeps it.
func ginMount(g *gin.RouterGroup) { // want ginMount:`registers\(0:GET /open, 0:GET /closed, use 0:403@gin\.go:14:20\)`
	g.GET("/open", ginStatus(http.StatusOK))
	g.Use(ginDeny)
	g.GET("/closed", ginStatus(http.StatusCreated))
}

// ginRouter: the Use of ginMount reaches neither the routes registered
// before the call nor those of another group.
func ginRouter() http.Handler { // want ginRouter:`registers\(result:GET /first, result:GET /m/open, result:GET /m/closed, result:GET /api/open, result:GET /api/closed, result:GET /api/after, result:GET /last\)` ginRouter:`writes\(202@gin\.go:31:28 202@gin\.go:36:27 204@gin\.go:35:30\)`
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/first", ginStatus(http.StatusAccepted))
	ginMount(r.Group("/m"))
	api := r.Group("/api")
	ginMount(api)
	api.GET("/after", ginStatus(http.StatusNoContent))
	r.GET("/last", ginStatus(http.StatusAccepted))
	return r
}

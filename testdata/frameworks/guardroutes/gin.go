package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginStatus(code int) gin.HandlerFunc {
	return func(c *gin.Context) { c.Status(code) }
}

// ginCORS answers a preflight itself and passes every other request on:
// its 204 is for OPTIONS only.
func ginCORS(c *gin.Context) { // want ginCORS:`writes\(204@gin\.go:18:21 always\)`
	c.Header("Access-Control-Allow-Origin", "*")
	if c.Request.Method == http.MethodOptions {
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

// ginWrites refuses what is not a write: 405 for GET and HEAD only.
func ginWrites(c *gin.Context) { // want ginWrites:`writes\(405@gin\.go:30:21 always\)`
	switch c.Request.Method {
	case http.MethodPost, http.MethodPut:
		c.Next()
	default:
		c.AbortWithStatus(http.StatusMethodNotAllowed)
	}
}

func ginRouter() http.Handler { // want ginRouter:`registers\(result:GET /api/items, result:POST /api/items, result:OPTIONS /api/items, result:\* /api/any, result:GET /w/x, result:PUT /w/x\)` ginRouter:`writes\(200@gin\.go:38:30 200@gin\.go:40:34 200@gin\.go:43:24 201@gin\.go:39:31 201@gin\.go:44:24 202@gin\.go:41:28\)`
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	api := r.Group("/api", ginCORS)
	api.GET("/items", ginStatus(http.StatusOK))
	api.POST("/items", ginStatus(http.StatusCreated))
	api.OPTIONS("/items", ginStatus(http.StatusOK))
	api.Any("/any", ginStatus(http.StatusAccepted))
	w := r.Group("/w", ginWrites)
	w.GET("/x", ginStatus(http.StatusOK))
	w.PUT("/x", ginStatus(http.StatusCreated))
	return r
}

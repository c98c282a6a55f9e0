package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// ginStatus is a handler that writes code.
func ginStatus(code int) gin.HandlerFunc {
	return func(c *gin.Context) { c.Status(code) }
}

// ginRouter: paths joined by path.Join under the engine's base "/".
func ginRouter() http.Handler { // want ginRouter:`registers\(result:GET /version, result:POST /user, result:GET /v1/items/, result:GET /v2/, result:GET /a/b/c/:id\)`
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	ginRoutes(r)
	return r
}

func ginRoutes(r *gin.Engine) { // want ginRoutes:`registers\(0:GET version, 0:POST /user, 0:GET v1/items/, 0:GET /v2/, 0:GET /a/b/c/:id\)`
	r.GET("version", ginStatus(http.StatusOK))
	user := r.Group("/user")
	user.Use(ginStatus(http.StatusCreated)).POST("", ginStatus(http.StatusCreated))
	r.Group("v1").GET("/items/", ginStatus(http.StatusAccepted))
	r.Group("/v2/").GET("", ginStatus(http.StatusNonAuthoritativeInfo))
	r.Group("/a").Group("b").GET("c/:id", ginStatus(http.StatusNoContent))
}

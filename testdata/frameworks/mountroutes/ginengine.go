package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginTeapot(c *gin.Context) { // want ginTeapot:`writes\(418@ginengine\.go:10:20 always\)`
	c.AbortWithStatus(http.StatusTeapot)
}

// ginEngine builds the engine with its middleware: the routes its caller
// registers on the result, and on the groups it makes of it, get it.
func ginEngine() *gin.Engine { // want ginEngine:`registers\(use result:418@ginengine\.go:10:20\)`
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(ginTeapot)
	return r
}

func ginEngineRouter() http.Handler { // want ginEngineRouter:`registers\(result:GET /tea, result:GET /v1/tea, use result:418@ginengine\.go:10:20\)` ginEngineRouter:`writes\(200@ginengine\.go:24:26 201@ginengine\.go:26:27\)`
	r := ginEngine()
	r.GET("/tea", ginStatus(http.StatusOK))
	v1 := r.Group("/v1")
	v1.GET("/tea", ginStatus(http.StatusCreated))
	return r
}

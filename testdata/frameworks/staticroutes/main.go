// Package main serves files with gin, echo and fiber: each file server
// registers its routes (GET and HEAD where the router does) with the
// file server's codes.
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func main() {
	r := gin.New()
	r.Static("/assets", "./public")
	r.StaticFile("/favicon.ico", "./public/favicon.ico")
	img := r.Group("/img")
	img.StaticFS("", http.Dir("./images"))
	img.StaticFileFS("logo", "logo.png", http.Dir("./images"))
	go r.Run(":8080")

	e := echo.New()
	e.Static("/static", "public")
	e.File("/", "public/index.html")
	docs := e.Group("/docs")
	docs.StaticFS("/", os.DirFS("docs"))
	docs.FileFS("/guide", "guide.html", os.DirFS("docs"))
	go e.Start(":8081")

	app := fiber.New()
	app.Static("/public", "./public")
	app.Listen(":8082")
}

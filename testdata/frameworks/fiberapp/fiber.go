// Package fiberapp exercises the fiber v2 sinks against
// the real github.com/gofiber/fiber/v2, which declares its own Status
// constants.
package fiberapp

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

func handler(c *fiber.Ctx) error {
	c.Status(404)                                       // want `use fiber.StatusNotFound instead of 404`
	c.Status(fiber.StatusNotFound)                      // documented named constant: silent
	c.Status(fiber.StatusOK)                            // silent
	c.Status(http.StatusOK)                             // net/http's constant: silent too
	c.Status(fiber.StatusTeapot)                        // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	c.Status(fiber.StatusSwitchProxy)                   // want `status 306 is not documented`
	_ = c.Status(201).JSON(fiber.Map{"id": 1})          // want `use fiber.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	_ = c.Status(fiber.StatusBadRequest).JSON(nil)      // silent
	_ = c.SendStatus(500)                               // want `use fiber.StatusInternalServerError instead of 500`
	_ = c.SendStatus(fiber.StatusServiceUnavailable)    // silent
	_ = c.SendStatus(1000)                              // want `invalid HTTP status code 1000`
	_ = c.Redirect("/x")                                // no status: silent
	_ = c.Redirect("/x", 301)                           // want `use fiber.StatusMovedPermanently instead of 301` `status 301 \(StatusMovedPermanently\) is not documented`
	_ = c.Redirect("/x", fiber.StatusTemporaryRedirect) // want `status 307 \(StatusTemporaryRedirect\) is not documented`
	_ = c.RedirectBack("/", 302)                        // want `use fiber.StatusFound instead of 302` `status 302 \(StatusFound\) is not documented`
	_ = c.RedirectBack("/")                             // no status: silent
	_ = c.RedirectToRoute("home", fiber.Map{}, 500)     // want `use fiber.StatusInternalServerError instead of 500`
	codes := []int{302}
	_ = c.Redirect("/x", codes...) // a spread slice is not followed

	// fiber names 203 StatusNonAuthoritativeInformation: the fix falls back
	// to net/http's name.
	c.Status(203) // want `use http.StatusNonAuthoritativeInfo instead of 203` `status 203 \(StatusNonAuthoritativeInfo\) is not documented`

	// The underlying fasthttp response: a fasthttp sink, and this file does
	// not import fasthttp, so the fix names net/http's constant.
	c.Response().SetStatusCode(409) // want `use http.StatusConflict instead of 409`

	if c.Params("id") == "" {
		return fiber.NewError(400, "missing id") // want `use fiber.StatusBadRequest instead of 400`
	}
	if c.Params("id") == "teapot" {
		return fiber.NewError(fiber.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented`
	}
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"ok": true})
}

// fail is a user's wrapper around a fiber sink.
func fail(c *fiber.Ctx, status int, msg string) error { // want fail:`statusWrapper\(1:sets\+strict\)`
	return c.Status(status).JSON(fiber.Map{"error": msg})
}

func useFail(c *fiber.Ctx) error {
	if c.Query("q") == "" {
		return fail(c, 422, "no query") // want `use http.StatusUnprocessableEntity instead of 422` `status 422 \(StatusUnprocessableEntity\) is not documented`
	}
	return fail(c, fiber.StatusForbidden, "no")
}

func app() *fiber.App {
	a := fiber.New(fiber.Config{BodyLimit: 404 * 1024})
	a.Get("/", handler)
	return a
}

// fiber.Error.Code is a status field by the table.
func fiberErrors(c *fiber.Ctx) error {
	if c.Query("a") == "" {
		return &fiber.Error{Code: 499, Message: "closed"} // want `status 499 is not documented in catalog "default"`
	}
	e := fiber.NewError(fiber.StatusBadRequest)
	e.Code = 418 // want `use fiber.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	return e
}

// A user's constructor around fiber.Error is a wrapper.
func apiError(code int, msg string) *fiber.Error { // want apiError:`statusWrapper\(0:sets\+strict\)`
	return &fiber.Error{Code: code, Message: msg}
}

func useAPIError() error { return apiError(http.StatusConflict, "dup") }

// Package fiberfix: a fiber file that does not import net/http; the fix
// names fiber's own constants, and a user's wrapper gets them too.
package fiberfix

import "github.com/gofiber/fiber/v2"

func handler(c *fiber.Ctx) error {
	c.Status(404)            // want `use fiber.StatusNotFound instead of 404`
	_ = c.Redirect("/", 303) // want `use fiber.StatusSeeOther instead of 303` `status 303 \(StatusSeeOther\) is not documented`
	if c.Params("id") == "" {
		return fiber.NewError(0x190, "bad") // want `use fiber.StatusBadRequest instead of 400`
	}
	return send(c, 500) // want `use fiber.StatusInternalServerError instead of 500`
}

func send(c *fiber.Ctx, code int) error { return c.SendStatus(code) } // want send:`statusWrapper\(1:sets\+strict\)`

// fiber.Error.Code is a status field by the table: keyed and positional.
func fiberErrors(c *fiber.Ctx) error {
	if c.Query("a") == "" {
		return &fiber.Error{Code: 409, Message: "dup"} // want `use fiber.StatusConflict instead of 409`
	}
	return &fiber.Error{403, "no"} // want `use fiber.StatusForbidden instead of 403`
}

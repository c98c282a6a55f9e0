// Package gin stands in for github.com/gin-gonic/gin in the ginkeep
// fixture: the Context methods it calls, with gin's writer rule (a code
// <= 0 keeps the status set so far).
package gin

import "net/http"

type Context struct{ Writer http.ResponseWriter }

func (c *Context) Status(code int) {
	if code > 0 {
		c.Writer.WriteHeader(code)
	}
}

func (c *Context) Render(code int, r any) { c.Status(code) }

func (c *Context) JSON(code int, obj any) { c.Render(code, obj) }

// Redirect's code goes to gin's redirect renderer, which panics on a code
// that is not a redirect.
func (c *Context) Redirect(code int, location string) {
	if code < 300 || code > 308 {
		panic("Cannot redirect with status code")
	}
	c.Render(-1, location)
}

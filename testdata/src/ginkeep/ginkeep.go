// Package ginkeep: gin takes -1 for "keep the status set so far" (its
// writer ignores codes <= 0, and gin's own SSEvent, Redirect and logger
// pass -1), so -1 at gin's sinks is not an invalid code, nor through a
// wrapper that reaches only gin's. Everywhere else it is.
package ginkeep

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func handler(c *gin.Context, w http.ResponseWriter) {
	c.Render(-1, nil) // gin's idiom: silent
	c.JSON(-1, nil)
	keep := -1
	c.Status(keep)
	c.JSON(-2, nil)         // want `invalid HTTP status code -2`
	c.JSON(0, nil)          // want `invalid HTTP status code 0`
	c.Redirect(-1, "/")     // want `invalid HTTP status code -1`
	w.WriteHeader(-1)       // want `invalid HTTP status code -1`
	_ = http.StatusText(-1) // want `invalid HTTP status code -1`
}

// respond reaches gin's sinks only: -1 keeps the status.
func respond(c *gin.Context, code int) { c.JSON(code, nil) } // want respond:`statusWrapper\(1:sets\)`

// both reaches net/http's WriteHeader too, where -1 panics.
func both(c *gin.Context, w http.ResponseWriter, code int) { // want both:`statusWrapper\(2:sets\+strict\)`
	c.JSON(code, nil)
	w.WriteHeader(code)
}

func callers(c *gin.Context, w http.ResponseWriter) {
	respond(c, -1)
	both(c, w, -1) // want `invalid HTTP status code -1`
}

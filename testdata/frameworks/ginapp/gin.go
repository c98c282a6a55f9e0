// Package ginapp exercises the gin sinks against the
// real github.com/gin-gonic/gin.
package ginapp

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	"example.com/frameworks/ginwrap"
)

func handler(c *gin.Context) {
	c.Status(404)                                        // want `use http.StatusNotFound instead of 404`
	c.Status(http.StatusNotFound)                        // documented named constant: silent
	c.JSON(http.StatusOK, gin.H{"ok": true})             // silent
	c.JSON(201, gin.H{})                                 // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented in catalog "default"`
	c.JSON(http.StatusTeapot, nil)                       // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	c.IndentedJSON(400, nil)                             // want `use http.StatusBadRequest instead of 400`
	c.SecureJSON(401, nil)                               // want `use http.StatusUnauthorized instead of 401`
	c.JSONP(403, nil)                                    // want `use http.StatusForbidden instead of 403`
	c.AsciiJSON(405, nil)                                // want `use http.StatusMethodNotAllowed instead of 405`
	c.PureJSON(406, nil)                                 // want `use http.StatusNotAcceptable instead of 406`
	c.XML(407, nil)                                      // want `use http.StatusProxyAuthRequired instead of 407`
	c.YAML(408, nil)                                     // want `use http.StatusRequestTimeout instead of 408`
	c.TOML(409, nil)                                     // want `use http.StatusConflict instead of 409`
	c.ProtoBuf(410, nil)                                 // want `use http.StatusGone instead of 410`
	c.String(412, "x")                                   // want `use http.StatusPreconditionFailed instead of 412`
	c.HTML(500, "t", nil)                                // want `use http.StatusInternalServerError instead of 500`
	c.Data(501, "text/plain", nil)                       // want `use http.StatusNotImplemented instead of 501`
	c.DataFromReader(502, 0, "text/plain", nil, nil)     // want `use http.StatusBadGateway instead of 502`
	c.Render(503, render.Data{})                         // want `use http.StatusServiceUnavailable instead of 503`
	c.Redirect(302, "/x")                                // want `use http.StatusFound instead of 302` `status 302 \(StatusFound\) is not documented`
	c.Redirect(http.StatusSeeOther, "/x")                // want `status 303 \(StatusSeeOther\) is not documented`
	c.AbortWithStatus(504)                               // want `use http.StatusGatewayTimeout instead of 504`
	c.AbortWithStatusJSON(204, nil)                      // want `use http.StatusNoContent instead of 204`
	c.AbortWithStatusPureJSON(200, nil)                  // want `use http.StatusOK instead of 200`
	_ = c.AbortWithError(700, errors.New("x"))           // want `invalid HTTP status code 700`
	c.BSON(404, nil)                                     // want `use http.StatusNotFound instead of 404`
	c.Negotiate(406, gin.Negotiate{Offered: []string{}}) // want `use http.StatusNotAcceptable instead of 406`
	c.Status(299)                                        // want `status 299 is not documented in catalog "default"`

	// gin's writer implements http.ResponseWriter: the WriteHeader rule.
	c.Writer.WriteHeader(404)               // want `use http.StatusNotFound instead of 404`
	c.Writer.WriteHeader(http.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented`
	c.Writer.WriteHeaderNow()

	// A local variable: reported at the constant.
	status := 409 // want `use http.StatusConflict instead of 409`
	c.JSON(status, nil)

	// Integers that are not statuses.
	c.Set("retries", 404)
	_ = c.DefaultQuery("page", "404")
	c.SetCookie("n", "v", 3600, "/", "", false, true)

	c.JSON(404, nil) //nolint:httpstatus
}

// fail is a user's wrapper around a gin sink.
func fail(c *gin.Context, code int, err error) { // want fail:`statusWrapper\(1:sets\)`
	c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
}

func useWrappers(c *gin.Context, err error) {
	fail(c, 404, err)               // want `use http.StatusNotFound instead of 404`
	fail(c, http.StatusTeapot, err) // want `status 418 \(StatusTeapot\) is not documented`
	fail(c, http.StatusInternalServerError, err)
	ginwrap.Fail(c, 422, err) // want `use http.StatusUnprocessableEntity instead of 422` `status 422 \(StatusUnprocessableEntity\) is not documented`
	ginwrap.Fail(c, http.StatusBadRequest, err)
	ginwrap.Respond{C: c}.With(201, nil) // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	ginwrap.Respond{C: c}.OK(nil)
}

// Package echov5app exercises the echo v5 sinks against the real
// github.com/labstack/echo/v5. *echo.Context is a struct.
package echov5app

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"
)

func handler(c *echo.Context) error {
	_ = c.JSON(201, nil)                         // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented in catalog "default"`
	_ = c.JSON(http.StatusOK, nil)               // documented named constant: silent
	_ = c.JSONPretty(400, nil, "  ")             // want `use http.StatusBadRequest instead of 400`
	_ = c.JSONBlob(401, nil)                     // want `use http.StatusUnauthorized instead of 401`
	_ = c.JSONP(403, "cb", nil)                  // want `use http.StatusForbidden instead of 403`
	_ = c.JSONPBlob(404, "cb", nil)              // want `use http.StatusNotFound instead of 404`
	_ = c.XML(405, nil)                          // want `use http.StatusMethodNotAllowed instead of 405`
	_ = c.XMLPretty(406, nil, "  ")              // want `use http.StatusNotAcceptable instead of 406`
	_ = c.XMLBlob(407, nil)                      // want `use http.StatusProxyAuthRequired instead of 407`
	_ = c.HTML(408, "<p>")                       // want `use http.StatusRequestTimeout instead of 408`
	_ = c.HTMLBlob(409, nil)                     // want `use http.StatusConflict instead of 409`
	_ = c.String(410, "x")                       // want `use http.StatusGone instead of 410`
	_ = c.Blob(412, "text/plain", nil)           // want `use http.StatusPreconditionFailed instead of 412`
	_ = c.Stream(500, "text/plain", nil)         // want `use http.StatusInternalServerError instead of 500`
	_ = c.NoContent(204)                         // want `use http.StatusNoContent instead of 204`
	_ = c.NoContent(http.StatusNoContent)        // silent
	_ = c.Redirect(301, "/x")                    // want `use http.StatusMovedPermanently instead of 301` `status 301 \(StatusMovedPermanently\) is not documented`
	_ = c.Render(http.StatusTeapot, "tmpl", nil) // want `status 418 \(StatusTeapot\) is not documented`
	_ = c.String(42, "x")                        // want `invalid HTTP status code 42`
	_ = c.NoContent(-1)                          // want `invalid HTTP status code -1`

	// v5's Response() is an http.ResponseWriter: the WriteHeader rule.
	c.Response().WriteHeader(404)                 // want `use http.StatusNotFound instead of 404`
	c.Response().WriteHeader(http.StatusNotFound) // silent
	if r, err := echo.UnwrapResponse(c.Response()); err == nil {
		r.WriteHeader(502) // want `use http.StatusBadGateway instead of 502`
	}

	if strings.HasPrefix(c.Path(), "/teapot") {
		return echo.NewHTTPError(418, "short and stout") // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	}
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "missing id") // silent
	}
	return c.JSON(200, map[string]string{"ok": "yes"}) // want `use http.StatusOK instead of 200`
}

// notFound writes a named constant: silent.
func notFound(c *echo.Context) error {
	return echo.NewHTTPError(http.StatusNotFound, "no such order")
}

// reply is a user's wrapper around a method sink.
func reply(c *echo.Context, code int, v any) error { // want reply:`statusWrapper\(1:sets\+strict\)`
	return c.JSON(code, v)
}

func useReply(c *echo.Context) error {
	if c.QueryParam("x") == "" {
		return reply(c, 503, nil) // want `use http.StatusServiceUnavailable instead of 503`
	}
	return reply(c, http.StatusOK, nil) // silent
}

// A method value is still the sink.
func methodValue(c *echo.Context) error {
	send := c.NoContent
	return send(202) // want `use http.StatusAccepted instead of 202` `status 202 \(StatusAccepted\) is not documented`
}

// routes registers handlers: the port is not a status.
func routes() *echo.Echo {
	e := echo.New()
	e.GET("/", handler)
	e.GET("/orders/:id", notFound)
	e.GET("/reply", useReply)
	go e.Start(":8080")
	return e
}

// echo.HTTPError.Code and echo.ProblemError.Status are status fields by
// the table.
func echoErrors(c *echo.Context) error {
	switch c.Param("x") {
	case "":
		return &echo.HTTPError{Code: 418, Message: "teapot"} // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	case "problem":
		return &echo.ProblemError{Title: "teapot", Status: 418} // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	case "gone":
		return &echo.ProblemError{Title: "gone", Status: http.StatusGone} // silent
	}
	he := echo.NewHTTPError(http.StatusBadRequest, "bad")
	he.Code = 499 // want `status 499 is not documented in catalog "default"`
	return he
}

// A user's constructor around echo.HTTPError is a wrapper.
func apiError(code int, msg string) *echo.HTTPError { // want apiError:`statusWrapper\(0:sets\+strict\)`
	return &echo.HTTPError{Code: code, Message: msg}
}

func useAPIError() error { return apiError(409, "dup") } // want `use http.StatusConflict instead of 409`

// Package fasthttpapp exercises the fasthttp sinks
// against the real github.com/valyala/fasthttp, which declares its own
// Status constants.
package fasthttpapp

import (
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

func handler(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(404)                              // want `use fasthttp.StatusNotFound instead of 404`
	ctx.SetStatusCode(fasthttp.StatusOK)                // documented named constant: silent
	ctx.SetStatusCode(http.StatusOK)                    // net/http's constant: silent too
	ctx.SetStatusCode(fasthttp.StatusTeapot)            // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	ctx.SetStatusCode(fasthttp.StatusFound)             // want `status 302 \(StatusFound\) is not documented`
	ctx.Error("boom", 500)                              // want `use fasthttp.StatusInternalServerError instead of 500`
	ctx.Error("boom", fasthttp.StatusBadGateway)        // silent
	ctx.Redirect("/x", 308)                             // want `use fasthttp.StatusPermanentRedirect instead of 308` `status 308 \(StatusPermanentRedirect\) is not documented`
	ctx.Redirect("/x", fasthttp.StatusMovedPermanently) // want `status 301 \(StatusMovedPermanently\) is not documented`
	ctx.RedirectBytes([]byte("/x"), 307)                // want `use fasthttp.StatusTemporaryRedirect instead of 307` `status 307 \(StatusTemporaryRedirect\) is not documented`
	ctx.TimeoutErrorWithCode("slow", 504)               // want `use fasthttp.StatusGatewayTimeout instead of 504`
	_ = fasthttp.StatusMessage(418)                     // want `use fasthttp.StatusTeapot instead of 418`
	_ = fasthttp.StatusMessage(fasthttp.StatusTeapot)   // names a status: no catalog check
	ctx.Response.SetStatusCode(409)                     // want `use fasthttp.StatusConflict instead of 409`
	ctx.Response.Header.SetStatusCode(410)              // want `use fasthttp.StatusGone instead of 410`
	ctx.Response.Header.SetStatusCode(99)               // want `invalid HTTP status code 99`

	// fasthttp has no StatusTooEarly: the fix falls back to net/http's.
	ctx.SetStatusCode(425) // want `use http.StatusTooEarly instead of 425` `status 425 \(StatusTooEarly\) is not documented`

	// Not statuses.
	ctx.SetBodyString("404")
	ctx.Response.Header.SetContentLength(404)
	_ = ctx.Response.StatusCode() == 404 // a getter, not a sink
}

// setStatus is a user's wrapper around a fasthttp sink.
func setStatus(resp *fasthttp.Response, code int) { // want setStatus:`statusWrapper\(1:sets\+strict\)`
	resp.SetStatusCode(code)
}

func useSetStatus(ctx *fasthttp.RequestCtx) {
	setStatus(&ctx.Response, 403)                      // want `use http.StatusForbidden instead of 403`
	setStatus(&ctx.Response, fasthttp.StatusForbidden) // silent
}

func server() *fasthttp.Server {
	h := fasthttp.TimeoutWithCodeHandler(handler, 5*time.Second, "slow", 503) // want `use fasthttp.StatusServiceUnavailable instead of 503`
	return &fasthttp.Server{Handler: h, Concurrency: 404, ReadBufferSize: 4096}
}

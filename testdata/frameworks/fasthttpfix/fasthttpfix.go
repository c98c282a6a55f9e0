// Package fasthttpfix: a fasthttp file that does not import net/http; the
// fix names fasthttp's own constants.
package fasthttpfix

import (
	"github.com/valyala/fasthttp"
)

func handler(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(404)          // want `use fasthttp.StatusNotFound instead of 404`
	ctx.Error("bad", 400)           // want `use fasthttp.StatusBadRequest instead of 400`
	ctx.Response.SetStatusCode(201) // want `use fasthttp.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	status := 503                   // want `use fasthttp.StatusServiceUnavailable instead of 503`
	ctx.SetStatusCode(status)
}

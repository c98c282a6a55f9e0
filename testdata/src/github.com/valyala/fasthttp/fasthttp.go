// Package fasthttp stands in for github.com/valyala/fasthttp, and is a
// fixture itself: a package that declares the Status constants names its
// own, unqualified, in the literal finding and its fix; it is not made to
// import net/http (found in fasthttp's and fiber's own code on the corpus).
package fasthttp

const (
	StatusOK       = 200
	StatusNotFound = 404
)

type RequestCtx struct{ status int }

func (ctx *RequestCtx) SetStatusCode(statusCode int) { ctx.status = statusCode }

// send is a wrapper of this package.
func send(ctx *RequestCtx, code int) { ctx.SetStatusCode(code) } // want send:`statusWrapper\(1:sets\+strict\)`

func handler(ctx *RequestCtx) {
	ctx.SetStatusCode(404) // want `use StatusNotFound instead of 404`
	send(ctx, 200)         // want `use StatusOK instead of 200`
	{
		StatusOK := "shadowed"
		_ = StatusOK
		ctx.SetStatusCode(200) // want `use http.StatusOK instead of 200`
	}
}

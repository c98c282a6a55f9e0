package frameworks

// A MethodRead is where a handler reads the request's method: a field
// (net/http's Request.Method, which gin's c.Request.Method and echo's
// c.Request().Method reach too) or a method of a context (fiber's
// c.Method(), fasthttp's ctx.Method(), a []byte compared as
// string(ctx.Method())), or a method that tests it (fasthttp's
// ctx.IsGet()). A status written only where the method read there is
// tested equal, or not equal, to a constant is written for those
// methods only: a GET route never runs its OPTIONS branch.
type MethodRead struct {
	Pkg, Type, Name string
	Func            bool // a method of Type, not a field
	// Tests is the method that a call of the method Name reports the
	// request's to be: fasthttp's IsGet, "GET".
	Tests string
}

// MethodReads are the places handlers read the request's method.
var MethodReads = []MethodRead{
	{Pkg: NetHTTP, Type: "Request", Name: "Method"},
	{Pkg: Fiber, Type: "Ctx", Name: "Method", Func: true},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "Method", Func: true},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsGet", Func: true, Tests: "GET"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsHead", Func: true, Tests: "HEAD"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsPost", Func: true, Tests: "POST"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsPut", Func: true, Tests: "PUT"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsPatch", Func: true, Tests: "PATCH"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsDelete", Func: true, Tests: "DELETE"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsOptions", Func: true, Tests: "OPTIONS"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsConnect", Func: true, Tests: "CONNECT"},
	{Pkg: Fasthttp, Type: "RequestCtx", Name: "IsTrace", Func: true, Tests: "TRACE"},
}

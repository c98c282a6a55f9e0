package analyzer

// This file holds the table of sinks: the calls and fields where a status
// code is set or named. It is data; resolve.go turns it into type-checker
// objects once per package.

// A kind says which checks apply to a value that reaches a sink.
type kind uint8

const (
	// names: the value names a status but sets none (http.StatusText, a
	// client comparing the code it got). Only the literal and invalid
	// checks apply: a client reads other services' codes, so the catalog
	// does not.
	names kind = 1 << iota
	// sets: the value becomes the status of a response. Every check applies.
	sets
	// strict: -1 is an invalid code there, as every other code outside
	// 100-599. Every sink is strict but gin's (callSink.keep); a wrapper
	// is strict when any of the sinks it reaches is.
	strict
)

// A callSink is a function or method whose argument arg is a status.
type callSink struct {
	pkg  string // import path
	recv string // receiver's named type; "" for a package-level function
	name string // function or method name
	arg  int    // index of the status argument (a variadic one counts only when passed)
	kind kind
	// consts is the package whose own Status constants the literal fix
	// names when the file imports it ("" for net/http's).
	consts string
	// keep: -1 keeps the status set so far, so it is not reported. gin's
	// writer ignores codes <= 0, and gin passes -1 itself where it writes
	// a body without touching the status (c.Render(-1, ...) in SSEvent,
	// Redirect, the logger's c.JSON(-1, ...)). Not Redirect's code, which
	// gin's redirect renderer checks: -1 panics there.
	keep bool
}

// kinds is what reaches the sink through its status argument.
func (s *callSink) kinds() kind {
	if s.keep {
		return s.kind
	}
	return s.kind | strict
}

// A fieldSink is a struct field that holds a status a client received.
// Comparisons with ==, != and switch cases against it, and the field set
// in a composite literal, name a status (kind names).
type fieldSink struct {
	pkg, typ, field string
}

const (
	netHTTP  = "net/http"
	gin      = "github.com/gin-gonic/gin"
	echo     = "github.com/labstack/echo/v4"
	fiber    = "github.com/gofiber/fiber/v2"
	fasthttp = "github.com/valyala/fasthttp"
	render   = "github.com/go-chi/render"
)

// writeHeader is the net/http rule that is not a table row: WriteHeader on
// any type that implements http.ResponseWriter is a sink (resolve.go).
const (
	responseWriter = "ResponseWriter"
	writeHeader    = "WriteHeader"
)

var callSinks = []callSink{
	{pkg: netHTTP, name: "Error", arg: 2, kind: sets},
	{pkg: netHTTP, name: "Redirect", arg: 3, kind: sets},
	{pkg: netHTTP, name: "RedirectHandler", arg: 1, kind: sets},
	{pkg: netHTTP, name: "StatusText", arg: 0, kind: names},

	// gin: *gin.Context methods whose first parameter is the code.
	{pkg: gin, recv: "Context", name: "Status", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "JSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "IndentedJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "SecureJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "JSONP", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "AsciiJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "PureJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "XML", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "YAML", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "TOML", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "ProtoBuf", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "String", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "HTML", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "Data", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "DataFromReader", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "Render", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "Redirect", kind: sets},
	{pkg: gin, recv: "Context", name: "AbortWithStatus", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "AbortWithStatusJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "AbortWithStatusPureJSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "AbortWithError", kind: sets, keep: true},
	// The other methods of the same shape (TestFrameworkSinksComplete).
	{pkg: gin, recv: "Context", name: "BSON", kind: sets, keep: true},
	{pkg: gin, recv: "Context", name: "Negotiate", kind: sets, keep: true},

	// echo v4: echo.Context is an interface; its methods are the sinks.
	{pkg: echo, recv: "Context", name: "JSON", kind: sets},
	{pkg: echo, recv: "Context", name: "JSONPretty", kind: sets},
	{pkg: echo, recv: "Context", name: "JSONBlob", kind: sets},
	{pkg: echo, recv: "Context", name: "JSONP", kind: sets},
	{pkg: echo, recv: "Context", name: "JSONPBlob", kind: sets},
	{pkg: echo, recv: "Context", name: "XML", kind: sets},
	{pkg: echo, recv: "Context", name: "XMLPretty", kind: sets},
	{pkg: echo, recv: "Context", name: "XMLBlob", kind: sets},
	{pkg: echo, recv: "Context", name: "HTML", kind: sets},
	{pkg: echo, recv: "Context", name: "HTMLBlob", kind: sets},
	{pkg: echo, recv: "Context", name: "String", kind: sets},
	{pkg: echo, recv: "Context", name: "Blob", kind: sets},
	{pkg: echo, recv: "Context", name: "Stream", kind: sets},
	{pkg: echo, recv: "Context", name: "NoContent", kind: sets},
	{pkg: echo, recv: "Context", name: "Redirect", kind: sets},
	{pkg: echo, recv: "Context", name: "Render", kind: sets},
	{pkg: echo, name: "NewHTTPError", kind: sets},

	// fiber v2, which has its own Status constants.
	{pkg: fiber, recv: "Ctx", name: "Status", kind: sets, consts: fiber},
	{pkg: fiber, recv: "Ctx", name: "SendStatus", kind: sets, consts: fiber},
	{pkg: fiber, recv: "Ctx", name: "Redirect", arg: 1, kind: sets, consts: fiber},
	{pkg: fiber, name: "NewError", kind: sets, consts: fiber},
	// The other methods of the same shape (TestFrameworkSinksComplete).
	{pkg: fiber, recv: "Ctx", name: "RedirectBack", arg: 1, kind: sets, consts: fiber},
	{pkg: fiber, recv: "Ctx", name: "RedirectToRoute", arg: 2, kind: sets, consts: fiber},

	// fasthttp, which has its own Status constants.
	{pkg: fasthttp, recv: "RequestCtx", name: "SetStatusCode", kind: sets, consts: fasthttp},
	{pkg: fasthttp, recv: "RequestCtx", name: "Error", arg: 1, kind: sets, consts: fasthttp},
	{pkg: fasthttp, recv: "RequestCtx", name: "Redirect", arg: 1, kind: sets, consts: fasthttp},
	{pkg: fasthttp, recv: "Response", name: "SetStatusCode", kind: sets, consts: fasthttp},
	{pkg: fasthttp, recv: "ResponseHeader", name: "SetStatusCode", kind: sets, consts: fasthttp},
	// The other methods of the same shape (TestFrameworkSinksComplete).
	{pkg: fasthttp, recv: "RequestCtx", name: "RedirectBytes", arg: 1, kind: sets, consts: fasthttp},
	{pkg: fasthttp, recv: "RequestCtx", name: "TimeoutErrorWithCode", arg: 1, kind: sets, consts: fasthttp},
	{pkg: fasthttp, name: "TimeoutWithCodeHandler", arg: 3, kind: sets, consts: fasthttp},
	{pkg: fasthttp, name: "StatusMessage", arg: 0, kind: names, consts: fasthttp},

	// chi's render package.
	{pkg: render, name: "Status", arg: 1, kind: sets},
}

// A statusField is a field of a framework's error type that holds the
// status its handler's error sets: every constant stored into it is
// checked as if written at a sink, and a function that stores its
// parameter there is a wrapper.
type statusField struct {
	pkg, typ, field string
	consts          string // as callSink.consts
}

var statusFields = []statusField{
	{pkg: echo, typ: "HTTPError", field: "Code"},
	{pkg: fiber, typ: "Error", field: "Code", consts: fiber},
}

// constPkgs are the packages whose Status constants count as named status
// constants: a function returning one is a status function by evidence.
var constPkgs = []string{netHTTP, fasthttp, fiber}

var fieldSinks = []fieldSink{
	{pkg: netHTTP, typ: "Response", field: "StatusCode"},
	{pkg: "net/http/httptest", typ: "ResponseRecorder", field: "Code"},
}

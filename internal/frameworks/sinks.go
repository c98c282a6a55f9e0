package frameworks

// A Sink is a function or method whose argument Arg is a status.
type Sink struct {
	Pkg  string // import path
	Recv string // receiver's named type; "" for a package-level function
	Name string // function or method name
	Arg  int    // index of the status argument (a variadic one counts only when passed)
	// NamesOnly: the value names a status but sets none (http.StatusText),
	// so only the literal and invalid checks apply to it.
	NamesOnly bool
	// Consts is the package whose own Status constants the literal fix
	// names when the file imports it ("" for net/http's).
	Consts string
	// Keep: -1 keeps the status set so far, so it is not invalid there.
	// gin's writer ignores codes <= 0, and gin passes -1 itself where it
	// writes a body without touching the status (c.Render(-1, ...) in
	// SSEvent, Redirect, the logger's c.JSON(-1, ...)). Not Redirect's
	// code, which gin's redirect renderer checks: -1 panics there.
	Keep bool
}

// The net/http rule that is not a row: WriteHeader on any type that
// implements http.ResponseWriter is a sink.
const (
	ResponseWriter = "ResponseWriter"
	WriteHeader    = "WriteHeader"
)

// Sinks are the calls that set or name a status.
var Sinks = []Sink{
	{Pkg: NetHTTP, Name: "Error", Arg: 2},
	{Pkg: NetHTTP, Name: "Redirect", Arg: 3},
	{Pkg: NetHTTP, Name: "RedirectHandler", Arg: 1},
	{Pkg: NetHTTP, Name: "StatusText", Arg: 0, NamesOnly: true},

	// gin: *gin.Context methods whose first parameter is the code.
	{Pkg: Gin, Recv: "Context", Name: "Status", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "JSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "IndentedJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "SecureJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "JSONP", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "AsciiJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "PureJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "XML", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "YAML", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "TOML", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "ProtoBuf", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "String", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "HTML", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "Data", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "DataFromReader", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "Render", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "Redirect"},
	{Pkg: Gin, Recv: "Context", Name: "AbortWithStatus", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "AbortWithStatusJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "AbortWithStatusPureJSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "AbortWithError", Keep: true},
	// The other methods of the same shape (the analyzer's test of the
	// frameworks' method sets finds them).
	{Pkg: Gin, Recv: "Context", Name: "BSON", Keep: true},
	{Pkg: Gin, Recv: "Context", Name: "Negotiate", Keep: true},

	// echo v4: echo.Context is an interface; its methods are the sinks.
	{Pkg: Echo, Recv: "Context", Name: "JSON"},
	{Pkg: Echo, Recv: "Context", Name: "JSONPretty"},
	{Pkg: Echo, Recv: "Context", Name: "JSONBlob"},
	{Pkg: Echo, Recv: "Context", Name: "JSONP"},
	{Pkg: Echo, Recv: "Context", Name: "JSONPBlob"},
	{Pkg: Echo, Recv: "Context", Name: "XML"},
	{Pkg: Echo, Recv: "Context", Name: "XMLPretty"},
	{Pkg: Echo, Recv: "Context", Name: "XMLBlob"},
	{Pkg: Echo, Recv: "Context", Name: "HTML"},
	{Pkg: Echo, Recv: "Context", Name: "HTMLBlob"},
	{Pkg: Echo, Recv: "Context", Name: "String"},
	{Pkg: Echo, Recv: "Context", Name: "Blob"},
	{Pkg: Echo, Recv: "Context", Name: "Stream"},
	{Pkg: Echo, Recv: "Context", Name: "NoContent"},
	{Pkg: Echo, Recv: "Context", Name: "Redirect"},
	{Pkg: Echo, Recv: "Context", Name: "Render"},
	{Pkg: Echo, Name: "NewHTTPError"},

	// echo v5: *echo.Context is a struct; the same methods are the sinks.
	{Pkg: EchoV5, Recv: "Context", Name: "JSON"},
	{Pkg: EchoV5, Recv: "Context", Name: "JSONPretty"},
	{Pkg: EchoV5, Recv: "Context", Name: "JSONBlob"},
	{Pkg: EchoV5, Recv: "Context", Name: "JSONP"},
	{Pkg: EchoV5, Recv: "Context", Name: "JSONPBlob"},
	{Pkg: EchoV5, Recv: "Context", Name: "XML"},
	{Pkg: EchoV5, Recv: "Context", Name: "XMLPretty"},
	{Pkg: EchoV5, Recv: "Context", Name: "XMLBlob"},
	{Pkg: EchoV5, Recv: "Context", Name: "HTML"},
	{Pkg: EchoV5, Recv: "Context", Name: "HTMLBlob"},
	{Pkg: EchoV5, Recv: "Context", Name: "String"},
	{Pkg: EchoV5, Recv: "Context", Name: "Blob"},
	{Pkg: EchoV5, Recv: "Context", Name: "Stream"},
	{Pkg: EchoV5, Recv: "Context", Name: "NoContent"},
	{Pkg: EchoV5, Recv: "Context", Name: "Redirect"},
	{Pkg: EchoV5, Recv: "Context", Name: "Render"},
	{Pkg: EchoV5, Name: "NewHTTPError"},

	// fiber v2, which has its own Status constants.
	{Pkg: Fiber, Recv: "Ctx", Name: "Status", Consts: Fiber},
	{Pkg: Fiber, Recv: "Ctx", Name: "SendStatus", Consts: Fiber},
	{Pkg: Fiber, Recv: "Ctx", Name: "Redirect", Arg: 1, Consts: Fiber},
	{Pkg: Fiber, Name: "NewError", Consts: Fiber},
	// The other methods of the same shape.
	{Pkg: Fiber, Recv: "Ctx", Name: "RedirectBack", Arg: 1, Consts: Fiber},
	{Pkg: Fiber, Recv: "Ctx", Name: "RedirectToRoute", Arg: 2, Consts: Fiber},

	// fasthttp, which has its own Status constants.
	{Pkg: Fasthttp, Recv: "RequestCtx", Name: "SetStatusCode", Consts: Fasthttp},
	{Pkg: Fasthttp, Recv: "RequestCtx", Name: "Error", Arg: 1, Consts: Fasthttp},
	{Pkg: Fasthttp, Recv: "RequestCtx", Name: "Redirect", Arg: 1, Consts: Fasthttp},
	{Pkg: Fasthttp, Recv: "Response", Name: "SetStatusCode", Consts: Fasthttp},
	{Pkg: Fasthttp, Recv: "ResponseHeader", Name: "SetStatusCode", Consts: Fasthttp},
	// The other methods of the same shape.
	{Pkg: Fasthttp, Recv: "RequestCtx", Name: "RedirectBytes", Arg: 1, Consts: Fasthttp},
	{Pkg: Fasthttp, Recv: "RequestCtx", Name: "TimeoutErrorWithCode", Arg: 1, Consts: Fasthttp},
	{Pkg: Fasthttp, Name: "TimeoutWithCodeHandler", Arg: 3, Consts: Fasthttp},
	{Pkg: Fasthttp, Name: "StatusMessage", Arg: 0, NamesOnly: true, Consts: Fasthttp},

	// chi's render package.
	{Pkg: Render, Name: "Status", Arg: 1},
}

// A Field is a struct field of a package's named type.
type Field struct {
	Pkg, Type, Name string
	Consts          string // as Sink.Consts
}

// StatusFields are the fields of the frameworks' error types that hold
// the status their handler's error sets: every constant stored into one
// is checked as if written at a sink, and a function that stores its
// parameter there is a wrapper.
var StatusFields = []Field{
	{Pkg: Echo, Type: "HTTPError", Name: "Code"},
	{Pkg: EchoV5, Type: "HTTPError", Name: "Code"},
	// echo v5's error variables (echo.ErrNotFound) are of an unexported
	// type, made as &httpError{http.StatusNotFound}.
	{Pkg: EchoV5, Type: "httpError", Name: "code"},
	// echo v5's RFC 9457 problem: its error handlers answer its Status.
	{Pkg: EchoV5, Type: "ProblemError", Name: "Status"},
	{Pkg: Fiber, Type: "Error", Name: "Code", Consts: Fiber},
}

// ClientFields hold a status that a client received: comparisons with ==,
// != and switch cases against one, and the field set in a composite
// literal, name a status; the catalog does not apply to them.
var ClientFields = []Field{
	{Pkg: NetHTTP, Type: "Response", Name: "StatusCode"},
	{Pkg: HTTPTest, Type: "ResponseRecorder", Name: "Code"},
}

// ConstPkgs are the packages whose Status constants count as named status
// constants: a function returning one is a status function by evidence.
var ConstPkgs = []string{NetHTTP, Fasthttp, Fiber}

// A Method is a method that a framework's interface declares.
type Method struct {
	Pkg, Type, Name string
}

// StatusMethods are the conventions by which an error tells its status: a
// method of any type with the row's name, no parameters and one integer
// result returns the status its type is answered with. echo v5's error
// handler answers an error that implements its HTTPStatusCoder with the
// result of StatusCode, and go-kit's StatusCoder declares the same
// method; services follow the convention without importing either. The
// row names the interface that states it, which the tests resolve.
var StatusMethods = []Method{
	{Pkg: EchoV5, Type: "HTTPStatusCoder", Name: "StatusCode"},
}

// IsStatusMethodName reports whether name is the name of a status method
// by StatusMethods; the caller checks the signature, func() int.
func IsStatusMethodName(name string) bool {
	for _, m := range StatusMethods {
		if m.Name == name {
			return true
		}
	}
	return false
}

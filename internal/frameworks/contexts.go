package frameworks

// A Context is a web framework whose handlers take a context rather than
// a ResponseWriter: a handler finishes with 200 when it sets no status,
// and one that returns an error the framework knows no code of answers
// ErrCode.
type Context struct {
	Pkg  string
	Type string // the context type: *Type or Type (an interface) is the handler's parameter
	// Next passes the request on to the next handler (middleware).
	Next string
	// Bodies write a body without a status: 200.
	Bodies  []string
	ErrCode int // 0: the handler returns no error
	// StatusCoder is the framework's interface of an error that says its
	// code by a StatusCode() int method (echo v5's HTTPStatusCoder): the
	// framework answers that code. "": it does not ask.
	StatusCoder string
}

// Contexts are the frameworks' handler contexts.
var Contexts = []Context{
	{Pkg: Gin, Type: "Context", Next: "Next"},
	{Pkg: Echo, Type: "Context", ErrCode: 500},
	// echo v5's context is a struct: handlers take a *echo.Context.
	{Pkg: EchoV5, Type: "Context", ErrCode: 500, StatusCoder: "HTTPStatusCoder"},
	{Pkg: Fiber, Type: "Ctx", Next: "Next", ErrCode: 500,
		Bodies: []string{"Send", "SendString", "SendStream", "SendFile", "JSON", "JSONP", "XML", "Write", "WriteString", "Render", "Format", "Download"}},
}

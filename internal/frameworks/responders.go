package frameworks

// A Responder is a function of the standard library or of a framework
// whose answer is known without following it: what it writes, what the
// handler it makes writes, or what the error it returns answers. The
// route analysis does not follow the standard library into its bodies
// (their positions change with every Go release), nor a framework's
// methods that it reaches only through an interface (echo v4's Context).
type Responder struct {
	Pkg  string
	Recv string // receiver's named type; "" for a package-level function
	Name string
	How  How
	// Inner is the index of a handler argument that the handler made
	// passes the request on to (StripPrefix, TimeoutHandler), or None.
	Inner int
	// Strips: the handler made passes the request on with its first
	// argument, a prefix, cut from the path (StripPrefix): a router as
	// Inner serves its routes under that prefix.
	Strips bool
	// Codes are the codes it answers by itself, besides the inner
	// handler's.
	Codes []int
}

// How a responder answers.
type How uint8

const (
	// Writes: the call writes the response (http.NotFound(w, r)).
	Writes How = iota + 1
	// Makes: the call returns a handler that writes it
	// (http.FileServer(root)).
	Makes
	// Errs: the call returns an error that the framework answers with
	// Codes (echo's c.Bind).
	Errs
)

// fileCodes are what net/http's file serving answers: the file (200), a
// range of it (206), a redirect to the canonical path (301), not
// modified (304), a path with ".." (400), a permission error (403), no
// such file (404), a failed precondition (412), a range it cannot
// satisfy (416) and any other error (500).
var fileCodes = []int{200, 206, 301, 304, 400, 403, 404, 412, 416, 500}

// echoBind is what echo's binder answers: its HTTPError with 400 for a
// body, query or path that does not decode, and ErrUnsupportedMediaType
// (415) for a body of a content type it has no decoder for.
var echoBind = []int{400, 415}

// Responders are the functions whose answers are known by the table.
var Responders = []Responder{
	{Pkg: NetHTTP, Name: "NotFound", How: Writes, Inner: None, Codes: []int{404}},
	{Pkg: NetHTTP, Name: "NotFoundHandler", How: Makes, Inner: None, Codes: []int{404}},
	// StripPrefix answers 404 where the path lacks the prefix, and
	// passes the request on where it has it.
	{Pkg: NetHTTP, Name: "StripPrefix", How: Makes, Inner: 1, Strips: true, Codes: []int{404}},
	// TimeoutHandler answers 503 when the inner handler takes too long.
	{Pkg: NetHTTP, Name: "TimeoutHandler", How: Makes, Inner: 0, Codes: []int{503}},
	{Pkg: NetHTTP, Name: "FileServer", How: Makes, Inner: None, Codes: fileCodes},
	{Pkg: NetHTTP, Name: "FileServerFS", How: Makes, Inner: None, Codes: fileCodes},
	{Pkg: NetHTTP, Name: "ServeFile", How: Writes, Inner: None, Codes: fileCodes},
	{Pkg: NetHTTP, Name: "ServeFileFS", How: Writes, Inner: None, Codes: fileCodes},
	{Pkg: NetHTTP, Name: "ServeContent", How: Writes, Inner: None, Codes: fileCodes},

	{Pkg: Echo, Recv: "Context", Name: "Bind", How: Errs, Inner: None, Codes: echoBind},
	{Pkg: EchoV5, Recv: "Context", Name: "Bind", How: Errs, Inner: None, Codes: echoBind},
}

package frameworks

// A MethodRead is where a handler reads the request's method: a field
// (net/http's Request.Method, which gin's c.Request.Method and echo's
// c.Request().Method reach too) or a method of a context (fiber's
// c.Method()). A status written only where the method read there is
// tested equal, or not equal, to a constant is written for those
// methods only: a GET route never runs its OPTIONS branch.
type MethodRead struct {
	Pkg, Type, Name string
	Func            bool // a method of Type, not a field
}

// MethodReads are the places handlers read the request's method.
var MethodReads = []MethodRead{
	{Pkg: NetHTTP, Type: "Request", Name: "Method"},
	{Pkg: Fiber, Type: "Ctx", Name: "Method", Func: true},
}

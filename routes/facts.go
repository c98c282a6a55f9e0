package routes

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// writes is the fact on a function or method that can write a status:
// the codes it (and what it calls) can write, each where it is written.
// A function that writes none gets no fact.
type writes struct {
	Codes []written.Code
	// Always: every path through the function sets a status or writes a
	// body, so a handler that calls it does not finish with an implicit
	// 200 after the call.
	Always bool
	// Ends are the implicit 200s of Codes where a handler (the function,
	// or one it makes) finishes without setting a status: where a gin
	// middleware passes the request on to the next handler.
	Ends []written.Code
	// Calls are the dispatches whose callees its caller knows (see
	// dispatch.go).
	Calls []Dispatch
	// Forwards are the parameters whose value it writes as the status
	// (a wrapper's): a dispatch to it writes its constant arguments.
	Forwards []int
}

func (*writes) AFact() {}

func (f *writes) String() string {
	var parts []string
	for _, c := range f.Codes {
		parts = append(parts, short(c))
	}
	for _, d := range f.Calls {
		parts = append(parts, "via "+d.String())
	}
	for _, i := range f.Forwards {
		parts = append(parts, fmt.Sprintf("forwards %d", i))
	}
	if f.Always {
		parts = append(parts, "always")
	}
	return "writes(" + strings.Join(parts, " ") + ")"
}

// short is a code as a fact's String shows it: "404@file.go:12:3", or
// "unknown@file.go:12:3".
func short(c written.Code) string {
	code := "unknown"
	if c.Known() {
		code = fmt.Sprint(c.Code)
	}
	p := c.Posn
	p.Filename = filepath.Base(p.Filename)
	return code + "@" + written.Posn(p)
}

// registers is the fact on a function that registers routes on a router
// it is passed, or on one it returns: the routes relative to that router,
// and the middleware its Use calls give the routes that the caller
// registers on it (see uses.go).
type registers struct {
	Routes []relRoute
	Uses   []relUse
}

// relRoute is a route registered on parameter Param of a function (the
// receiver not counted), on its result when Param is -1, on its
// receiver (recvParam) or on a router of its caller's (absParam). The
// route of a registration wrapper is a template (see wrappers.go): its
// path and method may hold markers for the parameters, and HandlerArg is
// the parameter whose argument is its handler, -1 for none.
type relRoute struct {
	Param int
	Route
	HandlerArg int
	// Calls are the dispatches of its handler left to the caller.
	Calls []Dispatch
}

func (*registers) AFact() {}

func (f *registers) String() string {
	var parts []string
	for _, r := range f.Routes {
		on := "result"
		switch {
		case r.Param >= 0:
			on = fmt.Sprint(r.Param)
		case r.Param == recvParam:
			on = "recv"
		case r.Param == absParam:
			on = "own"
		}
		part := fmt.Sprintf("%s:%s %s", on, render(r.Method), render(r.Path))
		if r.HandlerArg >= 0 {
			part += fmt.Sprintf(" handler %d", r.HandlerArg)
		}
		for _, m := range r.Impls {
			part += " impl " + m.Name
		}
		for _, d := range r.Calls {
			part += " via " + d.String()
		}
		parts = append(parts, part)
	}
	for _, u := range f.Uses {
		on := "result"
		if u.Param >= 0 {
			on = fmt.Sprint(u.Param)
		}
		part := "use " + on + ":"
		for i, c := range u.Codes {
			if i > 0 {
				part += " "
			}
			part += short(c)
		}
		parts = append(parts, part)
	}
	return "registers(" + strings.Join(parts, ", ") + ")"
}

// statusError is the fact on a package-level error variable made by a
// framework's error constructor with a constant code
// (echo.ErrNotFound = NewHTTPError(http.StatusNotFound)): a handler that
// returns it answers that code.
type statusError struct {
	Code int
}

func (*statusError) AFact() {}

func (f *statusError) String() string { return fmt.Sprintf("statusError(%d)", f.Code) }

// answers is the fact on a function whose result a framework answers
// with a code: one returning an error that a framework's constructor
// made with a constant (echo.NewHTTPError(http.StatusConflict),
// fiber.NewError, an error variable with a code, a value whose type has
// a StatusCode method), an error-mapping function; and a StatusCode()
// int method, the codes it returns. A handler that returns the result
// answers those codes.
type answers struct {
	Codes []written.Code
	// Coded are the codes of errors that say their code by a StatusCode
	// method: answered so only by a framework that asks (echo v5), by
	// the others with their own code.
	Coded []written.Code
	// Others: some path returns an error of no known code, which the
	// framework answers with its own (echo's and fiber's 500).
	Others bool
}

func (*answers) AFact() {}

func (f *answers) String() string {
	var parts []string
	for _, c := range f.Codes {
		parts = append(parts, short(c))
	}
	for _, c := range f.Coded {
		parts = append(parts, "coded:"+short(c))
	}
	if f.Others {
		parts = append(parts, "others")
	}
	return "answers(" + strings.Join(parts, " ") + ")"
}

// groups is the fact on a method of a router library's own that returns
// its receiver's router under a prefix: the parameter it joins to the
// receiver's prefix field, and that field (see wrappers.go).
type groups struct {
	Path  int
	Field string
}

func (*groups) AFact() {}

func (f *groups) String() string { return fmt.Sprintf("groups(%d %s)", f.Path, f.Field) }

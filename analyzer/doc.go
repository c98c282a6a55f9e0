// Package analyzer defines the httpstatus analyzer, which checks the HTTP
// status codes that server code sets. Its Result has, per package, the
// findings, decided against the catalog once that is loaded, and each
// status write with the constant codes it can be and where they are
// written; the routes analyzer builds the route table on it. New returns
// the analyzer that reports its own findings; Core the same analysis for
// the analyzer that the drivers run (package conform), which reports for
// it, together with the check of each route against its operation.
//
// # Analyzer httpstatus
//
// httpstatus: check HTTP status codes against named constants and a catalog
//
// The analyzer finds the places where code sets an HTTP status: WriteHeader
// on any type that implements http.ResponseWriter, http.Error,
// http.Redirect, http.RedirectHandler, the status methods of gin, echo,
// fiber, fasthttp and chi's render, and the project's own functions that
// pass a parameter on to one of these (wrappers, followed across packages).
// It also looks at http.StatusText and at clients comparing
// http.Response.StatusCode or httptest.ResponseRecorder.Code with ==, != or
// switch, where only the literal and invalid checks apply.
//
// A value is followed from a constant argument, through local variables
// (every constant assigned to the variable in its function), through
// wrapper parameters (a finding is reported at the call site of the
// wrapper, never inside it), through the results of status functions
// (each constant returned is checked where it is returned) and through
// status fields (each constant stored into an integer field whose value
// reaches a sink is checked where it is stored; echo.HTTPError.Code and
// fiber.Error.Code are status fields by the table). A field into which
// a named status constant is stored, directly or through a constructor's
// parameter, is a status field by evidence, in any package that sees
// the store: what is stored there gets the literal and invalid checks
// (but for -1, a "no status" sentinel where no write is known), and the
// constructor is a wrapper. A call of another package's constructor is
// read as the store it makes, even when that package imports no HTTP
// package: every package tells its importers, in a fact, which integer
// parameters of its exported functions it stores into which integer
// fields. A StatusCode() int method is a status
// method by the frameworks' convention (echo v5's HTTPStatusCoder): its
// returns get the same checks, and a call of it through an interface
// returns what the implementing types' status methods return. The codes
// stored into a status field, or returned by a status method, in a
// package that does not write them are checked against the catalog in
// the package that does, at the write, naming where they come from:
//
//	status 418 (StatusTeapot), stored in errs.AppError.StatusCode at errs.go:35, is not documented in catalog "default"
//
// Each package lists those codes in a package fact, with the lists of
// the packages it imports, and the route table counts them at the write.
// Wrappers, status functions and status fields are followed across
// packages as facts; a
// function of another package whose returns include a named status
// constant is a status function by evidence. When a status function of
// another package brings in a code the catalog lacks, the finding is at
// the call and names where the code is returned:
//
//	status 429 (StatusTooManyRequests), returned by errs.HTTPStatus at errs.go:76, is not documented in catalog "default"
//
// unless the package that writes the code sets a status with it too (it
// stores it into a status field that package writes): it was checked
// there, once.
//
// A wrapper that writes its parameter only where a comparison with a
// constant holds (if code != 0 { w.WriteHeader(code) }) does not receive
// the values that fail it. A guard holds for the values assigned before
// its if; a value assigned after the condition (in the if, or between the
// if and the use) gets through unfiltered. A local variable assigned only from
// http.Response.StatusCode is compared like the field. Maps, slices,
// channels, package-level variables and the results of interface methods
// other than status methods are not followed. Diagnostics come out in position order.
//
// It reports three kinds of finding:
//
//   - literal: an integer literal where net/http names the code. The
//     message names the constant as the file should write it, and the
//     suggested fix replaces the literal, adding the net/http import when
//     the file lacks it:
//
//     w.WriteHeader(404) // use http.StatusNotFound instead of 404
//
//   - undocumented: a code that the catalog does not document. The catalog
//     is the embedded default (the seed table), a .httpstatus.yaml or
//     .httpstatus.json found in the package's directory (for a package
//     whose files import "C", the directory of its own files, not of
//     cgo's output) or above it up to the module root, or the -catalog
//     and -documented flags:
//
//     w.WriteHeader(http.StatusTeapot) // status 418 (StatusTeapot) is not documented in catalog "default"
//
//   - invalid: a code below 100 or above 599. An invalid code gets no
//     other finding. At gin's sinks (but Redirect), -1 is gin's "keep
//     the status set so far" and is not reported.
//
// When the catalog is an OpenAPI or Swagger 2.0 document (or a catalog
// file that names one), the analyzer as the drivers run it (package
// conform) also checks each route the package registers against the
// operation it serves, matched by method and path template, and reports
// at the registration:
//
//   - operation: a code the route's handler can write that its operation
//     does not document, while another operation does:
//
//     GET /orders/{id}: status 400 (written at orders.go:50) is not documented for this operation in openapi.yaml (documented: 200, 404)
//
//   - route: a route whose method and path match no operation:
//
//     route GET / is not documented in openapi.yaml
//
// A code written in another module (a middleware of a dependency) is
// named by the module and its version, the same on every machine:
// (written at github.com/go-chi/chi/v5@v5.5.0/middleware/content_type.go:42).
//
// A code that no operation documents is the undocumented finding, where
// it is written, and is not reported again. A route whose path or method
// is not a constant is not checked. -undocumented=false turns these
// checks off too.
//
// Generated files are skipped, and so is a line that carries
// //nolint:httpstatus, a bare //nolint, or //httpstatus:ignore. In
// _test.go files the undocumented check is off unless -test-undocumented
// is set. The -literal, -undocumented and -invalid flags turn a check off.
package analyzer

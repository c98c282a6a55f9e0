package routes

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"go/token"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/internal/analyzerdoc"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

//go:embed doc.go
var doc string

// A Route is a handler registered for a method and a path.
type Route struct {
	// Method is the HTTP method, "*" for every method; a method that is
	// not a constant is shown as the expression in angle brackets.
	Method string
	// Path is in OpenAPI form ({id} for :id and {id:[0-9]+}), with the
	// prefixes of its groups joined; a part that is not a constant is
	// the expression in angle brackets.
	Path string
	// Host is the host of a net/http pattern that has one.
	Host string
	// Handler is the handler as written at the registration.
	Handler string
	// HandlerPosn is where the handler's function is declared; not
	// valid when it is not known.
	HandlerPosn token.Position
	// Impls are the methods of concrete types that the handler calls
	// through an interface, bound where the route is registered or where
	// the function that registers it is called, in order of position:
	// the implementation behind a generated server's wrapper.
	Impls []Impl
	// Posn is the position of the registration.
	Posn token.Position
	// Codes are the codes the handler and its middleware can write, in
	// order of code and position.
	Codes []written.Code
	// Unmounted names the exported function that builds and returns the
	// router the route is on, by full name ("example.com/shop/api.New"), when no function of its
	// package mounts or serves that router: the route is listed from the
	// router's root, for a program that mounts it elsewhere or not in
	// the packages analyzed.
	Unmounted string

	// at and end span the expression in the analyzed package that
	// registers the route: the registration itself, or the call of
	// another package's function that registers it there, since only the
	// caller supplies the full path. Facts do not carry them.
	at, end token.Pos
}

// At returns the start and end of the expression of the analyzed package
// that registers the route: the registration, or the call that registers
// it through a function of another package (then Posn is elsewhere).
func (r Route) At() (pos, end token.Pos) { return r.at, r.end }

// RouteJSON is a route as the JSON outputs write it: its positions as
// "file:line:col", a handler's position left out when it is not known.
// A table that adds fields of its own to each route embeds it.
type RouteJSON struct {
	Method      string         `json:"method"`
	Path        string         `json:"path"`
	Host        string         `json:"host,omitempty"`
	Handler     string         `json:"handler"`
	HandlerPosn string         `json:"handler_posn,omitempty"`
	Impls       []ImplJSON     `json:"implementations,omitempty"`
	Posn        string         `json:"posn"`
	Codes       []written.Code `json:"codes"`
	Unmounted   string         `json:"unmounted,omitempty"`
}

// JSON returns the route as the JSON outputs write it.
func (r Route) JSON() RouteJSON {
	return RouteJSON{
		Method:      r.Method,
		Path:        r.Path,
		Host:        r.Host,
		Handler:     r.Handler,
		HandlerPosn: written.Posn(r.HandlerPosn),
		Impls:       implsJSON(r.Impls),
		Posn:        written.Posn(r.Posn),
		Codes:       r.Codes,
		Unmounted:   r.Unmounted,
	}
}

// MarshalJSON writes the route as RouteJSON.
func (r Route) MarshalJSON() ([]byte, error) { return MarshalJSON(r.JSON()) }

// MarshalJSON encodes v as the route table's JSON does, without escaping
// HTML: a path that is not a constant shows its expression in angle
// brackets, and an encoder that escapes HTML escapes the result of a
// MarshalJSON method all the same.
func MarshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Result is what the analyzer returns for a package: the routes
// registered on routers that no function of it receives or returns, in
// order of path, method and position.
type Result struct {
	Routes []Route
	// Mounts are the functions (by full name) that build and return a
	// router whose routes the package mounts or serves: a table of
	// several packages leaves out their unmounted routes.
	Mounts []string
}

// New returns the routes analyzer, which builds on status, an instance
// of the httpstatus analyzer: its Result lists the status writes.
func New(status *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "routes",
		Doc:              analyzerdoc.Section(doc, "routes"),
		URL:              analyzer.URL,
		Requires:         []*analysis.Analyzer{status},
		FactTypes:        []analysis.Fact{new(writes), new(registers), new(statusError), new(answers), new(groups), new(yields)},
		ResultType:       reflect.TypeFor[*Result](),
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, status) },
		RunDespiteErrors: true,
	}
}

package routes

import (
	_ "embed"
	"fmt"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

//go:embed doc.go
var doc string

// A Route is a handler registered for a method and a path.
type Route struct {
	// Method is the HTTP method, "*" for every method; a method that is
	// not a constant is shown as the expression in angle brackets.
	Method string `json:"method"`
	// Path is in OpenAPI form ({id} for :id and {id:[0-9]+}), with the
	// prefixes of its groups joined; a part that is not a constant is
	// the expression in angle brackets.
	Path string `json:"path"`
	// Host is the host of a net/http pattern that has one.
	Host string `json:"host,omitempty"`
	// Handler is the handler as written at the registration.
	Handler string `json:"handler"`
	// HandlerPosn is where the handler's function is declared, when it
	// is known.
	HandlerPosn string `json:"handler_posn,omitempty"`
	// Posn is the position of the registration.
	Posn string `json:"posn"`
	// Codes are the codes the handler and its middleware can write, in
	// order of code and position.
	Codes []Code `json:"codes"`

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

// A Code is a status the handler can write and where it is written;
// Code 0 is a status that is not known statically.
type Code struct {
	Code int    `json:"code"`
	Posn string `json:"posn"`
}

func (c Code) short() string {
	code := "unknown"
	if c.Code != 0 {
		code = fmt.Sprint(c.Code)
	}
	return code + "@" + filepath.Base(c.Posn)
}

// Result is what the analyzer returns for a package: the routes
// registered on routers that no function of it receives or returns, in
// order of path, method and position.
type Result struct {
	Routes []Route
}

// New returns the routes analyzer, which builds on status, an instance
// of the httpstatus analyzer: its Result lists the status writes.
func New(status *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "routes",
		Doc:              analyzerDoc(doc),
		URL:              analyzer.URL,
		Requires:         []*analysis.Analyzer{status},
		FactTypes:        []analysis.Fact{new(writes), new(registers), new(statusError)},
		ResultType:       reflect.TypeFor[*Result](),
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, status) },
		RunDespiteErrors: true,
	}
}

// analyzerDoc extracts the "# Analyzer routes" section of the package
// comment in doc.go: its first line is the title, the rest the body.
func analyzerDoc(src string) string {
	const header = "// # Analyzer routes"
	_, after, ok := strings.Cut(src, header)
	if !ok {
		panic("routes: doc.go has no " + header + " section")
	}
	_, after, _ = strings.Cut(after, "\n")
	var lines []string
	for line := range strings.Lines(after) {
		line = strings.TrimSuffix(line, "\n")
		if !strings.HasPrefix(line, "//") {
			break
		}
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(line, "//"), " "))
	}
	return strings.TrimPrefix(strings.TrimSpace(strings.Join(lines, "\n")), "routes: ")
}

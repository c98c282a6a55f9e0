package docgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/statustext"
	"github.com/httpstatuslint/httpstatus/routes"
)

// Version is the OpenAPI version of the documents Write writes.
const Version = "3.1.0"

// description is the document's info.description.
const description = "Written by httpstatus routes -format=openapi from the code: each route, " +
	"its path parameters and the status codes its handler can write. " +
	"A starting point to edit: add what the code does not say (summaries, " +
	"request and response bodies, parameter types), then keep the two in step " +
	"with httpstatus routes -check."

// methods are the operations of a path item in OpenAPI 3.1, in the
// order the specification lists them and Write writes them.
var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// A LeftOut is a route, or a code of one, that the document cannot hold.
type LeftOut struct {
	Route routes.Route
	Why   string
}

func (l LeftOut) String() string { return l.Route.Method + " " + l.Route.Path + ": " + l.Why }

// operation is what Write gathers for one method of one path.
type operation struct {
	codes   []int // sorted, each once
	unknown bool  // a code not known statically: the default response
}

// Write returns the OpenAPI 3.1 document of the routes, in YAML, under
// the title, and what it leaves out, in the order of the routes.
func Write(title string, rs []routes.Route) ([]byte, []LeftOut) {
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, routes.CompareRoutes)
	var left []LeftOut
	paths := make(map[string]map[string]*operation)
	for _, r := range rs {
		if strings.Contains(r.Path, "<") || strings.Contains(r.Method, "<") {
			left = append(left, LeftOut{r, "its path or method is not a constant"})
			continue
		}
		method := strings.ToLower(r.Method)
		if r.Method == frameworks.AnyMethod {
			method = "get"
		}
		if !slices.Contains(methods, method) {
			left = append(left, LeftOut{r, "OpenAPI " + Version + " has no operation for the method " + r.Method})
			continue
		}
		if paths[r.Path] == nil {
			paths[r.Path] = make(map[string]*operation)
		}
		op := paths[r.Path][method]
		if op == nil {
			op = new(operation)
			paths[r.Path][method] = op
		}
		for _, c := range r.Codes {
			switch {
			case !c.Known():
				op.unknown = true
			case c.Code < 100 || c.Code > 599:
				left = append(left, LeftOut{r, fmt.Sprintf("%d is not a status code (100-599)", c.Code)})
			default:
				op.codes = append(op.codes, c.Code)
			}
		}
		slices.Sort(op.codes)
		op.codes = slices.Compact(op.codes)
	}
	left = slices.CompactFunc(left, func(a, b LeftOut) bool { return a.String() == b.String() })

	var b bytes.Buffer
	fmt.Fprintf(&b, "openapi: %s\n", Version)
	b.WriteString("info:\n")
	fmt.Fprintf(&b, "  title: %s\n", scalar(title))
	b.WriteString("  version: \"0.0.0\"\n")
	b.WriteString("  description: >-\n")
	for _, line := range wrap(description, 68) {
		fmt.Fprintf(&b, "    %s\n", line)
	}
	if len(paths) == 0 {
		b.WriteString("paths: {}\n")
		return b.Bytes(), left
	}
	b.WriteString("paths:\n")
	var keys []string
	for p := range paths {
		keys = append(keys, p)
	}
	slices.Sort(keys)
	for _, p := range keys {
		fmt.Fprintf(&b, "  %s:\n", key(p))
		if params := parameters(p); len(params) > 0 {
			b.WriteString("    parameters:\n")
			for _, name := range params {
				fmt.Fprintf(&b, "      - name: %s\n", scalar(name))
				b.WriteString("        in: path\n")
				b.WriteString("        required: true\n")
				b.WriteString("        schema: {type: string}\n")
			}
		}
		for _, m := range methods {
			op := paths[p][m]
			if op == nil {
				continue
			}
			fmt.Fprintf(&b, "    %s:\n", m)
			b.WriteString("      responses:\n")
			for _, c := range op.codes {
				fmt.Fprintf(&b, "        \"%d\": {description: %s}\n", c, scalar(statustext.Text(c)))
			}
			if op.unknown || len(op.codes) == 0 {
				b.WriteString("        default: {description: a status not known statically}\n")
			}
		}
	}
	return b.Bytes(), left
}

// paramRE finds a path template's parameters.
var paramRE = regexp.MustCompile(`\{([^{}]*)\}`)

// parameters are the names of the path's parameters, in order, each once.
func parameters(path string) []string {
	var names []string
	for _, m := range paramRE.FindAllStringSubmatch(path, -1) {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	return names
}

// plainKey is a path that YAML reads as itself without quotes.
var plainKey = regexp.MustCompile(`^/[A-Za-z0-9_.~{}/-]*$`)

// key is a path as a key of paths: plain where YAML allows it.
func key(path string) string {
	if plainKey.MatchString(path) {
		return path
	}
	return quote(path)
}

// plainRE is a string that YAML reads as itself without quotes, in a
// block or a flow mapping, unless it is a word YAML gives a meaning
// (true, null, ...) or a number.
var plainRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9 _.'/-]*[A-Za-z0-9_.]$|^[A-Za-z_]$`)

// scalar is s as a YAML scalar: plain where that reads as s, else quoted.
func scalar(s string) string {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return quote(s)
	}
	if plainRE.MatchString(s) {
		return s
	}
	return quote(s)
}

// wrap breaks text into lines of at most width bytes at spaces, for a
// folded scalar, which joins them with spaces again.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// quote is s as a YAML double-quoted scalar, which a JSON string is.
func quote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		return strconv.Quote(s)
	}
	return string(b)
}

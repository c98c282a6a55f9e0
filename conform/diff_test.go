package conform_test

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// code is a code written at line of file.
func code(c int, file string, line int) written.Code {
	return written.Code{Code: c, Posn: token.Position{Filename: file, Line: line, Column: 1}}
}

// TestCompare compares the codes a handler writes with an operation's
// response keys.
func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name    string
		keys    []string
		written []written.Code
		// Undocumented codes with their positions, and the keys no
		// code falls under.
		undocumented []string
		unwritten    []string
	}{
		{
			name:    "in step",
			keys:    []string{"200", "404"},
			written: []written.Code{code(200, "a.go", 1), code(404, "a.go", 2)},
		},
		{
			name:         "a code written that is not documented, at each place once",
			keys:         []string{"200"},
			written:      []written.Code{code(409, "a.go", 3), code(200, "a.go", 1), code(409, "a.go", 2), code(409, "a.go", 3), code(400, "b.go", 1)},
			undocumented: []string{"400@b.go:1", "409@a.go:3,a.go:2"},
		},
		{
			name:      "a documented code never written",
			keys:      []string{"201", "409", "410"},
			written:   []written.Code{code(201, "a.go", 1)},
			unwritten: []string{"409", "410"},
		},
		{
			name:    "a class documents its codes",
			keys:    []string{"200", "4XX"},
			written: []written.Code{code(200, "a.go", 1), code(404, "a.go", 2), code(429, "a.go", 3)},
		},
		{
			name:      "an exact key wins over its class",
			keys:      []string{"404", "4xx"},
			written:   []written.Code{code(404, "a.go", 2)},
			unwritten: []string{"4xx"},
		},
		{
			name:         "default documents errors only, and is never unwritten",
			keys:         []string{"204", "default"},
			written:      []written.Code{code(204, "a.go", 1), code(400, "a.go", 2), code(500, "a.go", 3), code(302, "a.go", 4)},
			undocumented: []string{"302@a.go:4"},
		},
		{
			name:    "a class wins over default",
			keys:    []string{"default", "5XX"},
			written: []written.Code{code(503, "a.go", 1)},
		},
		{
			name:         "a code not known statically is neither",
			keys:         []string{"200"},
			written:      []written.Code{code(0, "a.go", 1)},
			undocumented: nil,
			unwritten:    []string{"200"},
		},
		{
			name:         "an operation with no responses",
			written:      []written.Code{code(200, "a.go", 1)},
			undocumented: []string{"200@a.go:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			op := &catalog.Operation{Method: "GET", Path: "/x"}
			for _, k := range tc.keys {
				op.Responses = append(op.Responses, catalog.Response{Key: k})
			}
			d := conform.Compare(op, tc.written)
			if d.Op != op {
				t.Errorf("Op is %p, want %p", d.Op, op)
			}
			var undocumented []string
			for _, w := range d.Undocumented {
				at := make([]string, len(w.Posns))
				for i, p := range w.Posns {
					at[i] = written.Short(p)
				}
				undocumented = append(undocumented, fmt.Sprintf("%d@%s", w.Code, strings.Join(at, ",")))
			}
			if !slices.Equal(undocumented, tc.undocumented) || !slices.Equal(d.Unwritten, tc.unwritten) {
				t.Errorf("keys %q, written %q:\nundocumented %q, want %q\nunwritten %q, want %q",
					tc.keys, tc.written, undocumented, tc.undocumented, d.Unwritten, tc.unwritten)
			}
			if want := len(tc.undocumented) > 0 || len(tc.unwritten) > 0; d.Differs() != want {
				t.Errorf("Differs() = %v, want %v", d.Differs(), want)
			}
		})
	}
}

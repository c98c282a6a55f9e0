package conform_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/routes"
)

// TestCompare compares the codes a handler writes, each "code@posn",
// with an operation's response keys.
func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name    string
		keys    []string
		written []string
		// Undocumented codes with their positions, and the keys no
		// code falls under.
		undocumented []string
		unwritten    []string
	}{
		{
			name:    "in step",
			keys:    []string{"200", "404"},
			written: []string{"200@a.go:1", "404@a.go:2"},
		},
		{
			name:         "a code written that is not documented, at each place once",
			keys:         []string{"200"},
			written:      []string{"409@a.go:3", "200@a.go:1", "409@a.go:2", "409@a.go:3", "400@b.go:1"},
			undocumented: []string{"400@b.go:1", "409@a.go:3,a.go:2"},
		},
		{
			name:      "a documented code never written",
			keys:      []string{"201", "409", "410"},
			written:   []string{"201@a.go:1"},
			unwritten: []string{"409", "410"},
		},
		{
			name:    "a class documents its codes",
			keys:    []string{"200", "4XX"},
			written: []string{"200@a.go:1", "404@a.go:2", "429@a.go:3"},
		},
		{
			name:      "an exact key wins over its class",
			keys:      []string{"404", "4xx"},
			written:   []string{"404@a.go:2"},
			unwritten: []string{"4xx"},
		},
		{
			name:         "default documents errors only, and is never unwritten",
			keys:         []string{"204", "default"},
			written:      []string{"204@a.go:1", "400@a.go:2", "500@a.go:3", "302@a.go:4"},
			undocumented: []string{"302@a.go:4"},
		},
		{
			name:    "a class wins over default",
			keys:    []string{"default", "5XX"},
			written: []string{"503@a.go:1"},
		},
		{
			name:         "a code not known statically is neither",
			keys:         []string{"200"},
			written:      []string{"0@a.go:1"},
			undocumented: nil,
			unwritten:    []string{"200"},
		},
		{
			name:         "an operation with no responses",
			written:      []string{"200@a.go:1"},
			undocumented: []string{"200@a.go:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			op := &catalog.Operation{Method: "GET", Path: "/x"}
			for _, k := range tc.keys {
				op.Responses = append(op.Responses, catalog.Response{Key: k})
			}
			var codes []routes.Code
			for _, w := range tc.written {
				code, posn, _ := strings.Cut(w, "@")
				var c routes.Code
				if _, err := fmt.Sscan(code, &c.Code); err != nil {
					t.Fatal(err)
				}
				c.Posn = posn
				codes = append(codes, c)
			}
			d := conform.Compare(op, codes)
			if d.Op != op {
				t.Errorf("Op is %p, want %p", d.Op, op)
			}
			var undocumented []string
			for _, w := range d.Undocumented {
				undocumented = append(undocumented, fmt.Sprintf("%d@%s", w.Code, strings.Join(w.Posns, ",")))
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

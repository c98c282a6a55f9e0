package written

import (
	"encoding/json"
	"go/token"
	"slices"
	"testing"
)

func pos(file string, line, col int) token.Position {
	return token.Position{Filename: file, Line: line, Column: col}
}

func TestNormalize(t *testing.T) {
	codes := []Code{
		{404, pos("/m/b.go", 3, 1)},
		{200, pos("/m/a.go", 10, 2)},
		{404, pos("/m/a.go", 9, 5)},
		{200, pos("/m/a.go", 2, 1)},
		{404, token.Position{Filename: "/m/b.go", Offset: 77, Line: 3, Column: 1}},
		{0, pos("/m/a.go", 1, 1)},
	}
	got := Normalize(codes)
	want := []Code{
		{0, pos("/m/a.go", 1, 1)},
		{200, pos("/m/a.go", 2, 1)},
		{200, pos("/m/a.go", 10, 2)}, // lines compare as numbers
		{404, pos("/m/a.go", 9, 5)},
		{404, pos("/m/b.go", 3, 1)},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Normalize = %v, want %v", got, want)
	}
}

func TestPrint(t *testing.T) {
	c := Code{404, pos("/m/api/orders.go", 12, 3)}
	if got := c.String(); got != "404 /m/api/orders.go:12:3" {
		t.Errorf("String = %q", got)
	}
	if got := (Code{0, pos("/m/a.go", 1, 2)}).String(); got != "unknown /m/a.go:1:2" {
		t.Errorf("String of unknown = %q", got)
	}
	if got := Short(c.Posn); got != "orders.go:12" {
		t.Errorf("Short = %q", got)
	}
	b, err := json.Marshal([]Code{c})
	if err != nil || string(b) != `[{"code":404,"posn":"/m/api/orders.go:12:3"}]` {
		t.Errorf("JSON = %s, %v", b, err)
	}
	if got := Relative(c.Posn, "/m").Filename; got != "api/orders.go" {
		t.Errorf("Relative = %q", got)
	}
	if got := Relative(c.Posn, "/other").Filename; got != "/m/api/orders.go" {
		t.Errorf("Relative outside dir = %q", got)
	}
}

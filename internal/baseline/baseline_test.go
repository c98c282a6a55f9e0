package baseline

import (
	"slices"
	"strings"
	"testing"
)

func TestFormatParse(t *testing.T) {
	entries := []Entry{
		{"openapi.yaml", "POST", "/orders/{id}/reorder", Unwritten, "201"},
		{"openapi.yaml", "DELETE", "/orders/{id}", Undocumented, "2040"},
		{"openapi.yaml", "GET", "/", Route, ""},
		{"openapi.yaml", "DELETE", "/orders/{id}", Undocumented, "418"},
		{"openapi.yaml", "DELETE", "/orders/{id}", Unwritten, "4XX"},
		{"openapi.yaml", "DELETE", "/orders/{id}", Unwritten, "404"},
		{"openapi.yaml", "GET", "/", Route, ""}, // twice: once in the file
		{"api/a.yaml", "GET", "/z", Unserved, ""},
	}
	got := string(Format(entries))
	want := header + `api/a.yaml GET /z unserved
openapi.yaml GET / route
openapi.yaml DELETE /orders/{id} undocumented 418
openapi.yaml DELETE /orders/{id} undocumented 2040
openapi.yaml DELETE /orders/{id} unwritten 404
openapi.yaml DELETE /orders/{id} unwritten 4XX
openapi.yaml POST /orders/{id}/reorder unwritten 201
`
	if got != want {
		t.Fatalf("Format:\n%s\nwant:\n%s", got, want)
	}
	rec, err := Parse("b.txt", []byte(got))
	if err != nil {
		t.Fatal(err)
	}
	var back []Entry
	for _, r := range rec {
		back = append(back, r.Entry)
	}
	if string(Format(back)) != got {
		t.Errorf("Format(Parse(Format)) differs:\n%s", Format(back))
	}
	if rec[0].Line != 4 || rec[6].Line != 10 {
		t.Errorf("lines %d and %d, want 4 and 10", rec[0].Line, rec[6].Line)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"# ok\n\nopenapi.yaml GET /", "b.txt:3: want DOCUMENT METHOD PATH KIND [CODE], got 3 fields: openapi.yaml GET /"},
		{"openapi.yaml GET / route x y", "b.txt:1: want DOCUMENT METHOD PATH KIND [CODE], got 6 fields"},
		{"openapi.yaml get / route", `b.txt:1: method "get" is not an HTTP method in capitals or *`},
		{"openapi.yaml GET / routes", `b.txt:1: unknown kind "routes"; the kinds are route, undocumented, unwritten, unserved`},
		{"openapi.yaml GET / route 404", `b.txt:1: route entries have no code, got "404"`},
		{"openapi.yaml GET /x unserved 404", `b.txt:1: unserved entries have no code`},
		{"openapi.yaml GET / undocumented", "b.txt:1: undocumented entries need a code"},
		{"openapi.yaml GET / undocumented 4XX", `b.txt:1: code "4XX" is not a status code`},
		{"openapi.yaml GET / undocumented 0404", `b.txt:1: code "0404" is not a status code`},
		{"openapi.yaml GET / unwritten 4xy", `b.txt:1: response key "4xy" is not a code (404) or a class (4XX)`},
		{"openapi.yaml GET / unwritten default", `b.txt:1: response key "default" is not a code`},
		{"openapi.yaml GET / route\n# again\nopenapi.yaml GET / route\n", "b.txt:3: repeats the entry of line 1"},
	} {
		_, err := Parse("b.txt", []byte(tc.text))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %s", tc.text, err, tc.want)
		}
	}
}

func TestDiff(t *testing.T) {
	a := Entry{"o.yaml", "GET", "/a", Route, ""}
	b := Entry{"o.yaml", "GET", "/b", Undocumented, "400"}
	c := Entry{"o.yaml", "GET", "/c", Unwritten, "404"}
	recorded := []Recorded{{c, 3}, {a, 5}}
	fresh, stale := Diff(recorded, []Entry{b, a, b})
	if !slices.Equal(fresh, []Entry{b}) {
		t.Errorf("new = %v, want %v", fresh, b)
	}
	if !slices.Equal(stale, []Recorded{{c, 3}}) {
		t.Errorf("stale = %v, want %v at line 3", stale, c)
	}
	if fresh, stale := Diff(recorded, []Entry{a, c}); len(fresh)+len(stale) != 0 {
		t.Errorf("the same differences: new %v, stale %v", fresh, stale)
	}
}

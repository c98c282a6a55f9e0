package catalog

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestDefaultMatchesSeed checks the embedded default against the seed
// table it was made from, when the seed is beside the repository.
func TestDefaultMatchesSeed(t *testing.T) {
	c := Default()
	if c.Name != "default" {
		t.Errorf("Default().Name = %q, want default", c.Name)
	}
	want := []int{200, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 410, 412, 500, 501, 502, 503, 504}
	if got := len(c.Entries()); got != len(want) {
		t.Errorf("default catalog has %d entries, want %d", got, len(want))
	}
	for _, code := range want {
		if !c.Has(code) {
			t.Errorf("default catalog lacks %d", code)
		}
	}
	for _, code := range []int{201, 302, 418, 429, 99, 600} {
		if c.Has(code) {
			t.Errorf("default catalog has %d", code)
		}
	}
	if d, _ := c.Description(408); d != "The request timed out." {
		t.Errorf("Description(408) = %q", d)
	}

	seed, err := os.ReadFile("../../shared/seed/status-codes.rst")
	if err != nil {
		t.Skipf("seed table not beside the repository: %v", err)
	}
	for _, m := range regexp.MustCompile(`(?m)^\s+\| (\d{3}) `).FindAllSubmatch(seed, -1) {
		code, _ := strconv.Atoi(string(m[1]))
		if !c.Has(code) {
			t.Errorf("seed documents %d, default catalog does not", code)
		}
	}
}

func TestClasses(t *testing.T) {
	c, err := Parse("api.yaml", []byte("documented:\n  4XX: any client error\n  200: OK\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "api" {
		t.Errorf("Name = %q, want the file's base name", c.Name)
	}
	for code, want := range map[int]bool{400: true, 499: true, 418: true, 200: true, 500: false, 399: false} {
		if c.Has(code) != want {
			t.Errorf("Has(%d) = %v, want %v", code, !want, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"documented:\n  200: OK\n  700: nope\n", "c.yaml:3: status code 700 is outside 100-599"},
		{"documented:\n  abc: x\n", `c.yaml:2: "abc" is not a status code or a range such as 4XX`},
		{"name: x\n", "c.yaml: empty catalog: give `documented` or `openapi`"},
		{"documented: {}\n", "c.yaml:1: empty catalog: `documented` lists no code"},
		{"colour: red\ndocumented:\n  200: OK\n", `c.yaml:1: unknown key "colour" (want name, openapi, documented)`},
		{"documented: [\n", "c.yaml: line 1: did not find expected node content"},
	} {
		_, err := Parse("c.yaml", []byte(tc.in))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

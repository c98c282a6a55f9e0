package written

import (
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func pos(file string, line, col int) token.Position {
	return token.Position{Filename: file, Line: line, Column: col}
}

func TestNormalize(t *testing.T) {
	codes := []Code{
		{Code: 404, Posn: pos("/m/b.go", 3, 1)},
		{Code: 200, Posn: pos("/m/a.go", 10, 2)},
		{Code: 404, Posn: pos("/m/a.go", 9, 5)},
		{Code: 200, Posn: pos("/m/a.go", 2, 1)},
		{Code: 404, Posn: token.Position{Filename: "/m/b.go", Offset: 77, Line: 3, Column: 1}},
		{Code: 0, Posn: pos("/m/a.go", 1, 1)},
	}
	got := Normalize(codes)
	want := []Code{
		{Code: 0, Posn: pos("/m/a.go", 1, 1)},
		{Code: 200, Posn: pos("/m/a.go", 2, 1)},
		{Code: 200, Posn: pos("/m/a.go", 10, 2)}, // lines compare as numbers
		{Code: 404, Posn: pos("/m/a.go", 9, 5)},
		{Code: 404, Posn: pos("/m/b.go", 3, 1)},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Normalize = %v, want %v", got, want)
	}
}

func TestPrint(t *testing.T) {
	c := Code{Code: 404, Posn: pos("/m/api/orders.go", 12, 3)}
	if got := c.String(); got != "404 /m/api/orders.go:12:3" {
		t.Errorf("String = %q", got)
	}
	if got := (Code{Code: 0, Posn: pos("/m/a.go", 1, 2)}).String(); got != "unknown /m/a.go:1:2" {
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

func TestModuleCache(t *testing.T) {
	caches := []string{"/home/u/go/pkg/mod", "/other/pkg/mod"}
	for _, tc := range []struct{ file, want string }{
		{"/home/u/go/pkg/mod/github.com/go-chi/chi/v5@v5.5.0/middleware/content_type.go", "github.com/go-chi/chi/v5@v5.5.0/middleware/content_type.go"},
		{"/other/pkg/mod/github.com/!burnt!sushi/toml@v1.4.0/decode.go", "github.com/BurntSushi/toml@v1.4.0/decode.go"},
		{"/home/u/go/pkg/mod/golang.org/x/net@v0.0.0-2024!X/http2/server.go", ""}, // !X: an escape is ! and a lower-case letter
		{"/home/u/go/pkg/mod/cache/download/github.com/x/y/@v/v1.0.0.zip", ""},
		{"/home/u/go/pkg/mod/example.com/nover/a.go", ""},
		{"/home/u/src/orders/main.go", ""},
		{"orders/main.go", ""},
	} {
		got, ok := inModuleCache(tc.file, caches)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("inModuleCache(%s) = %q, %v; want %q", tc.file, got, ok, tc.want)
		}
	}
}

// The module cache that go env -w set is found as the go command finds
// it: the environment first, then the settings file.
func TestGoEnvFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "env")
	if err := os.WriteFile(file, []byte("GOMODCACHE=/cache/mod\nGOPROXY=off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOENV", file)
	settings := goEnvFile()
	if got := settings["GOMODCACHE"]; got != "/cache/mod" {
		t.Errorf("GOMODCACHE from %s = %q, want /cache/mod", file, got)
	}
	t.Setenv("GOMODCACHE", "") // restored after the test
	os.Unsetenv("GOMODCACHE")
	if got := goEnv("GOMODCACHE", settings); got != "/cache/mod" {
		t.Errorf("goEnv without the variable = %q, want the file's", got)
	}
	t.Setenv("GOMODCACHE", "/env/mod")
	if got := goEnv("GOMODCACHE", settings); got != "/env/mod" {
		t.Errorf("goEnv with the variable = %q, want /env/mod", got)
	}
	t.Setenv("GOENV", "off")
	if goEnvFile() != nil {
		t.Errorf("GOENV=off: settings read")
	}
}

// A position in the module cache prints the same in every form:
// module@version/path, in the table (Posn), in messages (Short) and for
// a registration in another package (ShortDir); any other as before.
func TestPrintModuleCache(t *testing.T) {
	caches := moduleCaches()
	if len(caches) == 0 {
		t.Skip("no module cache: no GOMODCACHE, GOPATH or home directory")
	}
	p := pos(filepath.Join(caches[0], "github.com", "!acme", "kit@v1.2.0", "mw", "auth.go"), 7, 3)
	if got, want := Posn(p), "github.com/Acme/kit@v1.2.0/mw/auth.go:7:3"; got != want {
		t.Errorf("Posn = %q, want %q", got, want)
	}
	if got, want := Short(p), "github.com/Acme/kit@v1.2.0/mw/auth.go:7"; got != want {
		t.Errorf("Short = %q, want %q", got, want)
	}
	if got, want := ShortDir(p), "github.com/Acme/kit@v1.2.0/mw/auth.go:7"; got != want {
		t.Errorf("ShortDir = %q, want %q", got, want)
	}
	if got, want := (Code{Code: 401, Posn: p}).String(), "401 github.com/Acme/kit@v1.2.0/mw/auth.go:7:3"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	local := pos("/m/orders/orders.go", 36, 2)
	if got := ShortDir(local); got != "orders/orders.go:36" {
		t.Errorf("ShortDir = %q, want orders/orders.go:36", got)
	}
}

// TestOrderAcrossMachines checks that a file of the module cache sorts
// after the service's own files wherever the cache and the service are:
// a CI machine that checks out the service under /a and keeps the cache
// under /z gives the order of one that has them the other way round.
func TestOrderAcrossMachines(t *testing.T) {
	for _, c := range []struct{ cache, service string }{
		{"/a/pkg/mod", "/z/svc"},
		{"/z/pkg/mod", "/a/svc"},
	} {
		caches := []string{c.cache}
		dep := filepath.Join(c.cache, "github.com/labstack/echo/v4@v4.13.4/echo.go")
		own := filepath.Join(c.service, "echo.go")
		_, depIn := inCache(dep, caches)
		_, ownIn := inCache(own, caches)
		if !depIn || ownIn {
			t.Errorf("cache %s: inCache(dependency) = %v, inCache(own file) = %v", c.cache, depIn, ownIn)
		}
		if got := compareFilesIn(own, dep, caches); got >= 0 {
			t.Errorf("cache %s, service %s: own file does not sort before the dependency's (%d)", c.cache, c.service, got)
		}
	}
	// A directory that merely begins with the cache's name is not in it.
	if _, in := inCache("/a/pkg/modules/x.go", []string{"/a/pkg/mod"}); in {
		t.Error("inCache took /a/pkg/modules for a file of the cache /a/pkg/mod")
	}
}

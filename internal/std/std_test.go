package std

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIs(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"net/http", true},
		{"fmt", true},
		{"vendor/golang.org/x/net/http/httpguts", true},
		// A module whose path has no dot is an ordinary module.
		{"orders", false},
		{"orders/api", false},
		{"github.com/go-chi/chi/v5", false},
		{"example.com/orders", false},
		{"", false},
		{"../net", false},
	} {
		if got := Is(tc.path); got != tc.want {
			t.Errorf("Is(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestInRoot(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "src", "net", "http"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "src", "fmt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		root, path string
		want       bool
	}{
		{root, "net/http", true},
		{root, "net", true},
		{root, "fmt", false}, // a file, not a package directory
		{root, "orders", false},
		{"", "net/http", false},
	} {
		if got := inRoot(tc.root, tc.path); got != tc.want {
			t.Errorf("inRoot(%q, %q) = %v, want %v", tc.root, tc.path, got, tc.want)
		}
	}
}

func TestIsRoot(t *testing.T) {
	if !isRoot(goroot()) {
		t.Errorf("goroot() = %q, not a Go root", goroot())
	}
	dir := t.TempDir()
	if isRoot(dir) || isRoot("") {
		t.Errorf("isRoot of an empty directory or of \"\" is true")
	}
}

package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CheckTree finds a broken catalog anywhere packages come from, and only
// there: not in testdata, vendor, hidden or underscore directories, nor in
// a nested module.
func TestCheckTree(t *testing.T) {
	root := t.TempDir()
	write := func(rel, content string) string {
		t.Helper()
		name := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	const broken = "name: broken\ndocumented:\n  700: nope\n"
	write("go.mod", "module example.com/m\n")
	write("api/.httpstatus.yaml", "documented:\n  200: OK\n")
	for _, skipped := range []string{"testdata", "vendor", ".hidden", "_old", "nested"} {
		write(skipped+"/"+ConfigYAML, broken)
	}
	write("nested/go.mod", "module example.com/nested\n")

	var cache Cache
	if err := cache.CheckTree(filepath.Join(root, "api")); err != nil {
		t.Fatalf("CheckTree on a module with only good catalogs where packages are: %v", err)
	}

	name := write("internal/deep/"+ConfigJSON, `{"documented": {"200": "OK"}, "extra": 1}`)
	err := new(Cache).CheckTree(root)
	if err == nil || !strings.HasPrefix(err.Error(), name+":") {
		t.Fatalf("CheckTree = %v, want an error naming %s", err, name)
	}
	// The analysis that follows gets the same answer from the cache.
	if _, err2 := cache.Select("", "", filepath.Join(root, "api")); err2 != nil {
		t.Errorf("Select after CheckTree: %v", err2)
	}
}

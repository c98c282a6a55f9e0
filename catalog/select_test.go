package catalog

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func TestParseList(t *testing.T) {
	c, err := ParseList(" 200, 204 ,4XX,,")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "documented" || !c.Has(204) || !c.Has(451) || c.Has(201) {
		t.Errorf("ParseList gave %s", c)
	}
	for in, want := range map[string]string{
		"200,abc": `"abc" is not a status code or a range such as 4XX`,
		"200,999": "status code 999 is outside 100-599",
		"9XX":     "status range 9XX is outside 1XX-5XX",
		" , ":     `the list " , " names no code`,
	} {
		if _, err := ParseList(in); err == nil || err.Error() != want {
			t.Errorf("ParseList(%q) error = %v, want %s", in, err, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for path, want := range map[string]string{
		"testdata/nope.yaml":     "testdata/nope.yaml: no such file or directory",
		"testdata":               "testdata: is a directory",
		"testdata/orders.json/x": "testdata/orders.json/x: not a directory",
	} {
		if _, err := Load(path); err == nil || err.Error() != want {
			t.Errorf("Load(%s) error = %v, want %s", path, err, want)
		}
	}
	if runtime.GOOS == "linux" {
		// A device never ends; it is refused before reading.
		if _, err := Load("/dev/zero"); err == nil || err.Error() != "/dev/zero: not a regular file" {
			t.Errorf("Load(/dev/zero) error = %v", err)
		}
	}
}

func TestSelectFlags(t *testing.T) {
	cache := new(Cache)
	dir := t.TempDir() // discovery would find nothing here; flags must not look
	list, err := cache.Select("", "200,4XX", dir)
	if err != nil || list.Name != "documented" || !list.Has(404) {
		t.Fatalf("Select with -documented: %v, %v", list, err)
	}
	ordersYAML, err := filepath.Abs("testdata/orders.yaml")
	if err != nil {
		t.Fatal(err)
	}
	both, err := cache.Select(ordersYAML, "200,4XX", dir)
	if err != nil || both.Name != "documented" {
		t.Errorf("-documented must win over -catalog, got %v, %v", both, err)
	}
	orders, err := cache.Select(ordersYAML, "", dir)
	if err != nil || orders.Name != "orders-api" {
		t.Fatalf("Select with -catalog: %v, %v", orders, err)
	}
	again, _ := cache.Select(ordersYAML, "", "elsewhere")
	if again != orders {
		t.Errorf("a -catalog file is loaded again for another package")
	}
	// A relative path is taken from the module root above the package's
	// directory, wherever the tool runs (go vet runs it in the package's).
	rel, err := cache.Select(".httpstatus.yaml", "", filepath.Join("testdata", "discover", "mod", "a", "b"))
	if err != nil || rel.Source != filepath.Join(must(filepath.Abs("testdata/discover/mod")), ".httpstatus.yaml") {
		t.Errorf("relative -catalog: %v, %v", rel, err)
	}
	bad := must(filepath.Abs("testdata/api/bad-code.yaml"))
	if _, err := cache.Select(bad, "", dir); err == nil || err.Error() != bad+":9: status code 700 is outside 100-599" {
		t.Errorf("Select of a bad -catalog: %v", err)
	}
	if _, err := cache.Select("", "0", dir); err == nil || err.Error() != `-documented: status code 0 is not three digits` {
		t.Errorf("Select of a bad -documented: %v", err)
	}
}

func TestDiscovery(t *testing.T) {
	cache := new(Cache)
	abs, err := filepath.Abs("testdata/discover")
	if err != nil {
		t.Fatal(err)
	}
	sel := func(dir string) (*Catalog, error) {
		t.Helper()
		return cache.Select("", "", filepath.Join(abs, dir))
	}

	root, err := sel("mod/a/b")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(abs, "mod", ConfigYAML); root.Name != "mod-root" || root.Source != want {
		t.Errorf("from mod/a/b: %q from %s, want mod-root from %s", root.Name, root.Source, want)
	}
	for _, dir := range []string{"mod/a", "mod", "mod/a/b/"} {
		if c, err := sel(dir); c != root || err != nil {
			t.Errorf("from %s: %v, %v; want the module root's catalog, the same *Catalog", dir, c, err)
		}
	}
	// A relative directory is the same directory.
	if c, err := cache.Select("", "", "testdata/discover/mod/a"); c != root || err != nil {
		t.Errorf("from a relative directory: %v, %v", c, err)
	}

	if c, err := sel("mod/c/d"); err != nil || c.Name != "c-json" || c.Source != filepath.Join(abs, "mod/c", ConfigJSON) {
		t.Errorf("from mod/c/d: %v, %v; want the nearer .httpstatus.json", c, err)
	}
	// plain/ is a module without a catalog: the walk stops at its go.mod
	// and never reaches discover/.httpstatus.yaml above it.
	if c, err := sel("plain/e"); err != nil || c.String() != Default().String() {
		t.Errorf("from plain/e: %v, %v; want the default", c, err)
	}
	if _, err := sel("both/f"); err == nil || err.Error() != filepath.Join(abs, "both", ConfigYAML)+": ambiguous: .httpstatus.json is in the same directory; keep one" {
		t.Errorf("from both/f: %v", err)
	}
	if _, err := sel("broken/g"); err == nil || err.Error() != filepath.Join(abs, "broken", ConfigYAML)+":3: status code 2000 is not three digits" {
		t.Errorf("from broken/g: %v", err)
	}
}

// tree makes files under a new temporary directory; a name ending in /
// is a directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if name[len(name)-1] == '/' {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestDiscoveryStops(t *testing.T) {
	cache := new(Cache)
	const outer = "name: outer\ndocumented: {200: OK}\n"
	root := tree(t, map[string]string{
		ConfigYAML:              outer,
		"repo/.git/":            "",
		"repo/p/q/":             "",
		"worktree/.git":         "gitdir: elsewhere\n",
		"worktree/p/":           "",
		"loose/" + ConfigJSON:   `{"name": "loose", "documented": {"201": ""}}`,
		"loose/deep/down/here/": "",
	})
	// .git, a directory or a worktree's file, ends the walk as go.mod does.
	for _, dir := range []string{"repo/p/q", "worktree/p"} {
		if c, err := cache.Select("", "", filepath.Join(root, dir)); err != nil || c.String() != Default().String() {
			t.Errorf("from %s: %v, %v; want the default, the walk stopping at .git", dir, c, err)
		}
	}
	// Without go.mod or .git the walk goes on upward.
	if c, err := cache.Select("", "", filepath.Join(root, "loose/deep/down/here")); err != nil || c.Name != "loose" {
		t.Errorf("from loose/deep/down/here: %v, %v; want loose", c, err)
	}
	if c, err := cache.Select("", "", filepath.Join(root, "loose/deep")); err != nil || c.Name != "loose" {
		t.Errorf("from loose/deep: %v, %v; want loose", c, err)
	}
}

// TestDiscoveryOnce checks that packages asking at once share one
// *Catalog, loaded once, and that a catalog file is not read again
// later in the process.
func TestDiscoveryOnce(t *testing.T) {
	cache := new(Cache)
	root := tree(t, map[string]string{
		"go.mod":   "module example.com/m\n",
		ConfigYAML: "name: shared\ndocumented: {418: teapot}\n",
		"a/b/c/":   "", "a/d/": "", "e/": "",
	})
	dirs := []string{"a/b/c", "a/d", "e", "a", "a/b", "."}
	got := make([]*Catalog, 4*len(dirs))
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			c, err := cache.Select("", "", filepath.Join(root, dirs[i%len(dirs)]))
			if err != nil {
				t.Error(err)
			}
			got[i] = c
		})
	}
	wg.Wait()
	for i, c := range got {
		if c != got[0] || c == nil || c.Name != "shared" {
			t.Fatalf("package %d in %s got %p %v, package 0 got %p", i, dirs[i%len(dirs)], c, c, got[0])
		}
	}
	if err := os.WriteFile(filepath.Join(root, ConfigYAML), []byte("broken: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "f"), 0o755); err != nil {
		t.Fatal(err)
	}
	if c, err := cache.Select("", "", filepath.Join(root, "f")); c != got[0] || err != nil {
		t.Errorf("a new package under the same catalog: %v, %v; want the catalog loaded before", c, err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A Cache reads each file once; a new Cache reads it again: the language
// server takes a new one for each run, so that an edited catalog takes
// effect without a restart.
func TestCacheFresh(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module m\n"), 0o644)
	write := func(doc string) {
		if err := os.WriteFile(filepath.Join(root, ConfigYAML), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("name: first\ndocumented:\n  200: OK\n")
	cache := new(Cache)
	if c, err := cache.Select("", "", root); err != nil || c.Name != "first" {
		t.Fatalf("Select = %v, %v", c, err)
	}
	write("name: second\ndocumented:\n  200: OK\n")
	if c, _ := cache.Select("", "", root); c.Name != "first" {
		t.Errorf("the cache read the file again: %s", c.Name)
	}
	if c, err := new(Cache).Select("", "", root); err != nil || c.Name != "second" {
		t.Errorf("a new cache: Select = %v, %v; want the edited catalog", c, err)
	}
	// The same for a catalog given by path.
	path := filepath.Join(root, ConfigYAML)
	if c, _ := cache.Select(path, "", root); c.Name != "second" {
		t.Fatalf("Select(%s) = %s", path, c.Name)
	}
	write("name: third\ndocumented:\n  200: OK\n")
	if c, _ := cache.Select(path, "", root); c.Name != "second" {
		t.Errorf("the cache read %s again: %s", path, c.Name)
	}
	if c, _ := new(Cache).Select(path, "", root); c.Name != "third" {
		t.Errorf("a new cache: Select(%s) = %s, want third", path, c.Name)
	}
}

// ResolvePath is the one place a relative catalog path gets its meaning:
// from the current directory when the file is there, else from the module
// root above the package's directory.
func TestResolvePath(t *testing.T) {
	root := tree(t, map[string]string{
		"go.mod":        "module example.com/m\n",
		"shop.yaml":     "documented: {200: OK}\n",
		"cwd/here.yaml": "documented: {200: OK}\n",
		"pkg/deep/":     "",
	})
	t.Chdir(filepath.Join(root, "cwd"))
	pkg := filepath.Join(root, "pkg", "deep")
	for _, tc := range []struct{ path, want string }{
		{"", ""},
		{filepath.Join(root, "x.yaml"), filepath.Join(root, "x.yaml")},
		{"here.yaml", filepath.Join(root, "cwd", "here.yaml")},           // in the current directory
		{"shop.yaml", filepath.Join(root, "shop.yaml")},                  // not there: the module root
		{"api/missing.yaml", filepath.Join(root, "api", "missing.yaml")}, // nowhere: the module root, for the error
	} {
		if got := ResolvePath(tc.path, pkg); got != tc.want {
			t.Errorf("ResolvePath(%q, %s) = %q, want %q", tc.path, pkg, got, tc.want)
		}
	}
}

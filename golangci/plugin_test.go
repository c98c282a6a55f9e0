package golangci

import (
	"flag"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/analyzer"
)

// testdata is the analysistest root shared with the analyzer's tests.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// pluginAnalyzers does what golangci-lint does with a module plugin: look
// it up by name, build it with the settings of .golangci.yml (decoded by
// viper into maps; nil when there are none) and ask for its analyzers.
func pluginAnalyzers(t *testing.T, settings any) []*analysis.Analyzer {
	t.Helper()
	p, err := newPluginFromRegistry(settings)
	if err != nil {
		t.Fatal(err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "httpstatus" {
		t.Fatalf("BuildAnalyzers() = %v, want the httpstatus analyzer", as)
	}
	return as
}

func newPluginFromRegistry(settings any) (register.LinterPlugin, error) {
	newPlugin, err := register.GetPlugin("httpstatus")
	if err != nil {
		return nil, err
	}
	return newPlugin(settings)
}

// flagValues is every flag of a, by name, as its value prints.
func flagValues(a *analysis.Analyzer) map[string]string {
	values := make(map[string]string)
	a.Flags.VisitAll(func(f *flag.Flag) { values[f.Name] = f.Value.String() })
	return values
}

// The settings reach the analyzer through its flags: absent (or null)
// settings keep the flags' defaults.
func TestPluginConfig(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	defaults := flagValues(analyzer.New(analyzer.Defaults()))
	if want := map[string]string{
		"catalog": "", "documented": "",
		"literal": "true", "undocumented": "true", "invalid": "true", "test-undocumented": "false",
	}; !maps.Equal(defaults, want) {
		t.Fatalf("the analyzer's flags are %v, want %v", defaults, want)
	}
	with := func(changes map[string]string) map[string]string {
		m := maps.Clone(defaults)
		maps.Copy(m, changes)
		return m
	}
	for _, tc := range []struct {
		name     string
		settings any
		want     map[string]string
	}{
		{"no settings", nil, defaults},
		{"empty settings", map[string]any{}, defaults},
		{"null is absent", map[string]any{"literal": nil, "catalog": nil}, defaults},
		{"every setting", map[string]any{
			"literal": false, "undocumented": false, "invalid": false, "test-undocumented": true,
			"documented": "200",
		}, with(map[string]string{
			"literal": "false", "undocumented": "false", "invalid": "false", "test-undocumented": "true",
			"documented": "200",
		})},
		// A documented list replaces the catalog, as with the flags: the
		// catalog file is not read then.
		{"documented wins", map[string]any{"catalog": missing, "documented": "200,4XX"},
			with(map[string]string{"catalog": missing, "documented": "200,4XX"})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := pluginAnalyzers(t, tc.settings)
			if got := flagValues(as[0]); !maps.Equal(got, tc.want) {
				t.Errorf("flags:\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestPluginFindings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		pkgs     []string
	}{
		{"no settings", nil, []string{"plugin", "testfiles"}},
		{"literal false", map[string]any{"literal": false}, []string{"pluginnoliteral"}},
		{"documented", map[string]any{"documented": "200,4XX"}, []string{"plugindocumented"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := pluginAnalyzers(t, tc.settings)
			analysistest.Run(t, testdata(t), as[0], tc.pkgs...)
		})
	}
}

// A relative catalog path is taken from the directory golangci-lint runs
// in when the file is there, else from the module root above it, once,
// when the plugin is built.
func TestPluginCatalogRelative(t *testing.T) {
	td := testdata(t)
	for _, tc := range []struct{ name, wd, catalog string }{
		{"current directory", filepath.Join(td, "src", "plugincatalog"), "shop.yaml"},
		{"module root", filepath.Join(td, "src"), "testdata/src/plugincatalog/shop.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(tc.wd)
			as := pluginAnalyzers(t, map[string]any{"catalog": tc.catalog})
			t.Chdir(t.TempDir()) // later runs do not depend on the directory
			analysistest.Run(t, td, as[0], "plugincatalog")
		})
	}
}

// Each BuildAnalyzers call returns a new analyzer, as golangci-lint may
// build several.
func TestPluginFreshAnalyzers(t *testing.T) {
	p, err := newPluginFromRegistry(nil)
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := p.BuildAnalyzers()
	a2, _ := p.BuildAnalyzers()
	if a1[0] == a2[0] || a1[0] == analyzer.Analyzer {
		t.Error("BuildAnalyzers returned a shared analyzer")
	}
}

func TestPluginSettingErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	if err := os.WriteFile(broken, []byte("name: broken\ndocumented:\n  700: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const known = "catalog, documented, invalid, literal, test-undocumented, undocumented"
	for _, tc := range []struct {
		name     string
		settings any
		// want is the whole error; prefix and contains check errors whose
		// end comes from the catalog package.
		want, prefix string
		contains     []string
	}{
		{name: "unknown", settings: map[string]any{"literl": false},
			want: `httpstatus: unknown setting "literl"; the settings are ` + known},
		{name: "unknown among good", settings: map[string]any{"literal": false, "severity": "warn"},
			want: `httpstatus: unknown setting "severity"; the settings are ` + known},
		{name: "bool as string", settings: map[string]any{"literal": "false"},
			want: `httpstatus: setting "literal" must be true or false, got string "false"`},
		{name: "bool as number", settings: map[string]any{"test-undocumented": 1},
			want: `httpstatus: setting "test-undocumented" must be true or false, got number 1`},
		{name: "string as number", settings: map[string]any{"documented": 200},
			want: `httpstatus: setting "documented" must be a string, got number 200`},
		{name: "string as bool", settings: map[string]any{"catalog": true},
			want: `httpstatus: setting "catalog" must be a string, got bool true`},
		{name: "string as list", settings: map[string]any{"catalog": []any{"a.yaml"}},
			want: `httpstatus: setting "catalog" must be a string, got list ["a.yaml"]`},
		{name: "not a mapping", settings: []any{"literal"},
			want: `httpstatus: settings must be a mapping of setting names (` + known + `) to values, got list`},
		{name: "bad documented code", settings: map[string]any{"documented": "200,abc"},
			prefix: `httpstatus: setting "documented": `, contains: []string{`abc`}},
		{name: "documented out of range", settings: map[string]any{"documented": "200,700"},
			prefix: `httpstatus: setting "documented": `, contains: []string{`700`}},
		{name: "documented names nothing", settings: map[string]any{"documented": " , "},
			prefix: `httpstatus: setting "documented": `},
		{name: "missing catalog", settings: map[string]any{"catalog": missing},
			prefix: `httpstatus: setting "catalog": ` + missing + `: `},
		{name: "broken catalog", settings: map[string]any{"catalog": broken},
			prefix: `httpstatus: setting "catalog": ` + broken + `:3: `, contains: []string{`700`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPluginFromRegistry(tc.settings)
			if err == nil {
				t.Fatalf("got a plugin (%+v), want an error", p)
			}
			got := err.Error()
			if tc.want != "" && got != tc.want {
				t.Errorf("error:\n got %s\nwant %s", got, tc.want)
			}
			if !strings.HasPrefix(got, tc.prefix) {
				t.Errorf("error:\n got %s\nwant prefix %s", got, tc.prefix)
			}
			for _, s := range tc.contains {
				if !strings.Contains(got, s) {
					t.Errorf("error %q does not mention %q", got, s)
				}
			}
		})
	}
}

// Only this package links golangci-lint's register package: the analyzer,
// the command and the language server do not.
func TestRegisterOnlyHere(t *testing.T) {
	const register = "github.com/golangci/plugin-module-register/register"
	for _, pkg := range []string{"../analyzer", "../cmd/httpstatus", "../lsp"} {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for dep := range strings.Lines(string(out)) {
			if strings.TrimSpace(dep) == register {
				t.Errorf("%s depends on %s", pkg, register)
			}
		}
	}
}

package golangci

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
)

func init() {
	register.Plugin("httpstatus", newPlugin)
}

// A setting is one name and value of .golangci.yml, in the syntax of the
// analyzer's flag of that name.
type setting struct{ name, value string }

// plugin holds the checked settings; each analyzer it builds gets them
// through its own flags. The plugin lasts one golangci-lint run and owns
// its catalog cache: the catalog checked when the plugin is made is the
// one the analyzers use, read once.
type plugin struct {
	settings []setting
	catalogs *catalog.Cache
}

// newPlugin checks the settings once, when golangci-lint loads its
// configuration, so that a mistake fails the run before any package is
// loaded, with an error that names the setting.
func newPlugin(conf any) (register.LinterPlugin, error) {
	raw, err := decode(conf)
	if err != nil {
		return nil, err
	}
	// The analyzer's flags are the settings: their names, their types,
	// and their defaults for a setting left out.
	flags := &analyzer.New(analyzer.Defaults()).Flags
	p := &plugin{catalogs: new(catalog.Cache)}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for name := range raw {
			if !yield(name) {
				return
			}
		}
	}) {
		f := flags.Lookup(name)
		if f == nil {
			return nil, fmt.Errorf("httpstatus: unknown setting %q; the settings are %s", name, strings.Join(settingNames(flags), ", "))
		}
		value, err := flagValue(name, isBool(f), raw[name])
		if err != nil {
			return nil, err
		}
		if value == nil {
			continue // null: as if absent
		}
		if err := flags.Set(name, *value); err != nil {
			msg := strings.TrimPrefix(err.Error(), "-"+name+": ")
			return nil, fmt.Errorf("httpstatus: setting %q: %s", name, msg)
		}
		p.settings = append(p.settings, setting{name, *value})
	}
	if err := p.pinCatalog(flags); err != nil {
		return nil, err
	}
	if err := p.checkDiscovered(flags); err != nil {
		return nil, err
	}
	return p, nil
}

// checkDiscovered loads, when no setting names the catalog, every catalog
// that discovery can find in the module. golangci-lint analyzes the
// dependencies of a package in the same process, for their facts: a
// broken catalog found while analyzing one of them would fail it, and
// then each package that imports it with "failed prerequisites". Found
// here, it is one error, before any package is loaded; the analyzers
// share the plugin's cache, so each file is still read once.
func (p *plugin) checkDiscovered(flags *flag.FlagSet) error {
	if flags.Lookup("catalog").Value.String() != "" || flags.Lookup("documented").Value.String() != "" {
		return nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("httpstatus: %v", err)
	}
	if err := p.catalogs.CheckTree(wd); err != nil {
		return fmt.Errorf("httpstatus: %v", err)
	}
	return nil
}

// pinCatalog resolves a relative catalog path and checks the file.
// golangci-lint analyzes packages in its own working directory, the
// current one: catalog.ResolvePath takes the path from there, else from
// the module root above it. Pinned here, the path cannot change meaning
// later.
func (p *plugin) pinCatalog(flags *flag.FlagSet) error {
	i := slices.IndexFunc(p.settings, func(s setting) bool { return s.name == "catalog" })
	if i < 0 || p.settings[i].value == "" {
		return nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf(`httpstatus: setting "catalog": %v`, err)
	}
	path := catalog.ResolvePath(p.settings[i].value, wd)
	p.settings[i].value = path
	if flags.Lookup("documented").Value.String() == "" {
		// The analyzer would fail on the first package; failing here
		// names the setting. The analyzers share the plugin's cache, so
		// the file is still read once.
		if _, err := p.catalogs.Select(path, "", wd); err != nil {
			return fmt.Errorf(`httpstatus: setting "catalog": %v`, err)
		}
	}
	return nil
}

// BuildAnalyzers returns a fresh analyzer with the settings applied
// through its flags.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	cfg := analyzer.Defaults()
	cfg.Catalogs = p.catalogs
	a := conform.New(cfg)
	for _, s := range p.settings {
		if err := a.Flags.Set(s.name, s.value); err != nil {
			// Checked in newPlugin; only a change of the flags since
			// could fail here.
			return nil, fmt.Errorf("httpstatus: setting %q: %v", s.name, err)
		}
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks for type information: sinks, constants and wrapper
// facts all come from the type checker.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// decode reads the settings as golangci-lint passes them (decoded from
// YAML into maps; nil when there are none) into their JSON values by name.
func decode(conf any) (map[string]json.RawMessage, error) {
	data, err := json.Marshal(conf)
	if err != nil {
		return nil, fmt.Errorf("httpstatus: settings: %v", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		names := settingNames(&analyzer.New(analyzer.Defaults()).Flags)
		return nil, fmt.Errorf("httpstatus: settings must be a mapping of setting names (%s) to values, got %s",
			strings.Join(names, ", "), jsonKind(data))
	}
	return raw, nil
}

// flagValue turns the JSON value of a setting into the argument of its
// flag: true or false for a boolean flag, a string for the others. It
// returns nil for null.
func flagValue(name string, isBool bool, value json.RawMessage) (*string, error) {
	kind := jsonKind(value)
	switch {
	case kind == "null":
		return nil, nil
	case isBool && kind == "bool":
		s := strings.TrimSpace(string(value))
		return &s, nil
	case isBool:
		return nil, fmt.Errorf("httpstatus: setting %q must be true or false, got %s %s", name, kind, value)
	case kind == "string":
		var s string
		if err := json.Unmarshal(value, &s); err != nil {
			return nil, fmt.Errorf("httpstatus: setting %q: %v", name, err)
		}
		return &s, nil
	}
	return nil, fmt.Errorf("httpstatus: setting %q must be a string, got %s %s", name, kind, value)
}

// isBool reports whether f is a boolean flag, as package flag tells
// them apart.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// settingNames lists the settings, which are the flags, in order.
func settingNames(flags *flag.FlagSet) []string {
	var names []string
	flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// jsonKind names the JSON type of an encoded value.
func jsonKind(data []byte) string {
	s := strings.TrimSpace(string(data))
	switch {
	case s == "":
		return "nothing"
	case s == "null":
		return "null"
	case s == "true" || s == "false":
		return "bool"
	case s[0] == '"':
		return "string"
	case s[0] == '[':
		return "list"
	case s[0] == '{':
		return "mapping"
	}
	return "number"
}

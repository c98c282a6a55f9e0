package analyzer

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/httpstatuslint/httpstatus/catalog"
)

// The golangci-lint module plugin. A custom golangci-lint binary that
// imports this package (see .custom-gcl.yml and `make golangci`) runs the
// analyzer as the linter "httpstatus", configured in .golangci.yml:
//
//	linters:
//	  enable: [httpstatus]
//	  settings:
//	    custom:
//	      httpstatus:
//	        type: module
//	        settings:
//	          documented: "200,204,4XX"
//	          test-undocumented: true
//
// The settings have the names of the command's flags. A relative catalog
// path is resolved against the directory golangci-lint runs in.
func init() {
	register.Plugin("httpstatus", newPlugin)
}

// settings are the plugin's settings, named as the command's flags. A
// boolean that is absent (or null) keeps its value in Defaults.
type settings struct {
	Catalog          string `json:"catalog"`
	Documented       string `json:"documented"`
	Literal          *bool  `json:"literal"`
	Undocumented     *bool  `json:"undocumented"`
	Invalid          *bool  `json:"invalid"`
	TestUndocumented *bool  `json:"test-undocumented"`
}

// settingTypes is every setting with the JSON kind it takes, in the
// order of the flags, for the error messages.
var settingTypes = []struct{ name, kind string }{
	{"catalog", "string"},
	{"documented", "string"},
	{"literal", "bool"},
	{"undocumented", "bool"},
	{"invalid", "bool"},
	{"test-undocumented", "bool"},
}

type plugin struct{ cfg Config }

// newPlugin checks the settings once, when golangci-lint loads its
// configuration, so that a mistake fails the run before any package is
// loaded, with an error that names the setting.
func newPlugin(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[settings](conf)
	if err != nil {
		return nil, explainSettings(conf, err)
	}
	cfg := Defaults()
	cfg.Catalog, cfg.Documented = s.Catalog, s.Documented
	for _, b := range []struct {
		dst *bool
		src *bool
	}{
		{&cfg.Literal, s.Literal},
		{&cfg.Undocumented, s.Undocumented},
		{&cfg.Invalid, s.Invalid},
		{&cfg.TestUndocumented, s.TestUndocumented},
	} {
		if b.src != nil {
			*b.dst = *b.src
		}
	}
	if cfg.Documented != "" {
		if _, err := catalog.ParseList(cfg.Documented); err != nil {
			msg := strings.TrimPrefix(err.Error(), "-documented: ")
			return nil, fmt.Errorf(`httpstatus: setting "documented": %s`, msg)
		}
	}
	if cfg.Catalog != "" {
		// golangci-lint analyzes packages in its own working directory,
		// which is where a relative path is taken from; pinned here, the
		// path cannot change meaning later.
		abs, err := filepath.Abs(cfg.Catalog)
		if err != nil {
			return nil, fmt.Errorf(`httpstatus: setting "catalog": %v`, err)
		}
		cfg.Catalog = abs
		if cfg.Documented == "" {
			// The analyzer would fail on the first package; failing here
			// names the setting. The catalog package caches the result,
			// so the file is still read once.
			if _, err := catalog.Select(cfg.Catalog, "", ""); err != nil {
				return nil, fmt.Errorf(`httpstatus: setting "catalog": %v`, err)
			}
		}
	}
	return &plugin{cfg: cfg}, nil
}

// BuildAnalyzers returns a fresh analyzer for the configuration.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{New(p.cfg)}, nil
}

// GetLoadMode asks for type information: sinks, constants and wrapper
// facts all come from the type checker.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// explainSettings turns a decoding error into one that names the setting
// at fault: an unknown name, or a value of the wrong type. The checks are
// ours rather than a reading of encoding/json's messages, whose wording
// is not part of its API.
func explainSettings(conf any, decodeErr error) error {
	var known []string
	for _, s := range settingTypes {
		known = append(known, s.name)
	}
	data, err := json.Marshal(conf)
	if err != nil {
		return fmt.Errorf("httpstatus: settings: %v", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("httpstatus: settings must be a mapping of setting names (%s) to values, got %s",
			strings.Join(known, ", "), jsonKind(data))
	}
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		i := slices.IndexFunc(settingTypes, func(s struct{ name, kind string }) bool { return s.name == name })
		if i < 0 {
			return fmt.Errorf("httpstatus: unknown setting %q; the settings are %s", name, strings.Join(known, ", "))
		}
		value := raw[name]
		if got := jsonKind(value); got != settingTypes[i].kind && got != "null" {
			want := "a string"
			if settingTypes[i].kind == "bool" {
				want = "true or false"
			}
			return fmt.Errorf("httpstatus: setting %q must be %s, got %s %s", name, want, got, value)
		}
	}
	return fmt.Errorf("httpstatus: settings: %v", decodeErr)
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

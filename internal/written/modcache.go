package written

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
)

// This file holds how a position in another module is printed: a file
// in the module cache is named by its module and version and its path
// in the module, github.com/go-chi/chi/v5@v5.5.0/middleware/content_type.go,
// the same on every machine and in every CI log, rather than by where
// the cache is on one machine.

// Shared returns the file name as the outputs print it: a file in the
// module cache as module@version/path, any other as it is.
func Shared(filename string) string {
	if s, ok := inModuleCache(filename, moduleCaches()); ok {
		return s
	}
	return filename
}

// moduleCaches are the directories the go command keeps modules in:
// GOMODCACHE, else pkg/mod in each GOPATH entry ($HOME/go by default),
// each from the environment or else from the go command's own settings
// (go env -w), as the go command finds them.
var moduleCaches = sync.OnceValue(func() []string {
	settings := goEnvFile()
	if c := goEnv("GOMODCACHE", settings); c != "" {
		return []string{filepath.Clean(c)}
	}
	gopath := goEnv("GOPATH", settings)
	if gopath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil
		}
		gopath = filepath.Join(home, "go")
	}
	var dirs []string
	for _, p := range filepath.SplitList(gopath) {
		if p != "" {
			dirs = append(dirs, filepath.Join(p, "pkg", "mod"))
		}
	}
	return dirs
})

// goEnv is a go environment variable: from the environment, else from
// the settings of go env -w.
func goEnv(name string, settings map[string]string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return settings[name]
}

// goEnvFile reads the settings that go env -w writes: $GOENV, else
// go/env in the user's configuration directory. A file that is not
// there has none.
func goEnvFile() map[string]string {
	file := os.Getenv("GOENV")
	if file == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return nil
		}
		file = filepath.Join(dir, "go", "env")
	}
	if file == "off" {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	settings := make(map[string]string)
	for line := range strings.Lines(string(data)) {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
			settings[k] = v
		}
	}
	return settings
}

// inCache returns the part of filename below the module cache that
// holds it, and whether one does; filename as it is otherwise. It is a
// prefix test, cheap enough for every comparison of a sort.
func inCache(filename string, caches []string) (string, bool) {
	for _, c := range caches {
		if rest, ok := strings.CutPrefix(filename, c); ok && len(rest) > 0 && os.IsPathSeparator(rest[0]) {
			return rest, true
		}
	}
	return filename, false
}

// inModuleCache returns filename as module@version/path when it is a
// module's file in one of the caches: below the cache, the first
// element that holds an @ ends the module's path and gives its version,
// both escaped as the go command escapes them on disk (!x for X).
func inModuleCache(filename string, caches []string) (string, bool) {
	for _, c := range caches {
		rel, err := filepath.Rel(c, filename)
		if err != nil || !filepath.IsLocal(rel) {
			continue
		}
		parts := strings.Split(filepath.ToSlash(rel), "/")
		if parts[0] == "cache" { // downloads, not sources
			return "", false
		}
		for i, p := range parts[:len(parts)-1] {
			if strings.Contains(p, "@") {
				mod, ok := unescape(strings.Join(parts[:i+1], "/"))
				if !ok {
					return "", false
				}
				return mod + "/" + strings.Join(parts[i+1:], "/"), true
			}
		}
	}
	return "", false
}

// unescape undoes the module cache's escaping of upper-case letters:
// "!" before a lower-case letter stands for the letter in upper case.
func unescape(s string) (string, bool) {
	var b strings.Builder
	bang := false
	for _, r := range s {
		switch {
		case bang:
			if !unicode.IsLower(r) {
				return "", false
			}
			b.WriteRune(unicode.ToUpper(r))
			bang = false
		case r == '!':
			bang = true
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), !bang
}

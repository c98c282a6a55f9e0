// Package corpus reads corpus.txt, the one list of the real modules that
// make bench and make corpus run on.
package corpus

import (
	"fmt"
	"os"
	"strings"
)

// A Module of the corpus: a line MODULE VERSION [quick] [PATTERN...].
type Module struct {
	Path, Version string
	// Quick: part of the small subset that -quick runs.
	Quick bool
	// Patterns to vet; MODULE/... when the line gives none.
	Patterns []string
}

// Read reads a corpus file. Text after # is a comment.
func Read(name string) ([]Module, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var mods []Module
	for i, line := range strings.Split(string(data), "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || !strings.HasPrefix(f[1], "v") {
			return nil, fmt.Errorf("%s:%d: want MODULE VERSION [quick] [PATTERN...]", name, i+1)
		}
		m := Module{Path: f[0], Version: f[1]}
		rest := f[2:]
		if len(rest) > 0 && rest[0] == "quick" {
			m.Quick, rest = true, rest[1:]
		}
		m.Patterns = rest
		if len(m.Patterns) == 0 {
			m.Patterns = []string{m.Path + "/..."}
		}
		mods = append(mods, m)
	}
	if len(mods) == 0 {
		return nil, fmt.Errorf("%s: no module", name)
	}
	return mods, nil
}

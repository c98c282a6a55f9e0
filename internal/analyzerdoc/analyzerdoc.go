// Package analyzerdoc extracts an analyzer's Doc from the package comment
// of its doc.go, as the analyzers of golang.org/x/tools do: the comment
// has a "# Analyzer NAME" section whose first line is "NAME: title" and
// whose other lines are the body. The documentation then lives in one
// place, which go doc, the web and the analyzer's -help all show.
package analyzerdoc

import (
	"fmt"
	"strings"
)

// Section returns the "# Analyzer name" section of the package comment in
// src (doc.go, embedded), as analysis.Analyzer.Doc wants it: the title
// alone on the first line, then the body. A doc.go without the section is
// a mistake in the program, which every test of the analyzer shows: it
// panics.
func Section(src, name string) string {
	header := "// # Analyzer " + name
	_, after, ok := strings.Cut(src, header+"\n")
	if !ok {
		panic(fmt.Sprintf("doc.go has no %q section", header))
	}
	var lines []string
	for line := range strings.Lines(after) {
		line = strings.TrimSuffix(line, "\n")
		if !strings.HasPrefix(line, "//") {
			break
		}
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(line, "//"), " "))
	}
	text := strings.TrimSpace(strings.Join(lines, "\n"))
	return strings.TrimPrefix(text, name+": ")
}

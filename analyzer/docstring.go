package analyzer

import (
	"strings"
	"sync"
)

// docText is the analyzer's Doc, extracted once: each process builds the
// analyzer twice (the package's Analyzer and the command's own).
var docText = sync.OnceValue(func() string { return analyzerDoc(doc) })

// analyzerDoc extracts the "# Analyzer httpstatus" section of the package
// comment in doc.go, so that the documentation lives in one place: the
// first line is the title, the rest the body, as analysis.Analyzer.Doc
// wants it.
func analyzerDoc(src string) string {
	const header = "// # Analyzer httpstatus"
	_, after, ok := strings.Cut(src, header)
	if !ok {
		panic("analyzer: doc.go has no " + header + " section")
	}
	_, after, _ = strings.Cut(after, "\n") // the rest of the header line
	var lines []string
	for line := range strings.Lines(after) {
		line = strings.TrimSuffix(line, "\n")
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		lines = append(lines, line)
	}
	text := strings.TrimSpace(strings.Join(lines, "\n"))
	// The section opens with "httpstatus: title"; Doc wants the title alone.
	return strings.TrimPrefix(text, "httpstatus: ")
}

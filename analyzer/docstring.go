package analyzer

import (
	"sync"

	"github.com/httpstatuslint/httpstatus/internal/analyzerdoc"
)

// docText is the analyzer's Doc, the "# Analyzer httpstatus" section of
// doc.go, extracted once: each process builds the analyzer twice (the
// package's Analyzer and the command's own).
var docText = sync.OnceValue(func() string { return analyzerdoc.Section(doc, "httpstatus") })

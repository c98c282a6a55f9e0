package analyzerdoc

import "testing"

const src = `// Package routes does things.
//
// # Analyzer routes
//
// routes: list each route
//
// The body,
// on two lines.
package routes
`

func TestSection(t *testing.T) {
	want := "list each route\n\nThe body,\non two lines."
	if got := Section(src, "routes"); got != want {
		t.Errorf("Section = %q, want %q", got, want)
	}
}

func TestSectionMissing(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Section of a doc.go without the section did not panic")
		}
	}()
	Section(src, "httpstatus")
}

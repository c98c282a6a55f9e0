package diff

import (
	"fmt"
	"strings"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// Unified returns the unified diff that turns old into new, with oldName
// and newName in its header; "" when the two are equal. A last line
// without a newline is marked as diff marks it.
func Unified(oldName, newName, old, new string) string {
	if old == new {
		return ""
	}
	a, b := lines(old), lines(new)
	ops := compare(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(ops) {
		writeHunk(&out, h, a, b)
	}
	return out.String()
}

// lines splits a text into lines, each with its newline; the last has
// none when the text does not end with one.
func lines(s string) []string {
	var ls []string
	for l := range strings.Lines(s) {
		ls = append(ls, l)
	}
	return ls
}

// A hunk is a run of edit operations: changes with their context.
type hunk []op

// hunks groups the operations into hunks: each change with up to
// context equal lines either side, and changes closer than twice that
// in one hunk.
func hunks(ops []op) []hunk {
	var hs []hunk
	start, end := -1, -1 // the current hunk: ops[start:end]
	for i, o := range ops {
		if o.kind == equal {
			continue
		}
		lo := max(i-context, 0)
		if start >= 0 && lo <= end {
			end = min(i+1+context, len(ops))
			continue
		}
		if start >= 0 {
			hs = append(hs, ops[start:end])
		}
		start, end = lo, min(i+1+context, len(ops))
	}
	if start >= 0 {
		hs = append(hs, ops[start:end])
	}
	return hs
}

// writeHunk writes a hunk's header and lines.
func writeHunk(out *strings.Builder, h hunk, a, b []string) {
	var na, nb int
	for _, o := range h {
		if o.kind != insert {
			na++
		}
		if o.kind != delete {
			nb++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", span(h[0].a, na), span(h[0].b, nb))
	for _, o := range h {
		var prefix, text string
		switch o.kind {
		case equal:
			prefix, text = " ", a[o.a]
		case delete:
			prefix, text = "-", a[o.a]
		case insert:
			prefix, text = "+", b[o.b]
		}
		out.WriteString(prefix + text)
		if !strings.HasSuffix(text, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// span is a hunk header's range: the first line (counted from 1) and
// the number of lines, which is left out when it is 1; an empty range
// names the line before it, as diff does.
func span(first, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", first)
	case 1:
		return fmt.Sprint(first + 1)
	}
	return fmt.Sprintf("%d,%d", first+1, n)
}

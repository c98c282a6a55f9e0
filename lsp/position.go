package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// mapper converts between byte offsets in a text and LSP positions: a
// 0-based line and a column in UTF-16 code units. Lines end at "\n", as
// for go/token, or "\r\n".
type mapper struct {
	text  string
	lines []int // byte offset where each line starts
}

func newMapper(text string) *mapper {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &mapper{text: text, lines: lines}
}

// position returns the position of the byte offset off, clamped to the
// text.
func (m *mapper) position(off int) protocol.Position {
	off = max(0, min(off, len(m.text)))
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	return protocol.Position{Line: uint32(line), Character: uint32(utf16Len(m.text[m.lines[line]:off]))}
}

// offset returns the byte offset of p. A character past the end of its
// line means the end of the line, a line past the end the end of the
// text, as the protocol asks; a position inside a surrogate pair means
// the rune that the pair encodes.
func (m *mapper) offset(p protocol.Position) int {
	if int(p.Line) >= len(m.lines) {
		return len(m.text)
	}
	start := m.lines[p.Line]
	end := len(m.text)
	if int(p.Line)+1 < len(m.lines) {
		end = m.lines[p.Line+1] - 1 // the "\n"
	}
	if end > start && m.text[end-1] == '\r' {
		end-- // a "\r\n" ends the line too
	}
	off, units := start, uint32(0)
	for off < end && units < p.Character {
		r, size := utf8.DecodeRuneInString(m.text[off:end])
		units += uint32(utf16RuneLen(r))
		off += size
	}
	return off
}

// span returns the range from byte offset start to end.
func (m *mapper) span(start, end int) protocol.Range {
	return protocol.Range{Start: m.position(start), End: m.position(end)}
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16RuneLen(r)
	}
	return n
}

// utf16RuneLen counts a rune outside the Basic Multilingual Plane as a
// surrogate pair, and an invalid byte, which Go decodes as U+FFFD, as one
// unit.
func utf16RuneLen(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// applyChange applies one didChange event to text: the whole text when
// the event has no range.
func applyChange(text string, ch protocol.TextDocumentContentChangeEvent) string {
	if ch.Range == nil {
		return ch.Text
	}
	m := newMapper(text)
	start, end := m.offset(ch.Range.Start), m.offset(ch.Range.End)
	if end < start {
		start, end = end, start
	}
	return text[:start] + ch.Text + text[end:]
}

// uriToPath returns the file name of a file: URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("%s: not a file: URI", uri)
	}
	path := u.Path
	if runtime.GOOS == "windows" {
		// file:///C:/dir/f.go; a host is a UNC share.
		path = strings.TrimPrefix(path, "/")
		if u.Host != "" {
			path = "//" + u.Host + "/" + path
		}
	} else if u.Host != "" && u.Host != "localhost" {
		return "", fmt.Errorf("%s: a file on another host", uri)
	}
	return filepath.Clean(filepath.FromSlash(path)), nil
}

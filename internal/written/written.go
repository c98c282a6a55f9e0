// Package written holds the one type for a status code and where it is
// written. The status analyzer finds codes, its facts carry them to other
// packages, the route table lists them per route, the check per operation
// compares them with a document, and the drivers print them: all with
// this type, whose position is a token.Position from first to last, so
// that nothing is ever printed to a string and parsed back.
package written

import (
	"cmp"
	"encoding/json"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A Code is a status and where it is written. Code 0 is a status that is
// not known statically (computed, from input), at the place it is set.
// Posn is a token.Position rather than a token.Pos so that facts can
// carry it from package to package: each package has a file set of its
// own.
type Code struct {
	Code int
	Posn token.Position
	// Methods are the request methods the code is written for, where
	// the code that writes it tests the request's method: "OPTIONS",
	// "GET HEAD"; after a "!", every method but those; "" for any. A
	// route that cannot see those methods never writes it.
	Methods string
}

// Known reports whether the code is known statically.
func (c Code) Known() bool { return c.Code != 0 }

// String is the code and its position, "404 orders.go:12:3", or
// "unknown orders.go:12:3".
func (c Code) String() string {
	code := "unknown"
	if c.Known() {
		code = strconv.Itoa(c.Code)
	}
	if !c.Posn.IsValid() {
		return code
	}
	return code + " " + Posn(c.Posn)
}

// MarshalJSON writes {"code": 404, "posn": "file:line:col"}: the form
// every JSON output of httpstatus uses for a code.
func (c Code) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Code int    `json:"code"`
		Posn string `json:"posn"`
	}{c.Code, Posn(c.Posn)})
}

// Posn is a position as the outputs print it, "file:line:col"; "" for
// no position. A file of another module is named by the module
// (Shared).
func Posn(p token.Position) string {
	if !p.IsValid() {
		return ""
	}
	p.Filename = Shared(p.Filename)
	return p.String()
}

// Short is a position as messages name it: "file.go:line", or, for a
// file of another module, "module@version/dir/file.go:line", which the
// base name alone would not tell apart from a file of the package.
func Short(p token.Position) string {
	name := filepath.Base(p.Filename)
	if s, ok := inModuleCache(p.Filename, moduleCaches()); ok {
		name = s
	}
	return name + ":" + strconv.Itoa(p.Line)
}

// ShortDir is a position as messages name one in another package:
// "dir/file.go:line", or, for a file of another module, as Short.
func ShortDir(p token.Position) string {
	if s, ok := inModuleCache(p.Filename, moduleCaches()); ok {
		return s + ":" + strconv.Itoa(p.Line)
	}
	return filepath.Base(filepath.Dir(p.Filename)) + "/" + Short(p)
}

// ComparePosn orders positions by file name, then line and column. A
// file in the module cache comes after every other file and is ordered
// by its path inside the cache: where the cache is differs from machine
// to machine, and the order of codes must not.
func ComparePosn(a, b token.Position) int {
	return cmp.Or(compareFiles(a.Filename, b.Filename), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

func compareFiles(a, b string) int {
	if a == b {
		return 0
	}
	return compareFilesIn(a, b, moduleCaches())
}

func compareFilesIn(a, b string, caches []string) int {
	ra, ca := inCache(a, caches)
	rb, cb := inCache(b, caches)
	switch {
	case ca && !cb:
		return +1
	case !ca && cb:
		return -1
	}
	return strings.Compare(ra, rb)
}

// Compare orders codes by code, then by position, then by the methods
// they are written for ("" first).
func Compare(a, b Code) int {
	return cmp.Or(cmp.Compare(a.Code, b.Code), ComparePosn(a.Posn, b.Posn), strings.Compare(a.Methods, b.Methods))
}

// Normalize sorts codes by code and position and drops repeats; the
// offset of a position does not count, so the same place reached through
// two routes is one code. Of repeats written for different methods, the
// first is kept: written for any method if one of them is.
func Normalize(codes []Code) []Code {
	slices.SortFunc(codes, Compare)
	return slices.CompactFunc(codes, func(a, b Code) bool {
		return a.Code == b.Code && ComparePosn(a.Posn, b.Posn) == 0
	})
}

// Relative rewrites the file name of p relative to dir when the file is
// inside dir, for output that should not depend on where the module is.
func Relative(p token.Position, dir string) token.Position {
	if dir == "" || p.Filename == "" {
		return p
	}
	if r, err := filepath.Rel(dir, p.Filename); err == nil && filepath.IsLocal(r) {
		p.Filename = r
	}
	return p
}

package baseline

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The kinds of difference, in the order Format writes them for one
// operation.
const (
	Route        = "route"        // a route the document does not have
	Undocumented = "undocumented" // a code written that the operation does not document
	Unwritten    = "unwritten"    // a documented key no code written falls under
	Unserved     = "unserved"     // an operation no route serves
)

// A kind is a kind of difference and whether its entries have a code.
type kind struct {
	name     string
	withCode bool
}

// kinds are the kinds in order.
var kinds = []kind{
	{Route, false},
	{Undocumented, true},
	{Unwritten, true},
	{Unserved, false},
}

// An Entry is one difference between the routes and a document.
type Entry struct {
	Document string // the document, relative to the baseline's directory, with slashes
	Method   string
	Path     string
	Kind     string
	Code     string // the code (undocumented) or the response key (unwritten); "" for the other kinds
}

// String is the entry as a line of the file.
func (e Entry) String() string {
	s := strings.Join([]string{e.Document, e.Method, e.Path, e.Kind}, " ")
	if e.Code != "" {
		s += " " + e.Code
	}
	return s
}

// A Recorded entry is an entry of a baseline file, with its line.
type Recorded struct {
	Entry
	Line int
}

// Compare orders entries by document, path, method, kind (in the order
// of kinds) and code (numerically, then a range after its codes).
func Compare(a, b Entry) int {
	return cmp.Or(
		strings.Compare(a.Document, b.Document),
		strings.Compare(a.Path, b.Path),
		strings.Compare(a.Method, b.Method),
		cmp.Compare(kindIndex(a.Kind), kindIndex(b.Kind)),
		cmp.Compare(len(a.Code), len(b.Code)),
		strings.Compare(a.Code, b.Code),
	)
}

func kindIndex(name string) int {
	return slices.IndexFunc(kinds, func(k kind) bool { return k.name == name })
}

// header is the comment Format writes at the top of a baseline.
const header = `# httpstatus routes -check -baseline: the differences between the routes
# and their OpenAPI document accepted for now. Remove a line once its
# difference is fixed; httpstatus routes -write-baseline rewrites the file.
`

// Format is the file that records entries: the header, then the
// entries sorted, each once.
func Format(entries []Entry) []byte {
	entries = slices.Clone(entries)
	slices.SortFunc(entries, Compare)
	entries = slices.Compact(entries)
	var b bytes.Buffer
	b.WriteString(header)
	for _, e := range entries {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

var (
	methodRE = regexp.MustCompile(`^([A-Z]+|\*)$`)
	keyRE    = regexp.MustCompile(`^([1-5][0-9][0-9]|[1-5]XX)$`)
)

// Parse reads a baseline file's content; file names it in errors, which
// are "file:line: what is wrong".
func Parse(file string, data []byte) ([]Recorded, error) {
	var out []Recorded
	seen := make(map[Entry]int)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, n, err)
		}
		if prev, ok := seen[e]; ok {
			return nil, fmt.Errorf("%s:%d: repeats the entry of line %d", file, n, prev)
		}
		seen[e] = n
		out = append(out, Recorded{e, n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return out, nil
}

func parseEntry(line string) (Entry, error) {
	f := strings.Fields(line)
	if len(f) < 4 || len(f) > 5 {
		return Entry{}, fmt.Errorf("want DOCUMENT METHOD PATH KIND [CODE], got %d fields: %s", len(f), line)
	}
	e := Entry{Document: f[0], Method: f[1], Path: f[2], Kind: f[3]}
	if len(f) == 5 {
		e.Code = f[4]
	}
	if !methodRE.MatchString(e.Method) {
		return Entry{}, fmt.Errorf("method %q is not an HTTP method in capitals or *", e.Method)
	}
	i := kindIndex(e.Kind)
	if i < 0 {
		return Entry{}, fmt.Errorf("unknown kind %q; the kinds are %s, %s, %s, %s", e.Kind, Route, Undocumented, Unwritten, Unserved)
	}
	switch {
	case !kinds[i].withCode && e.Code != "":
		return Entry{}, fmt.Errorf("%s entries have no code, got %q", e.Kind, e.Code)
	case kinds[i].withCode && e.Code == "":
		return Entry{}, fmt.Errorf("%s entries need a code", e.Kind)
	case e.Kind == Undocumented:
		if n, err := strconv.Atoi(e.Code); err != nil || n <= 0 || strconv.Itoa(n) != e.Code {
			return Entry{}, fmt.Errorf("code %q is not a status code", e.Code)
		}
	case e.Kind == Unwritten:
		if !keyRE.MatchString(e.Code) {
			return Entry{}, fmt.Errorf("response key %q is not a code (404) or a class (4XX)", e.Code)
		}
	}
	return e, nil
}

// Diff splits today's differences by the baseline: those it does not
// record (new, sorted, each once), and the recorded entries that no
// longer differ (stale, in file order).
func Diff(recorded []Recorded, today []Entry) (fresh []Entry, stale []Recorded) {
	now := make(map[Entry]bool)
	for _, e := range today {
		now[e] = true
	}
	known := make(map[Entry]bool)
	for _, r := range recorded {
		known[r.Entry] = true
		if !now[r.Entry] {
			stale = append(stale, r)
		}
	}
	for _, e := range today {
		if !known[e] {
			fresh = append(fresh, e)
		}
	}
	slices.SortFunc(fresh, Compare)
	return slices.Compact(fresh), stale
}

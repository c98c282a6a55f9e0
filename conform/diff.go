package conform

import (
	"cmp"
	"go/token"
	"slices"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// A Diff is how the codes a route's handler can write differ from what
// one of its operations documents.
type Diff struct {
	Op *catalog.Operation
	// Undocumented are the codes written that the operation does not
	// document, each code once with every place it is written.
	Undocumented []Written
	// Unwritten are the operation's response keys that no code written
	// falls under, in document order; default is never among them, since
	// it stands for whatever else happens.
	Unwritten []string
}

// Written is a code and the places where a handler writes it.
type Written struct {
	Code  int
	Posns []token.Position
}

// Compare compares the codes a handler can write with an operation's
// responses. A code that is not known statically (0) is neither
// undocumented nor does it write any key.
func Compare(op *catalog.Operation, codes []written.Code) Diff {
	d := Diff{Op: op}
	used := make(map[string]bool)
	byCode := make(map[int]*Written)
	for _, c := range codes {
		if c.Code == 0 {
			continue
		}
		if key, ok := op.Documents(c.Code); ok {
			used[key] = true
			continue
		}
		w := byCode[c.Code]
		if w == nil {
			w = &Written{Code: c.Code}
			byCode[c.Code] = w
		}
		if !slices.ContainsFunc(w.Posns, func(p token.Position) bool { return written.ComparePosn(p, c.Posn) == 0 }) {
			w.Posns = append(w.Posns, c.Posn)
		}
	}
	for _, w := range byCode {
		d.Undocumented = append(d.Undocumented, *w)
	}
	slices.SortFunc(d.Undocumented, func(a, b Written) int { return cmp.Compare(a.Code, b.Code) })
	for _, key := range op.Keys() {
		if key != "default" && !used[key] && !slices.Contains(d.Unwritten, key) {
			d.Unwritten = append(d.Unwritten, key)
		}
	}
	return d
}

// Differs reports whether the handler and the operation disagree.
func (d Diff) Differs() bool { return len(d.Undocumented) > 0 || len(d.Unwritten) > 0 }

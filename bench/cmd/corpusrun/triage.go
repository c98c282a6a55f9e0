package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
)

// triage.tsv holds one verdict per finding, tab-separated:
//
//	package  position  category  message  verdict  reason
//
// verdict "right": the finding is what the analyzer is meant to report; it
// must stay reported.
// verdict "wrong": a false positive (or a wrong message or fix) that the
// analyzer no longer reports; the reason names the fix and its fixture. It
// must not come back.
const triageHeader = `# The verdict on every finding of httpstatus on the corpus (make corpus).
# Columns: package, position, category, message, verdict, reason.
# right: what the analyzer is meant to report; it must stay reported.
# wrong: a false positive (or a wrong message or fix) that the analyzer
#   was fixed for; the reason names the fix and its fixture. It must not
#   come back.
# A finding missing here, a right entry no longer reported or a wrong entry
# reported again fails make corpus.
`

type entry struct {
	pkg, pos, category, message, verdict, reason string
}

func (e *entry) key() string { return e.pos + "\t" + e.category + "\t" + e.message }

func (e *entry) String() string {
	return strings.Join([]string{e.pkg, e.pos, e.category, e.message, e.verdict, e.reason}, "\t")
}

// readRows reads a tab-separated file of columns columns; lines that are
// empty or start with # are comments. A missing file has no rows.
func readRows(name string, columns int) ([][]string, error) {
	data, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != columns {
			return nil, fmt.Errorf("%s:%d: want %d tab-separated columns, got %d", name, i+1, columns, len(f))
		}
		rows = append(rows, f)
	}
	return rows, nil
}

// compareTriage checks the findings against the triage file; with update
// it rewrites the file instead (new findings get verdict ?).
func compareTriage(name string, found []*finding, update bool) ([]string, error) {
	rows, err := readRows(name, 6)
	if err != nil {
		return nil, err
	}
	var entries []*entry
	for _, f := range rows {
		entries = append(entries, &entry{f[0], f[1], f[2], f[3], f[4], f[5]})
	}
	byKey := make(map[string]*entry)
	for _, e := range entries {
		if byKey[e.key()] != nil {
			return nil, fmt.Errorf("%s: %s listed twice", name, e.key())
		}
		byKey[e.key()] = e
	}
	var failures []string
	reported := make(map[string]bool)
	right, wrong, pending := 0, 0, 0
	var kept []*entry
	for _, f := range found {
		reported[f.key()] = true
		e := byKey[f.key()]
		switch {
		case e == nil:
			failures = append(failures, "+ new finding, not in "+name+": "+f.Package+"\t"+f.key())
			e = &entry{f.Package, f.Position, f.Category, f.Message, "?", ""}
			pending++
		case e.verdict == "right":
			right++
		case e.verdict == "wrong":
			failures = append(failures, "! wrong finding reported again: "+e.String())
		default:
			failures = append(failures, "? finding not triaged yet: "+e.String())
			pending++
		}
		kept = append(kept, e)
	}
	for _, e := range entries {
		if reported[e.key()] {
			continue
		}
		switch e.verdict {
		case "wrong":
			wrong++
			kept = append(kept, e)
		default:
			failures = append(failures, "- listed in "+name+", no longer reported: "+e.String())
		}
	}
	logf("triage: %d right, %d wrong (fixed, not reported), %d not triaged", right, wrong, pending)
	if !update {
		return failures, nil
	}
	slices.SortStableFunc(kept, func(a, b *entry) int {
		return cmp.Or(comparePos(a.pos, b.pos), strings.Compare(a.category, b.category), strings.Compare(a.message, b.message))
	})
	var b strings.Builder
	b.WriteString(triageHeader)
	for _, e := range kept {
		b.WriteString(e.String() + "\n")
	}
	logf("triage: rewrote %s", name)
	return nil, os.WriteFile(name, []byte(b.String()), 0o644)
}

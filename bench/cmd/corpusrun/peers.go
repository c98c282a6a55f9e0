package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// staticcheckVersion is the staticcheck built for -peers when -staticcheck
// is not given: 2026.2.2, the first that builds with Go 1.26.
const staticcheckVersion = "v0.8.2"

// peers.tsv explains each peer finding that is not one of ours:
//
//	peer  position  message  verdict  reason
//
// verdict: "not-a-sink" (the literal does not reach a status sink, so
// nothing is reported), "peer-wrong" (a sink, but the peer's
// suggestion is wrong), or "missed" (one we should report; a bug).
const peersHeader = `# Peer findings on the corpus that httpstatus does not report (make corpus-peers).
# Columns: peer, position, message, verdict, reason.
# verdict: not-a-sink: the literal reaches no status sink, so nothing is reported;
#   peer-wrong: the peer's suggestion is wrong there; missed: ours to fix.
# A peer finding that is neither ours nor listed here, or an entry that no
# longer applies, fails the run.
`

type peerFinding struct {
	peer, file string
	line, col  int
	message    string
	position   string
}

// peers runs usestdlibvars (-http-status-code only) and staticcheck
// -checks ST1013 over patterns, matches their findings with ours by
// position (same line and column, or the same line), and compares the
// rest with the peers file.
func (e *env) peers(o *options, mods []module, patterns []string, found []*finding) ([]string, error) {
	tmp, err := os.MkdirTemp("", "corpusrun-peers")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	usv, err := e.peerBinary(tmp, o.usestdlibvars, "usestdlibvars", func(out string) error {
		_, stderr, code, err := e.command(".", e.goCmd, "build", "-o", out, "./tools/usestdlibvars")
		return cmdErr("build usestdlibvars", stderr, code, err)
	})
	if err != nil {
		return nil, err
	}
	sc, err := e.peerBinary(tmp, o.staticcheck, "staticcheck", e.buildStaticcheck)
	if err != nil {
		return nil, err
	}

	var all []*peerFinding
	// usestdlibvars: its status-code check alone.
	logf("-peers: running usestdlibvars -http-status-code")
	stdout, stderr, code, err := e.command(".", usv, append([]string{"-json", "-http-method=false", "-http-status-code=true"}, patterns...)...)
	if err != nil {
		return nil, err
	}
	if code != 0 {
		return nil, fmt.Errorf("usestdlibvars: exit %d\n%s", code, stderr)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout, &tree); err != nil {
		return nil, fmt.Errorf("usestdlibvars -json: %v", err)
	}
	for _, byAnalyzer := range tree {
		for _, raw := range byAnalyzer {
			var diags []struct{ Posn, Message string }
			if err := json.Unmarshal(raw, &diags); err != nil {
				return nil, fmt.Errorf("usestdlibvars -json: %s", raw)
			}
			for _, d := range diags {
				rest, col, _ := cutLast(d.Posn)
				file, line, _ := cutLast(rest)
				all = append(all, &peerFinding{peer: "usestdlibvars", file: file, line: line, col: col, message: d.Message})
			}
		}
	}
	// staticcheck ST1013, with its whitelist of 200, 400, 404 and 500
	// emptied: on a scratch copy of the corpus modules, since only a
	// staticcheck.conf in a package's directory or above sets it.
	scratch := filepath.Join(tmp, "scratch")
	var mvs []string
	for _, m := range mods {
		mvs = append(mvs, m.Path+"@"+m.Version)
	}
	if err := e.scratchModule(scratch, mvs); err != nil {
		return nil, err
	}
	conf := "checks = [\"ST1013\"]\nhttp_status_code_whitelist = []\n"
	if err := os.WriteFile(filepath.Join(scratch, "staticcheck.conf"), []byte(conf), 0o644); err != nil {
		return nil, err
	}
	logf("-peers: running staticcheck -checks ST1013 (whitelist emptied)")
	stdout, stderr, code, err = e.command(scratch, sc, append([]string{"-checks", "ST1013", "-f", "json"}, patterns...)...)
	if err != nil {
		return nil, err
	}
	sn := bufio.NewScanner(bytes.NewReader(stdout))
	sn.Buffer(nil, 1<<20)
	for sn.Scan() {
		var d struct {
			Code     string
			Location struct {
				File         string
				Line, Column int
			}
			Message string
		}
		if err := json.Unmarshal(sn.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("staticcheck -f json: %v: %s", err, sn.Bytes())
		}
		if d.Code != "ST1013" {
			return nil, fmt.Errorf("staticcheck: %s: %s: %s", d.Code, d.Location.File, d.Message)
		}
		all = append(all, &peerFinding{peer: "staticcheck", file: d.Location.File, line: d.Location.Line, col: d.Location.Column, message: d.Message})
	}
	if code > 1 {
		return nil, fmt.Errorf("staticcheck: exit %d\n%s", code, stderr)
	}

	// Dedupe (test variants), name the positions as ours.
	seen := make(map[string]bool)
	var peers []*peerFinding
	for _, p := range all {
		p.position = fmt.Sprintf("%s:%d:%d", e.shortName(p.file), p.line, p.col)
		k := p.peer + "\t" + p.position + "\t" + p.message
		if !seen[k] {
			seen[k] = true
			peers = append(peers, p)
		}
	}
	slices.SortFunc(peers, func(a, b *peerFinding) int {
		return cmp.Or(comparePos(a.position, b.position), strings.Compare(a.peer, b.peer))
	})

	ours := make(map[string]bool)
	oursLine := make(map[string]bool)
	// By position as named from the module cache: staticcheck ran on a
	// copy of it.
	lineOf := func(pos string) string { rest, _, _ := cutLast(pos); return rest }
	for _, f := range found {
		ours[f.Position] = true
		oursLine[lineOf(f.Position)] = true
	}
	matched := map[string]int{}
	byLine := map[string]int{}
	total := map[string]int{}
	var unmatched []*peerFinding
	for _, p := range peers {
		total[p.peer]++
		switch {
		case ours[p.position]:
			matched[p.peer]++
		case oursLine[lineOf(p.position)]:
			// Ours on the same line, at another column.
			matched[p.peer]++
			byLine[p.peer]++
			logf("-peers: %s %s: ours on the same line, another column: %s", p.peer, p.position, p.message)
		default:
			unmatched = append(unmatched, p)
		}
	}
	for _, name := range []string{"usestdlibvars", "staticcheck"} {
		logf("-peers: %s: %d findings, %d of them ours (%d on the line only), %d not", name, total[name], matched[name], byLine[name], total[name]-matched[name])
	}

	// Compare the rest with the peers file.
	rows, err := readRows(o.peersFile, 5)
	if err != nil {
		return nil, err
	}
	type note struct{ peer, pos, msg, verdict, reason string }
	key := func(peer, pos, msg string) string { return peer + "\t" + pos + "\t" + msg }
	notes := make(map[string]*note)
	var order []*note
	for _, f := range rows {
		n := &note{f[0], f[1], f[2], f[3], f[4]}
		notes[key(n.peer, n.pos, n.msg)] = n
		order = append(order, n)
	}
	var failures []string
	var kept []*note
	used := make(map[string]bool)
	verdicts := map[string]int{}
	for _, p := range unmatched {
		k := key(p.peer, p.position, p.message)
		n := notes[k]
		switch {
		case n == nil:
			failures = append(failures, "+ peer finding not ours, not in "+o.peersFile+": "+k)
			n = &note{p.peer, p.position, p.message, "?", ""}
		case n.verdict == "missed":
			failures = append(failures, "! peer finding we miss: "+k+"\t"+n.reason)
		case n.verdict != "not-a-sink" && n.verdict != "peer-wrong":
			failures = append(failures, "? peer finding not judged yet: "+k)
		}
		verdicts[n.verdict]++
		used[k] = true
		kept = append(kept, n)
	}
	for _, n := range order {
		if k := key(n.peer, n.pos, n.msg); !used[k] {
			failures = append(failures, "- listed in "+o.peersFile+", no longer a peer finding we lack: "+k)
		}
	}
	logf("-peers: the %d not ours, by verdict: %v", len(unmatched), verdicts)
	if o.update {
		var b strings.Builder
		b.WriteString(peersHeader)
		for _, n := range kept {
			b.WriteString(strings.Join([]string{n.peer, n.pos, n.msg, n.verdict, n.reason}, "\t") + "\n")
		}
		return nil, os.WriteFile(o.peersFile, []byte(b.String()), 0o644)
	}
	return failures, nil
}

func cmdErr(what string, stderr []byte, code int, err error) error {
	if err != nil {
		return err
	}
	if code != 0 {
		return fmt.Errorf("%s: exit %d\n%s", what, code, stderr)
	}
	return nil
}

// peerBinary returns path, or builds the peer into tmp/name/name.
func (e *env) peerBinary(tmp, path, name string, build func(out string) error) (string, error) {
	if path != "" {
		return filepath.Abs(path)
	}
	dir := filepath.Join(tmp, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	out := filepath.Join(dir, name)
	logf("-peers: building %s", name)
	return out, build(out)
}

// buildStaticcheck builds staticcheck in a scratch module of its own, so
// that bench/go.mod does not need it.
func (e *env) buildStaticcheck(out string) error {
	dir := filepath.Dir(out)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module scratch/staticcheck\n"), 0o644); err != nil {
		return err
	}
	_, stderr, code, err := e.command(dir, e.goCmd, "get", "honnef.co/go/tools/cmd/staticcheck@"+staticcheckVersion)
	if err := cmdErr("go get staticcheck", stderr, code, err); err != nil {
		return err
	}
	_, stderr, code, err = e.command(dir, e.goCmd, "build", "-o", out, "honnef.co/go/tools/cmd/staticcheck")
	return cmdErr("build staticcheck", stderr, code, err)
}

package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// The first run of a session has nothing kept: the driver type-checks
// the packages that can hold wrappers from source, seconds on a large
// program. go vet keeps the analyzer's facts of every dependency in the
// go command's cache, so that once a module has been vetted (by a
// previous session, or by the user) it answers for the package in about
// a second. Until a run of the session completes, each run asks both,
// and shows go vet's findings until the driver's come.

// vetHeadStart is how long the driver waits for go vet before it starts:
// go vet answers within it from a warm cache, and takes as long as the
// driver from a cold one.
const vetHeadStart = 1500 * time.Millisecond

// vetFinding is one diagnostic of `go vet -json`.
type vetFinding struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename   string `json:"filename"`
			Start, End int
			New        string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// vet runs go vet with this program as its tool on the package in dir,
// the snapshot's buffers as overlays, and returns its findings in the
// open files. Any failure (a type error, a catalog error, an older go
// command) is returned, and the caller waits for the driver instead.
func (s *server) vet(ctx context.Context, dir string, snap *snapshot) (*result, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "httpstatus-lsp")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// go vet names the replacement files in its output: map them back.
	replace := make(map[string]string)
	original := make(map[string]string)
	for i, path := range slices.Sorted(maps.Keys(snap.overlay)) {
		name := filepath.Join(tmp, strconv.Itoa(i)+".go")
		if err := os.WriteFile(name, snap.overlay[path], 0o600); err != nil {
			return nil, err
		}
		replace[path] = name
		original[name] = path
	}
	overlay, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return nil, err
	}
	overlayFile := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o600); err != nil {
		return nil, err
	}
	args := append([]string{"vet", "-vettool=" + exe, "-json", "-overlay=" + overlayFile}, s.flags...)
	cmd := exec.CommandContext(ctx, "go", append(args, ".")...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go vet: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return vetResult(stdout.Bytes(), snap, original)
}

// vetResult converts the output of go vet -json, whose file names are
// the overlay's replacement files where original maps them.
func vetResult(stdout []byte, snap *snapshot, original map[string]string) (*result, error) {
	// By package, then by analyzer: a list of findings, or an error.
	var out map[string]map[string]json.RawMessage
	if len(stdout) > 0 {
		if err := json.Unmarshal(stdout, &out); err != nil {
			return nil, fmt.Errorf("go vet -json: %v", err)
		}
	}
	res := &result{findings: make(map[string][]finding), provisional: true}
	conv := converter{snap: snap, mappers: make(map[string]*mapper)}
	seen := make(map[string]bool)
	for _, pkg := range slices.Sorted(maps.Keys(out)) {
		raw := out[pkg][analyzer.Analyzer.Name]
		if raw == nil {
			continue
		}
		var list []vetFinding
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, fmt.Errorf("go vet -json: %s: %s", pkg, raw)
		}
		for _, v := range list {
			f, path, ok := conv.vetFinding(analyzer.Analyzer.Name, v, original)
			k := fmt.Sprint(path, v.Posn, v.End, v.Category, v.Message)
			if !ok || seen[k] {
				continue // outside the open files, or in a test variant too
			}
			seen[k] = true
			res.findings[path] = append(res.findings[path], f)
		}
	}
	sortFindings(res)
	return res, nil
}

// vetFinding converts v, a finding of the analyzer name, whose file names are the overlay's replacement
// files where original maps them.
func (c *converter) vetFinding(name string, v vetFinding, original map[string]string) (f finding, path string, ok bool) {
	offset := func(posn string) (string, int, bool) {
		// file:line:col, the column in bytes.
		i := strings.LastIndexByte(posn, ':')
		j := strings.LastIndexByte(posn[:max(i, 0)], ':')
		if i < 0 || j < 0 {
			return "", 0, false
		}
		line, err1 := strconv.Atoi(posn[j+1 : i])
		col, err2 := strconv.Atoi(posn[i+1:])
		file := posn[:j]
		if o, ok := original[file]; ok {
			file = o
		}
		if _, open := c.snap.docs[file]; !open || err1 != nil || err2 != nil || line < 1 || col < 1 {
			return "", 0, false
		}
		m := c.mapper(file)
		if line > len(m.lines) {
			return "", 0, false
		}
		return file, m.lines[line-1] + col - 1, true
	}
	path, start, ok := offset(v.Posn)
	if !ok {
		return finding{}, "", false
	}
	stop := start
	if file, end, ok := offset(v.End); ok && file == path {
		stop = max(start, end)
	}
	f.diag = protocol.Diagnostic{
		Range:    c.mapper(path).span(start, stop),
		Severity: protocol.SeverityWarning,
		Code:     v.Category,
		Source:   name,
		Message:  v.Message,
	}
	if v.Category != "" {
		f.diag.CodeDescription = &protocol.CodeDescription{Href: analyzer.CategoryURL(v.Category)}
	}
fixes:
	for _, sf := range v.SuggestedFixes {
		fx := fix{title: sf.Message, edits: make(map[string][]protocol.TextEdit)}
		for _, e := range sf.Edits {
			file := e.Filename
			if o, ok := original[file]; ok {
				file = o
			}
			doc, open := c.snap.docs[file]
			if !open || e.Start < 0 || e.End < e.Start || e.End > len(doc.text) {
				continue fixes
			}
			fx.edits[doc.uri] = append(fx.edits[doc.uri], protocol.TextEdit{
				Range:   c.mapper(file).span(e.Start, e.End),
				NewText: e.New,
			})
		}
		if len(fx.edits) > 0 {
			f.fixes = append(f.fixes, fx)
		}
	}
	return f, path, true
}

// Command bench measures how fast `httpstatus lsp` shows its findings in
// an editor, beside gopls's own analyzers on the same file when gopls is
// installed. It writes a module that imports gin (the version that
// testdata/frameworks pins), starts both servers in it and speaks LSP to
// them as an editor does:
//
//   - open: a file is opened; the time until the server publishes its
//     finding in it (httpstatus: a status literal; gopls: a wrong
//     fmt.Printf, from its printf analyzer). The first open is that of
//     a new session on a module analyzed before (the benchmark first
//     runs go vet with httpstatus, and a gopls session that opens the
//     file, for their caches); the second opens a file of another
//     package of the same module, whose dependencies the server has
//     seen in this session.
//   - edit: an edit adds a function with a new status literal and a new
//     wrong fmt.Printf; the time until the server publishes the finding
//     on the new line (without restarting the server).
//
// Each of the sessions starts both servers afresh, opens the file, makes
// the edits, opens a file of the other package, and stops them. The two
// servers take turns, one open or edit each, alternating which goes
// first, so that both see the same load. Usage, from the repository:
//
//	go run ./lsp/bench [-sessions 3] [-edits 4] [-gopls path/to/gopls|off]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/httpstatuslint/httpstatus/lsp/internal/jsonrpc"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

func main() {
	edits := flag.Int("edits", 4, "number of edits per session")
	sessions := flag.Int("sessions", 3, "number of sessions of each server")
	goplsPath := flag.String("gopls", "", "gopls binary (default: gopls on $PATH, if any; off: none)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench: ")

	repo, err := goOutput("", "list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "lspbench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "httpstatus")
	if _, err := goOutput(repo, "build", "-o", bin, "./cmd/httpstatus"); err != nil {
		log.Fatal(err)
	}
	mod := filepath.Join(tmp, "mod")
	if err := writeModule(filepath.Join(repo, "testdata", "frameworks"), mod); err != nil {
		log.Fatal(err)
	}
	// Warm the caches, as on a machine where the module has been worked
	// on: the go command's (module downloads, compiled export data, and
	// go vet's results, which httpstatus lsp reads on its first run) and
	// gopls's own (a session that opens the file).
	if _, err := goOutput(mod, "build", "./..."); err != nil {
		log.Fatal(err)
	}
	if _, err := goOutput(mod, "vet", "-vettool="+bin, "./..."); err != nil && !strings.Contains(err.Error(), "exit status 1") {
		log.Fatal(err)
	}

	servers := []*server{{name: "httpstatus", finding: httpstatusFinding}}
	if *goplsPath == "" {
		*goplsPath, _ = exec.LookPath("gopls")
	}
	if *goplsPath != "" && *goplsPath != "off" {
		servers = append(servers, &server{name: "gopls", finding: goplsFinding})
	}
	handlers := filepath.Join(mod, "api", "handlers.go")
	admin := filepath.Join(mod, "admin", "admin.go")
	for _, s := range servers {
		s.args = []string{bin, "lsp"}
		if s.name == "gopls" {
			s.args = []string{*goplsPath}
			if err := s.start(mod); err != nil {
				log.Fatal(err)
			}
			if _, err := s.open(handlers, 1); err != nil {
				log.Fatalf("%s: %v", s.name, err)
			}
			s.stop()
		}
	}
	for session := range *sessions {
		// Take turns: which server goes first alternates.
		turn := func(i int) []*server {
			t := slices.Clone(servers)
			if i%2 == 1 {
				slices.Reverse(t)
			}
			return t
		}
		for _, s := range servers {
			if err := s.start(mod); err != nil {
				log.Fatal(err)
			}
		}
		for _, s := range turn(session) {
			d, err := s.open(handlers, 1)
			if err != nil {
				log.Fatalf("%s: %v", s.name, err)
			}
			s.times["open, new session"] = append(s.times["open, new session"], d)
		}
		// Let the servers finish what the open started: httpstatus's own
		// check of the package, which go vet's answer stood in for (its
		// log says when), and gopls's loading of the workspace.
		for _, s := range servers {
			if s.name == "httpstatus" {
				if err := s.waitLog(filepath.Dir(handlers) + ": "); err != nil {
					log.Fatal(err)
				}
			}
		}
		time.Sleep(2 * time.Second)
		for i := range *edits {
			for _, s := range turn(session + i) {
				d, err := s.edit(handlers, i)
				if err != nil {
					log.Fatalf("%s: edit %d: %v", s.name, i, err)
				}
				s.times["edit to finding"] = append(s.times["edit to finding"], d)
			}
		}
		for _, s := range turn(session) {
			d, err := s.open(admin, 1)
			if err != nil {
				log.Fatalf("%s: %v", s.name, err)
			}
			s.times["open, 2nd package"] = append(s.times["open, 2nd package"], d)
		}
		for _, s := range servers {
			s.stop()
		}
	}

	fmt.Printf("%s/%s, %d CPUs, %s, %d edits\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().UTC().Format("2006-01-02"), *sessions**edits)
	fmt.Printf("%-19s", "")
	for _, s := range servers {
		fmt.Printf(" %-24s", s.name)
	}
	if len(servers) == 2 {
		fmt.Printf(" ratio")
	}
	fmt.Println()
	for _, what := range []string{"open, new session", "open, 2nd package", "edit to finding"} {
		fmt.Printf("%-19s", what)
		var meds []time.Duration
		for _, s := range servers {
			ts := slices.Sorted(slices.Values(s.times[what]))
			med := median(ts)
			meds = append(meds, med)
			cell := fmt.Sprintf("%v", med.Round(time.Millisecond))
			if len(ts) > 1 {
				cell += fmt.Sprintf(" (%v-%v)", ts[0].Round(time.Millisecond), ts[len(ts)-1].Round(time.Millisecond))
			}
			fmt.Printf(" %-24s", cell)
		}
		if len(meds) == 2 {
			fmt.Printf(" %.2f", float64(meds[0])/float64(meds[1]))
		}
		fmt.Println()
	}
}

func median(ts []time.Duration) time.Duration {
	n := len(ts)
	if n%2 == 1 {
		return ts[n/2]
	}
	return (ts[n/2-1] + ts[n/2]) / 2
}

func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out)), nil
}

// The files of the module. Each has one status literal (line 12) and one
// wrong fmt.Printf (line 13), so that each server has a finding at once.
const fileTemplate = `package %s

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Handle answers with a status.
func Handle(c *gin.Context) {
	c.Status(404)
	fmt.Printf("%%d\n", "not a number")
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
`

// writeModule writes the benchmark's module, with the go.mod and go.sum
// of the frameworks module in from.
func writeModule(from, dir string) error {
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(from, name))
		if err != nil {
			return err
		}
		if name == "go.mod" {
			data = bytes.Replace(data, []byte("module example.com/frameworks"), []byte("module example.com/lspbench"), 1)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	for _, pkg := range []string{"api", "admin"} {
		name := "handlers.go"
		if pkg == "admin" {
			name = "admin.go"
		}
		if err := os.MkdirAll(filepath.Join(dir, pkg), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, pkg, name), fmt.Appendf(nil, fileTemplate, pkg), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// The first line of the file (0-based) where the edits append, and the
// lines of edit i's literal and Printf.
const (
	statusLine = 11
	printfLine = 12
)

func editText(base string, i int) (text string, status, printf int) {
	var b strings.Builder
	b.WriteString(base)
	lines := strings.Count(base, "\n")
	for j := range i + 1 {
		fmt.Fprintf(&b, "\nfunc edit%d(c *gin.Context) {\n\tc.Status(%d)\n\tfmt.Printf(\"%%d\\n\", \"edit %d\")\n}\n", j, 400+j, j)
	}
	// Each function is five lines: blank, func, Status, Printf, brace.
	first := lines + 5*i
	return b.String(), first + 2, first + 3
}

// A finding predicate: whether d is the server's finding on line.
type findingFunc func(d protocol.Diagnostic, line int) bool

func httpstatusFinding(d protocol.Diagnostic, line int) bool {
	return d.Source == "httpstatus" && int(d.Range.Start.Line) == line
}

func goplsFinding(d protocol.Diagnostic, line int) bool {
	return d.Source == "printf" && int(d.Range.Start.Line) == line
}

// server is one language server process and what was measured of it.
type server struct {
	name    string
	args    []string
	finding findingFunc
	cmd     *exec.Cmd
	conn    *jsonrpc.Conn
	stdin   io.WriteCloser
	msgs    chan *jsonrpc.Message
	nextID  int
	texts   map[string]string // open files' base text
	version int32
	times   map[string][]time.Duration
	stderr  syncBuffer
}

// syncBuffer is the server's log, written by the process's copier and
// read by the benchmark.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitLog waits until the server's log has a line with prefix after the
// log's time stamp and without "go vet", the line of the server's own
// run.
func (s *server) waitLog(prefix string) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(s.stderr.String(), "\n") {
			if strings.Contains(line, prefix) && strings.Contains(line, "findings in") && !strings.Contains(line, "go vet") {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s: no run in %v; log:\n%s", s.name, timeout, s.stderr.String())
}

func (s *server) start(dir string) error {
	s.texts = make(map[string]string)
	if s.times == nil {
		s.times = make(map[string][]time.Duration)
	}
	s.stderr = syncBuffer{}
	s.cmd = exec.Command(s.args[0], s.args[1:]...)
	s.cmd.Dir = dir
	s.cmd.Stderr = &s.stderr
	var err error
	if s.stdin, err = s.cmd.StdinPipe(); err != nil {
		return err
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := s.cmd.Start(); err != nil {
		return err
	}
	s.conn = jsonrpc.NewConn(stdout, s.stdin)
	s.msgs = make(chan *jsonrpc.Message, 1000)
	go func() {
		defer close(s.msgs)
		for {
			m, err := s.conn.Read()
			if err != nil {
				return
			}
			if m.IsRequest() {
				s.answer(m)
				continue
			}
			s.msgs <- m
		}
	}()
	s.nextID++
	if err := s.conn.Call(s.nextID, "initialize", map[string]any{
		"processId":    os.Getpid(),
		"rootUri":      uri(dir),
		"capabilities": map[string]any{},
		"workspaceFolders": []map[string]string{
			{"uri": uri(dir), "name": "mod"},
		},
	}); err != nil {
		return err
	}
	if _, err := s.wait(func(m *jsonrpc.Message) bool { return m.Method == "" }); err != nil {
		return err
	}
	return s.conn.Notify("initialized", struct{}{})
}

// answer replies to a request from the server (gopls asks for its
// configuration and registers capabilities): the defaults.
func (s *server) answer(m *jsonrpc.Message) {
	if m.Method == "workspace/configuration" {
		var p struct{ Items []json.RawMessage }
		json.Unmarshal(m.Params, &p)
		s.conn.Reply(m.ID, make([]any, len(p.Items)))
		return
	}
	s.conn.Reply(m.ID, nil)
}

const timeout = 5 * time.Minute

// wait returns the first message that match accepts.
func (s *server) wait(match func(*jsonrpc.Message) bool) (*jsonrpc.Message, error) {
	deadline := time.After(timeout)
	for {
		select {
		case m, ok := <-s.msgs:
			if !ok {
				return nil, fmt.Errorf("the server closed its output:\n%s", s.stderr.String())
			}
			if match(m) {
				return m, nil
			}
		case <-deadline:
			return nil, fmt.Errorf("no answer in %v", timeout)
		}
	}
}

// waitFinding waits until the server publishes, for path, a diagnostic
// that is its finding on line, and returns the time since start.
func (s *server) waitFinding(path string, line int, start time.Time) (time.Duration, error) {
	want := uri(path)
	_, err := s.wait(func(m *jsonrpc.Message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var p protocol.PublishDiagnosticsParams
		if json.Unmarshal(m.Params, &p) != nil || p.URI != want {
			return false
		}
		return slices.ContainsFunc(p.Diagnostics, func(d protocol.Diagnostic) bool { return s.finding(d, line) })
	})
	return time.Since(start), err
}

func (s *server) open(path string, version int32) (time.Duration, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	s.texts[path] = string(data)
	s.version = version
	start := time.Now()
	if err := s.conn.Notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: uri(path), LanguageID: "go", Version: version, Text: string(data),
	}}); err != nil {
		return 0, err
	}
	line := statusLine
	if s.name == "gopls" {
		line = printfLine
	}
	return s.waitFinding(path, line, start)
}

// edit sends edit i of path and waits for its finding.
func (s *server) edit(path string, i int) (time.Duration, error) {
	text, status, printf := editText(s.texts[path], i)
	line := status
	if s.name == "gopls" {
		line = printf
	}
	s.version++
	start := time.Now()
	if err := s.conn.Notify("textDocument/didChange", protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{URI: uri(path), Version: s.version},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{{Text: text}},
	}); err != nil {
		return 0, err
	}
	d, err := s.waitFinding(path, line, start)
	// Let the server finish what the edit started (gopls's other
	// analyses), so that the next measurement starts from rest.
	time.Sleep(time.Second)
	return d, err
}

func (s *server) stop() {
	s.nextID++
	s.conn.Call(s.nextID, "shutdown", nil)
	s.wait(func(m *jsonrpc.Message) bool { return m.Method == "" })
	s.conn.Notify("exit", nil)
	s.stdin.Close()
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

func uri(path string) string { return "file://" + filepath.ToSlash(path) }

package lsp_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpstatuslint/httpstatus/internal/testenv"
	"github.com/httpstatuslint/httpstatus/lsp/internal/jsonrpc"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// These tests build the command and speak LSP to `httpstatus lsp` as an
// editor would, over its stdin and stdout.

var binary string

func TestMain(m *testing.M) {
	var cleanup func()
	binary, cleanup = testenv.BuildCommand("../cmd/httpstatus")
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// wait bounds every wait for the server. A run type-checks net/http and
// its dependencies from source, a few seconds of CPU time that a loaded
// shared machine stretches.
const wait = 3 * time.Minute

// fixture copies testdata/mod into a fresh directory: the tests write
// to its files.
func fixture(t *testing.T) string {
	t.Helper()
	src := filepath.Join("testdata", "mod")
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func fileURI(path string) string {
	return "file://" + filepath.ToSlash(path)
}

// client is the editor's side of a session with a server process.
type client struct {
	t       *testing.T
	cmd     *exec.Cmd
	conn    *jsonrpc.Conn
	stdin   io.WriteCloser
	msgs    chan *jsonrpc.Message // from the server, in order
	readErr chan error
	// held are the notifications read while waiting for something else,
	// in order.
	held   []*jsonrpc.Message
	nextID int
	stderr *strings.Builder
}

// start runs `httpstatus lsp args...` in dir and initializes it.
func start(t *testing.T, dir string, args ...string) *client {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"lsp"}, args...)...)
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := new(strings.Builder)
	cmd.Stderr = stderr // read once the process has been waited for
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &client{
		t:       t,
		cmd:     cmd,
		conn:    jsonrpc.NewConn(stdout, stdin),
		stdin:   stdin,
		msgs:    make(chan *jsonrpc.Message, 100),
		readErr: make(chan error, 1),
		stderr:  stderr,
	}
	go func() {
		for {
			m, err := c.conn.Read()
			if err != nil {
				c.readErr <- err
				close(c.msgs)
				return
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() {
		if c.cmd.ProcessState == nil {
			c.cmd.Process.Kill()
			c.cmd.Wait()
		}
		if t.Failed() || testing.Verbose() {
			t.Logf("server log:\n%s", c.stderr)
		}
	})
	return c
}

// next returns the next message from the server, failing the test after
// the wait.
func (c *client) next(timeout <-chan time.Time, what string) *jsonrpc.Message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatalf("waiting for %s: the server closed its output: %v", what, <-c.readErr)
		}
		return m
	case <-timeout:
		c.t.Fatalf("waiting for %s: no answer in %v", what, wait)
	}
	return nil
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// call sends a request and returns its response; notifications that come
// first are held for the waits.
func (c *client) call(method string, params any) *jsonrpc.Message {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	if err := c.conn.Call(id, method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	timeout := time.After(wait)
	for {
		m := c.next(timeout, method)
		if m.Method == "" && string(m.ID) == strconv.Itoa(id) {
			return m
		}
		c.held = append(c.held, m)
	}
}

// callResult calls and decodes the result, failing on an error response.
func (c *client) callResult(method string, params, result any) {
	c.t.Helper()
	m := c.call(method, params)
	if m.Error != nil {
		c.t.Fatalf("%s: %v", method, m.Error)
	}
	if err := json.Unmarshal(m.Result, result); err != nil {
		c.t.Fatalf("%s: result %s: %v", method, m.Result, err)
	}
}

// waitNotification returns the first notification of method, held or
// new, for which match reports true; the others stay held.
func (c *client) waitNotification(method string, match func(params json.RawMessage) bool) json.RawMessage {
	c.t.Helper()
	done := make(chan struct{})
	timer := time.AfterFunc(wait, func() { close(done) })
	defer timer.Stop()
	params := c.waitNotificationUntil(method, done, match)
	if params == nil {
		c.t.Fatalf("waited %v for %s", wait, method)
	}
	return params
}

// diagnostics waits until the server publishes for uri the diagnostics
// want describes (one "line:char-line:char code: message" string each),
// and returns the publication. Earlier publications, from runs that saw an older
// state, are skipped; on timeout the test fails with the last one seen.
func (c *client) diagnostics(uri string, want ...string) protocol.PublishDiagnosticsParams {
	c.t.Helper()
	var last []string
	wantText := strings.Join(want, "\n")
	done := make(chan struct{})
	timer := time.AfterFunc(wait, func() { close(done) })
	defer timer.Stop()
	for {
		params := c.waitNotificationUntil("textDocument/publishDiagnostics", done, func(raw json.RawMessage) bool {
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(raw, &p); err != nil {
				c.t.Fatalf("publishDiagnostics: %v", err)
			}
			return p.URI == uri
		})
		if params == nil {
			c.t.Fatalf("%s: waited %v for diagnostics\n%s\nlast published:\n%s", uri, wait, wantText, strings.Join(last, "\n"))
		}
		var p protocol.PublishDiagnosticsParams
		json.Unmarshal(params, &p)
		if p.Diagnostics == nil {
			c.t.Fatalf("%s: diagnostics is null, not a list", uri)
		}
		last = nil
		for _, d := range p.Diagnostics {
			last = append(last, describe(d))
		}
		if strings.Join(last, "\n") == wantText {
			return p
		}
	}
}

// waitNotificationUntil returns the first notification of method, held
// or new, for which match reports true, or nil when done is closed. The
// others stay held, in order, for later waits.
func (c *client) waitNotificationUntil(method string, done <-chan struct{}, match func(json.RawMessage) bool) json.RawMessage {
	c.t.Helper()
	for i, m := range c.held {
		if m.Method == method && match(m.Params) {
			c.held = append(c.held[:i], c.held[i+1:]...)
			return m.Params
		}
	}
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("waiting for %s: the server closed its output: %v", method, <-c.readErr)
			}
			if m.Method == method && match(m.Params) {
				return m.Params
			}
			c.held = append(c.held, m)
		case <-done:
			return nil
		}
	}
}

func describe(d protocol.Diagnostic) string {
	return fmt.Sprintf("%d:%d-%d:%d %s: %s", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Code, d.Message)
}

// initialize runs the handshake and returns the server's capabilities.
func (c *client) initialize(root string) protocol.ServerCapabilities {
	c.t.Helper()
	var res protocol.InitializeResult
	c.callResult("initialize", map[string]any{
		"processId":    os.Getpid(),
		"rootUri":      fileURI(root),
		"capabilities": map[string]any{},
		"clientInfo":   map[string]any{"name": "lsp_test"},
	}, &res)
	c.notify("initialized", map[string]any{})
	return res.Capabilities
}

// shutdown ends the session as an editor does and checks that the
// server exits with status 0.
func (c *client) shutdown() {
	c.t.Helper()
	m := c.call("shutdown", nil)
	if m.Error != nil || string(m.Result) != "null" {
		c.t.Fatalf("shutdown: result %s, error %v", m.Result, m.Error)
	}
	c.notify("exit", nil)
	c.stdin.Close()
	exited := make(chan error, 1)
	go func() { exited <- c.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			c.t.Fatalf("server exit: %v", err)
		}
	case <-time.After(wait):
		c.t.Fatalf("the server did not exit in %v", wait)
	}
}

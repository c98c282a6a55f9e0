package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/httpstatuslint/httpstatus/lsp/internal/jsonrpc"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// session runs Main in process on pipes, for the protocol's rules, which
// need no analysis.
type session struct {
	t      *testing.T
	in     *io.PipeWriter
	conn   *jsonrpc.Conn
	status chan int
	stderr *bytes.Buffer
}

func newSession(t *testing.T, args ...string) *session {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &session{t: t, in: inW, conn: jsonrpc.NewConn(outR, inW), status: make(chan int, 1), stderr: new(bytes.Buffer)}
	go func() {
		s.status <- Main(args, inR, outW, s.stderr)
		outW.Close()
	}()
	t.Cleanup(func() { inW.Close() })
	return s
}

// raw sends a body as it is, framed.
func (s *session) raw(body string) {
	fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

// read returns the next message, failing after a few seconds.
func (s *session) read() *jsonrpc.Message {
	s.t.Helper()
	type res struct {
		m   *jsonrpc.Message
		err error
	}
	ch := make(chan res, 1)
	go func() {
		m, err := s.conn.Read()
		ch <- res{m, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			s.t.Fatal(r.err)
		}
		return r.m
	case <-time.After(30 * time.Second):
		s.t.Fatal("no message from the server")
	}
	return nil
}

// wantError reads a response and checks its id and error code.
func (s *session) wantError(id string, code int) {
	s.t.Helper()
	m := s.read()
	if string(m.ID) != id || m.Error == nil || m.Error.Code != code {
		s.t.Fatalf("got id %s, result %s, error %v; want id %s, error code %d", m.ID, m.Result, m.Error, id, code)
	}
}

func (s *session) exitStatus() int {
	s.t.Helper()
	select {
	case code := <-s.status:
		return code
	case <-time.After(30 * time.Second):
		s.t.Fatal("Main did not return")
	}
	return -1
}

func TestLifecycle(t *testing.T) {
	s := newSession(t)
	s.conn.Call(1, "textDocument/codeAction", map[string]any{})
	s.wantError("1", jsonrpc.ServerNotInitialized)
	// Notifications before initialize are dropped.
	s.conn.Notify("textDocument/didOpen", map[string]any{})

	s.conn.Call(2, "initialize", map[string]any{"processId": nil, "capabilities": map[string]any{}})
	m := s.read()
	var res protocol.InitializeResult
	if err := json.Unmarshal(m.Result, &res); err != nil || string(m.ID) != "2" || res.ServerInfo.Name != "httpstatus" {
		t.Fatalf("initialize: %s %v", m.Result, err)
	}
	s.conn.Call(3, "initialize", map[string]any{})
	s.wantError("3", jsonrpc.InvalidRequest)

	s.raw(`{"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":""}}`)
	s.wantError("4", jsonrpc.MethodNotFound)
	s.raw(`{"jsonrpc":"2.0","id":"five","method":"textDocument/codeAction","params":[]}`)
	s.wantError(`"five"`, jsonrpc.InvalidParams)
	s.raw(`{not json`)
	s.wantError("null", jsonrpc.ParseError)
	// Unknown notifications, and bad params of known ones, are ignored.
	s.raw(`{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}`)
	s.raw(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":7}`)
	// Files that are not Go files, or not files, are left alone.
	s.conn.Notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: "untitled:Untitled-1", Text: "package x"}})
	s.conn.Notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: "file:///tmp/notes.md", Text: "# notes"}})

	s.conn.Call(6, "textDocument/codeAction", protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: "file:///nowhere/x.go"}})
	if m := s.read(); string(m.ID) != "6" || string(m.Result) != "[]" {
		t.Fatalf("codeAction on a file that is not open: %s %v", m.Result, m.Error)
	}

	s.conn.Call(7, "shutdown", nil)
	if m := s.read(); string(m.ID) != "7" || string(m.Result) != "null" || m.Error != nil {
		t.Fatalf("shutdown: %s %v", m.Result, m.Error)
	}
	s.conn.Call(8, "textDocument/codeAction", map[string]any{})
	s.wantError("8", jsonrpc.InvalidRequest)
	s.conn.Notify("exit", nil)
	if code := s.exitStatus(); code != 0 {
		t.Errorf("exit after shutdown: status %d, want 0; log:\n%s", code, s.stderr)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	s := newSession(t)
	s.conn.Notify("exit", nil)
	if code := s.exitStatus(); code != 1 {
		t.Errorf("exit without shutdown: status %d, want 1", code)
	}
	s = newSession(t)
	s.in.Close()
	if code := s.exitStatus(); code != 1 {
		t.Errorf("end of input: status %d, want 1", code)
	}
	s = newSession(t)
	io.WriteString(s.in, "Content-Type: x\r\n\r\n{}")
	if code := s.exitStatus(); code != 1 || !strings.Contains(s.stderr.String(), "Content-Length") {
		t.Errorf("no Content-Length: status %d, log %q", code, s.stderr)
	}
}

func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"-nosuchflag"}, 2},
		{[]string{"-literal=false", "./..."}, 2},
		{[]string{"-documented=200,99"}, 2},
		{[]string{"-h"}, 0},
	} {
		var stderr bytes.Buffer
		if got := Main(tc.args, strings.NewReader(""), io.Discard, &stderr); got != tc.want {
			t.Errorf("Main(%q) = %d, want %d; stderr:\n%s", tc.args, got, tc.want, &stderr)
		}
	}
	// Every analyzer flag, under its own name.
	var stderr bytes.Buffer
	Main([]string{"-h"}, strings.NewReader(""), io.Discard, &stderr)
	for _, name := range []string{"catalog", "documented", "literal", "undocumented", "invalid", "test-undocumented"} {
		if !strings.Contains(stderr.String(), "-"+name) {
			t.Errorf("usage lacks -%s:\n%s", name, &stderr)
		}
	}
}

func TestMapper(t *testing.T) {
	// é is 2 bytes and 1 unit; 𝄞 4 bytes and 2 units (a surrogate pair).
	text := "ab\r\né𝄞x\n\nlast"
	m := newMapper(text)
	for _, tc := range []struct {
		off  int
		line uint32
		char uint32
	}{
		{0, 0, 0},
		{2, 0, 2},  // the \r is part of line 0
		{4, 1, 0},  // after \r\n
		{6, 1, 1},  // after é
		{10, 1, 3}, // after 𝄞
		{11, 1, 4}, // the \n
		{12, 2, 0},
		{13, 3, 0},
		{17, 3, 4},  // end of text
		{100, 3, 4}, // clamped
	} {
		p := m.position(tc.off)
		if p.Line != tc.line || p.Character != tc.char {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tc.off, p.Line, p.Character, tc.line, tc.char)
		}
		if tc.off <= len(text) {
			if back := m.offset(p); back != tc.off {
				t.Errorf("offset(%d:%d) = %d, want %d", p.Line, p.Character, back, tc.off)
			}
		}
	}
	for _, tc := range []struct {
		line, char uint32
		want       int
	}{
		{0, 99, 2}, // past the end of the line: before the \r\n
		{1, 2, 10}, // inside the surrogate pair: after the rune
		{9, 0, 17}, // past the last line: the end
	} {
		if got := m.offset(protocol.Position{Line: tc.line, Character: tc.char}); got != tc.want {
			t.Errorf("offset(%d:%d) = %d, want %d", tc.line, tc.char, got, tc.want)
		}
	}
}

func TestApplyChange(t *testing.T) {
	text := "package p\n\nvar s = \"𝄞\" // x\n"
	r := func(l1, c1, l2, c2 uint32) *protocol.Range {
		return &protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}}
	}
	for _, tc := range []struct {
		ch   protocol.TextDocumentContentChangeEvent
		want string
	}{
		{protocol.TextDocumentContentChangeEvent{Text: "package q\n"}, "package q\n"},
		{protocol.TextDocumentContentChangeEvent{Range: r(0, 8, 0, 9), Text: "q"}, "package q\n\nvar s = \"𝄞\" // x\n"},
		{protocol.TextDocumentContentChangeEvent{Range: r(2, 13, 2, 17), Text: "y"}, "package p\n\nvar s = \"𝄞\" y\n"},
		{protocol.TextDocumentContentChangeEvent{Range: r(1, 0, 2, 0), Text: ""}, "package p\nvar s = \"𝄞\" // x\n"},
		{protocol.TextDocumentContentChangeEvent{Range: r(3, 0, 3, 0), Text: "// end\n"}, text + "// end\n"},
	} {
		if got := applyChange(text, tc.ch); got != tc.want {
			t.Errorf("applyChange(%+v) = %q, want %q", tc.ch, got, tc.want)
		}
	}
}

func TestURIToPath(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix file names")
	}
	for _, tc := range []struct {
		uri, want string
		ok        bool
	}{
		{"file:///home/me/a%20b/main.go", "/home/me/a b/main.go", true},
		{"file://localhost/src/x.go", "/src/x.go", true},
		{"file:///src/../src/x.go", "/src/x.go", true},
		{"untitled:Untitled-1", "", false},
		{"file://otherhost/x.go", "", false},
	} {
		got, err := uriToPath(tc.uri)
		if (err == nil) != tc.ok || tc.ok && got != tc.want {
			t.Errorf("uriToPath(%q) = %q, %v; want %q", tc.uri, got, err, tc.want)
		}
	}
}

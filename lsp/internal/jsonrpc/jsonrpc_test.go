package jsonrpc

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestReadBody reads the framing of the base protocol: header lines
// ended by CRLF or LF, blank lines between messages, and the ways a
// stream can be out of step.
func TestReadBody(t *testing.T) {
	long := "X-Long: " + strings.Repeat("a", 5000) + "\r\n"
	for _, tc := range []struct {
		name, in string
		bodies   []string
		err      string // of the read after the bodies; "" is io.EOF
	}{
		{name: "crlf", in: "Content-Length: 2\r\n\r\n{}", bodies: []string{"{}"}},
		{name: "lf", in: "Content-Length: 2\n\n{}", bodies: []string{"{}"}},
		{name: "two messages", in: "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 4\r\n\r\nnull", bodies: []string{"{}", "null"}},
		{name: "blank lines between", in: "\r\n\r\nContent-Length: 2\r\n\r\n{}\r\n", bodies: []string{"{}"}},
		{name: "case of the name", in: "content-length:  2 \r\n\r\n[]", bodies: []string{"[]"}},
		{name: "no length", in: "Content-Type: x\r\n\r\n{}", err: "no Content-Length header"},
		{name: "bad length", in: "Content-Length: -1\r\n\r\n", err: `header "Content-Length: -1"`},
		{name: "no colon", in: "Content-Length 2\r\n\r\n{}", err: `header "Content-Length 2"`},
		{name: "line too long", in: long + "Content-Length: 2\r\n\r\n{}", err: "header line longer than 4096 bytes"},
		{name: "ends inside a header line", in: "Content-Length: 2", err: "unexpected EOF"},
		{name: "ends inside the header", in: "Content-Length: 2\r\n", err: "EOF"},
		{name: "ends inside the body", in: "Content-Length: 5\r\n\r\n{}", err: "body: unexpected EOF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := NewConn(strings.NewReader(tc.in), io.Discard)
			for _, want := range tc.bodies {
				got, err := c.ReadBody()
				if err != nil || string(got) != want {
					t.Fatalf("ReadBody() = %q, %v; want %q", got, err, want)
				}
			}
			_, err := c.ReadBody()
			switch {
			case tc.err == "":
				if err != io.EOF {
					t.Fatalf("after the messages: %v, want io.EOF", err)
				}
			case err == nil || !errors.Is(err, ErrFraming) || !strings.HasSuffix(err.Error(), tc.err):
				t.Fatalf("error %v, want a framing error ending in %q", err, tc.err)
			}
		})
	}
}

// Package jsonrpc speaks JSON-RPC 2.0 over the base protocol of the
// Language Server Protocol: each message is a header (Content-Length,
// optionally Content-Type), a blank line, then that many bytes of JSON.
//
// It holds only what the httpstatus server and its tests need: read any
// message, write responses and notifications (and requests, for a test
// client).
package jsonrpc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Error codes of JSON-RPC, and those the LSP adds.
const (
	ParseError           = -32700
	InvalidRequest       = -32600
	MethodNotFound       = -32601
	InvalidParams        = -32602
	InternalError        = -32603
	ServerNotInitialized = -32002
)

// maxBody bounds one message's body: a buffer of a large generated file
// is a few megabytes, a gigabyte is a broken header.
const maxBody = 1 << 30

// Message is any message. A request has an ID and a method, a
// notification a method alone, a response an ID and a result or an error.
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

// IsRequest reports whether m is a request, which needs a response.
func (m *Message) IsRequest() bool { return len(m.ID) > 0 && m.Method != "" }

// IsNotification reports whether m is a notification.
func (m *Message) IsNotification() bool { return len(m.ID) == 0 && m.Method != "" }

// Error is the error member of a response.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s (%d)", e.Message, e.Code) }

// Outgoing messages: a response carries exactly one of result (which may
// be null) and error.
type (
	resultResponse struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  any             `json:"result"`
	}
	errorResponse struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   *Error          `json:"error"`
	}
	request struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id,omitempty"`
		Method  string          `json:"method"`
		Params  any             `json:"params,omitempty"`
	}
)

// Conn reads messages from one stream and writes them to another. Read
// is for one goroutine; writes from several goroutines are serialized,
// each message whole.
type Conn struct {
	r *bufio.Reader

	mu sync.Mutex
	w  io.Writer
}

// NewConn returns a connection that reads r and writes w.
func NewConn(r io.Reader, w io.Writer) *Conn {
	return &Conn{r: bufio.NewReader(r), w: w}
}

// ErrFraming wraps the errors of a header or body that cannot be read:
// the stream is out of step and nothing after it can be trusted.
var ErrFraming = errors.New("jsonrpc: bad message framing")

// headerLine reads one line of a header, without its line ending. A line
// longer than the reader's buffer is a broken header, not one to grow a
// buffer for; a stream that ends inside a line ends out of step.
//
// (net/textproto would do, but it imports net: the language server needs
// no network, and whatever the binary links every go vet process pays for
// at its start.)
func (c *Conn) headerLine() (string, error) {
	line, err := c.r.ReadSlice('\n')
	switch {
	case err == io.EOF && len(line) > 0:
		return "", io.ErrUnexpectedEOF
	case err == bufio.ErrBufferFull:
		return "", fmt.Errorf("header line longer than %d bytes", c.r.Size())
	case err != nil:
		return "", err
	}
	line = bytes.TrimSuffix(line[:len(line)-1], []byte("\r"))
	return string(line), nil
}

// ReadBody returns the body of the next message. io.EOF means that the
// other side closed the stream between messages.
func (c *Conn) ReadBody() ([]byte, error) {
	length, headers := -1, 0
	for {
		line, err := c.headerLine()
		if err != nil {
			if headers == 0 && err == io.EOF {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("%w: %v", ErrFraming, err)
		}
		if line == "" {
			if headers == 0 {
				continue // tolerate blank lines between messages
			}
			break
		}
		headers++
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%w: header %q", ErrFraming, line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxBody {
				return nil, fmt.Errorf("%w: header %q", ErrFraming, line)
			}
			length = n
		}
	}
	if length < 0 {
		return nil, fmt.Errorf("%w: no Content-Length header", ErrFraming)
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(c.r, body); err != nil {
		return nil, fmt.Errorf("%w: body: %v", ErrFraming, err)
	}
	return body, nil
}

// Read returns the next message. A body that is not a JSON-RPC message
// gives an *Error with code ParseError or InvalidRequest, after which
// reading can go on; other errors end the stream.
func (c *Conn) Read() (*Message, error) {
	body, err := c.ReadBody()
	if err != nil {
		return nil, err
	}
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, &Error{Code: ParseError, Message: err.Error()}
	}
	if m.JSONRPC != "2.0" {
		return &m, &Error{Code: InvalidRequest, Message: fmt.Sprintf("jsonrpc is %q, not \"2.0\"", m.JSONRPC)}
	}
	return &m, nil
}

// write sends one message.
func (c *Conn) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err = c.w.Write(body)
	return err
}

// Reply answers the request id with result; nil is sent as null.
func (c *Conn) Reply(id json.RawMessage, result any) error {
	return c.write(resultResponse{JSONRPC: "2.0", ID: id, Result: result})
}

// ReplyError answers the request id with an error; a nil id (the request
// could not be read) is sent as null.
func (c *Conn) ReplyError(id json.RawMessage, code int, msg string) error {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return c.write(errorResponse{JSONRPC: "2.0", ID: id, Error: &Error{Code: code, Message: msg}})
}

// Notify sends a notification.
func (c *Conn) Notify(method string, params any) error {
	return c.write(request{JSONRPC: "2.0", Method: method, Params: params})
}

// Call sends a request with the numeric id; the response comes through
// Read.
func (c *Conn) Call(id int, method string, params any) error {
	return c.write(request{JSONRPC: "2.0", ID: json.RawMessage(strconv.Itoa(id)), Method: method, Params: params})
}

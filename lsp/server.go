package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/lsp/internal/jsonrpc"
	"github.com/httpstatuslint/httpstatus/lsp/internal/protocol"
)

// server is the state of one session with one client.
type server struct {
	conn *jsonrpc.Conn
	// cfg is the analyzer's configuration from the flags; each run
	// makes its analyzer from it, with a new catalog cache.
	cfg      analyzer.Config
	flags    []string // the same flags, for go vet
	drv      *driver  // keeps the packages' types and facts between runs
	log      *log.Logger
	debounce time.Duration

	ctx    context.Context // cancelled at shutdown: every run is a child
	cancel context.CancelFunc
	// sem lets one package be analyzed at a time: the driver's state is
	// shared by the runs, and a first run type-checks the whole import
	// graph from source.
	sem chan struct{}

	// publishMu is held from the check that a run is still the newest
	// for its package until its results are written, so that an older
	// run never overwrites a newer one's.
	publishMu sync.Mutex

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	docs        map[string]*document // open Go files, by file name
	dirs        map[string]*pkgRuns  // by package directory
	// shown holds the error messages on screen, each with the package
	// directories whose last run failed with it: a message is shown when
	// a first package fails with it, not again on every run.
	shown map[string]map[string]bool
}

// document is an open Go file.
type document struct {
	uri     string // as the client wrote it: published back as is
	path    string
	version int32
	text    string

	// The findings of the last run published for the file, which was of
	// version analyzed; code actions use them while the text is the same.
	analyzed int32
	findings []finding
}

// finding is a published diagnostic and its fixes, in protocol terms.
type finding struct {
	diag  protocol.Diagnostic
	fixes []fix
}

type fix struct {
	title string
	edits map[string][]protocol.TextEdit // by URI
}

// pkgRuns schedules the runs of one package directory. Each schedule
// bumps gen and cancels the previous run, pending or running; a run
// publishes only if its gen is still the newest.
type pkgRuns struct {
	gen    uint64
	final  uint64 // the gen whose own results were published last
	cancel context.CancelFunc
	timer  *time.Timer
}

func newServer(cfg analyzer.Config, stdin io.Reader, stdout io.Writer, logger *log.Logger) *server {
	ctx, cancel := context.WithCancel(context.Background())
	return &server{
		conn:     jsonrpc.NewConn(stdin, stdout),
		cfg:      cfg,
		drv:      newDriver(),
		log:      logger,
		debounce: debounce,
		ctx:      ctx,
		cancel:   cancel,
		sem:      make(chan struct{}, 1),
		docs:     make(map[string]*document),
		dirs:     make(map[string]*pkgRuns),
		shown:    make(map[string]map[string]bool),
	}
}

// serve reads messages until the exit notification or the end of the
// input, and returns the exit status.
func (s *server) serve() int {
	defer s.stop()
	for {
		m, err := s.conn.Read()
		if err != nil {
			var rpcErr *jsonrpc.Error
			switch {
			case errors.As(err, &rpcErr):
				// A body that is no message: answer, and read on.
				if m == nil || !m.IsNotification() {
					var id json.RawMessage
					if m != nil {
						id = m.ID
					}
					s.send(s.conn.ReplyError(id, rpcErr.Code, rpcErr.Message))
				}
				continue
			case err == io.EOF:
				s.log.Print("the client closed the connection without exit")
			default:
				s.log.Print(err)
			}
			return 1
		}
		switch {
		case m.Method == "exit":
			s.mu.Lock()
			clean := s.shutdown
			s.mu.Unlock()
			if clean {
				return 0
			}
			return 1
		case m.IsRequest():
			s.request(m)
		case m.IsNotification():
			s.notification(m)
		}
		// A response: the server sends no requests, so there is none to
		// wait for.
	}
}

// stop cancels every run, pending or running.
func (s *server) stop() {
	s.cancel()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.dirs {
		if d.timer != nil {
			d.timer.Stop()
		}
	}
}

// send logs an error writing to the client; the read loop ends when the
// client has gone.
func (s *server) send(err error) {
	if err != nil {
		s.log.Print("writing to the client: ", err)
	}
}

func (s *server) request(m *jsonrpc.Message) {
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case m.Method == "initialize":
		if initialized {
			s.send(s.conn.ReplyError(m.ID, jsonrpc.InvalidRequest, "initialize was already called"))
			return
		}
	case !initialized:
		s.send(s.conn.ReplyError(m.ID, jsonrpc.ServerNotInitialized, "the server is not initialized"))
		return
	case shutdown:
		s.send(s.conn.ReplyError(m.ID, jsonrpc.InvalidRequest, "the server is shutting down"))
		return
	}

	switch m.Method {
	case "initialize":
		var p protocol.InitializeParams
		if !s.params(m, &p) {
			return
		}
		if p.ClientInfo != nil {
			s.log.Printf("client %s %s", p.ClientInfo.Name, p.ClientInfo.Version)
		}
		s.mu.Lock()
		s.initialized = true
		s.mu.Unlock()
		s.send(s.conn.Reply(m.ID, protocol.InitializeResult{
			Capabilities: protocol.ServerCapabilities{
				PositionEncoding: "utf-16",
				TextDocumentSync: protocol.TextDocumentSyncOptions{
					OpenClose: true,
					Change:    protocol.SyncFull,
					Save:      protocol.SaveOptions{IncludeText: false},
				},
				CodeActionProvider: protocol.CodeActionOptions{CodeActionKinds: []string{protocol.QuickFix}},
			},
			ServerInfo: protocol.ServerInfo{Name: analyzer.Analyzer.Name},
		}))
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.stop()
		s.send(s.conn.Reply(m.ID, nil))
	case "textDocument/codeAction":
		var p protocol.CodeActionParams
		if !s.params(m, &p) {
			return
		}
		s.send(s.conn.Reply(m.ID, s.codeActions(&p)))
	default:
		s.send(s.conn.ReplyError(m.ID, jsonrpc.MethodNotFound, "method not found: "+m.Method))
	}
}

// params decodes the params of m into v; for a request that fails, it
// answers InvalidParams.
func (s *server) params(m *jsonrpc.Message, v any) bool {
	if err := json.Unmarshal(m.Params, v); err != nil {
		if m.IsRequest() {
			s.send(s.conn.ReplyError(m.ID, jsonrpc.InvalidParams, err.Error()))
		} else {
			s.log.Printf("%s: %v", m.Method, err)
		}
		return false
	}
	return true
}

// notification handles the document notifications; the others (initialized,
// $/cancelRequest, $/setTrace, configuration changes) need nothing.
func (s *server) notification(m *jsonrpc.Message) {
	s.mu.Lock()
	ready := s.initialized && !s.shutdown
	s.mu.Unlock()
	if !ready {
		return
	}
	switch m.Method {
	case "textDocument/didOpen":
		var p protocol.DidOpenTextDocumentParams
		if s.params(m, &p) {
			s.didOpen(&p)
		}
	case "textDocument/didChange":
		var p protocol.DidChangeTextDocumentParams
		if s.params(m, &p) {
			s.didChange(&p)
		}
	case "textDocument/didSave":
		var p protocol.DidSaveTextDocumentParams
		if s.params(m, &p) {
			s.didSave(&p)
		}
	case "textDocument/didClose":
		var p protocol.DidCloseTextDocumentParams
		if s.params(m, &p) {
			s.didClose(&p)
		}
	}
}

// goFile returns the file name of uri if it names a Go file.
func goFile(uri string) (string, bool) {
	path, err := uriToPath(uri)
	if err != nil || filepath.Ext(path) != ".go" {
		return "", false
	}
	return path, true
}

func (s *server) didOpen(p *protocol.DidOpenTextDocumentParams) {
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[path] = &document{
		uri:      p.TextDocument.URI,
		path:     path,
		version:  p.TextDocument.Version,
		text:     p.TextDocument.Text,
		analyzed: -1,
	}
	s.schedule(filepath.Dir(path), openDelay)
}

func (s *server) didChange(p *protocol.DidChangeTextDocumentParams) {
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[path]
	if doc == nil {
		return
	}
	for _, ch := range p.ContentChanges {
		doc.text = applyChange(doc.text, ch)
	}
	doc.version = p.TextDocument.Version
	s.schedule(filepath.Dir(path), s.debounce)
}

// didSave analyzes the saved file's package again, and every package
// with open files that imports it: the saved file may declare wrappers
// that they call, and a package is analyzed with its dependencies as they
// are on disk where not open. The go command is asked for the graphs
// again, since the save may have changed files or imports.
func (s *server) didSave(p *protocol.DidSaveTextDocumentParams) {
	s.drv.filesChanged()
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if doc := s.docs[path]; doc != nil && p.Text != nil {
		doc.text = *p.Text
	}
	saved := filepath.Dir(path)
	s.schedule(saved, s.debounce)
	for _, dir := range s.openDirs() {
		if dir != saved && s.drv.imports(dir, saved) {
			s.schedule(dir, s.debounce)
		}
	}
}

func (s *server) didClose(p *protocol.DidCloseTextDocumentParams) {
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	// The graphs were loaded with the buffer, which may differ from the
	// file on disk.
	s.drv.filesChanged()
	s.mu.Lock()
	doc := s.docs[path]
	delete(s.docs, path)
	dir := filepath.Dir(path)
	if doc != nil && slices.Contains(s.openDirs(), dir) {
		// The package's other files were analyzed with this buffer,
		// which may differ from the file on disk.
		s.schedule(dir, s.debounce)
	}
	s.mu.Unlock()
	if doc == nil {
		return
	}
	// Clear what the file showed; publishMu keeps the notification after
	// any run's that is writing now.
	s.publishMu.Lock()
	defer s.publishMu.Unlock()
	s.send(s.conn.Notify("textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{
		URI:         doc.uri,
		Diagnostics: []protocol.Diagnostic{},
	}))
}

// openDirs returns the directories of the open files, sorted. s.mu is
// held.
func (s *server) openDirs() []string {
	var dirs []string
	for path := range s.docs {
		dirs = append(dirs, filepath.Dir(path))
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}

// codeActions returns the quick fixes of the findings in the file whose
// range overlaps the requested one. Findings of an older version of the
// text are not used: their edits would land in the wrong place.
func (s *server) codeActions(p *protocol.CodeActionParams) []protocol.CodeAction {
	actions := []protocol.CodeAction{}
	if len(p.Context.Only) > 0 && !slices.Contains(p.Context.Only, protocol.QuickFix) && !slices.Contains(p.Context.Only, "") {
		return actions
	}
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return actions
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[path]
	if doc == nil || doc.analyzed != doc.version {
		return actions
	}
	for _, f := range doc.findings {
		if !f.diag.Range.Overlaps(p.Range) {
			continue
		}
		for i, fx := range f.fixes {
			actions = append(actions, protocol.CodeAction{
				Title:       fx.title,
				Kind:        protocol.QuickFix,
				Diagnostics: []protocol.Diagnostic{f.diag},
				IsPreferred: i == 0,
				Edit:        &protocol.WorkspaceEdit{Changes: fx.edits},
			})
		}
	}
	return actions
}

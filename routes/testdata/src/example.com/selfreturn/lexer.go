// Package selfreturn has function types that return themselves, as a
// lexer's state functions do, beside a route: the analyzer follows
// function results to find handlers, a few levels down, not without end.
package selfreturn

import "net/http"

type lexer struct{ pos int }

// stateFn is a state of the lexer, which returns the next.
type stateFn func(*lexer) stateFn

// handlerFn returns itself and takes a ResponseWriter: a handler.
type handlerFn func(http.ResponseWriter, *http.Request) handlerFn

func lexText(l *lexer) stateFn {
	l.pos++
	return lexText
}

func run(l *lexer) {
	for state := stateFn(lexText); state != nil && l.pos < 3; {
		state = state(l)
	}
}

func serve(w http.ResponseWriter, r *http.Request) handlerFn { // want serve:`writes\(204@lexer.go:28:16 always\)`
	w.WriteHeader(http.StatusNoContent)
	return serve
}

func main() {
	run(new(lexer))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /lex", func(w http.ResponseWriter, r *http.Request) { serve(w, r) })
	http.ListenAndServe(":8080", mux)
}

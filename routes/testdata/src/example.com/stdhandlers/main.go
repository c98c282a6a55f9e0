// Package main serves the standard library's own handlers: what they
// answer is the table's (internal/frameworks), at the call, not unknown.
package main

import (
	"bytes"
	"net/http"
	"os"
	"time"
)

func main() {
	mux := http.NewServeMux()
	// StripPrefix answers 404 where the path lacks the prefix, and passes
	// the request on to the file server, which answers its set.
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.Dir("public"))))
	// TimeoutHandler answers 503 besides what the inner handler writes.
	mux.Handle("GET /slow", http.TimeoutHandler(http.HandlerFunc(slow), time.Second, "too slow"))
	mux.HandleFunc("GET /missing", http.NotFound)
	mux.Handle("GET /gone", http.NotFoundHandler())
	mux.HandleFunc("GET /report", report)
	mux.HandleFunc("GET /blob", blob)
	mux.HandleFunc("GET /orders/{id}", lookup)
	http.ListenAndServe(":8080", mux)
}

func slow(w http.ResponseWriter, r *http.Request) { // want slow:`writes\(202@main.go:28:16 always\)`
	w.WriteHeader(http.StatusAccepted)
}

// report serves a file on one path: the file server's codes there, and
// no implicit 200 after it.
func report(w http.ResponseWriter, r *http.Request) { // want report:`writes\(200@main.go:37:3 206@main.go:37:3 301@main.go:37:3 304@main.go:37:3 400@main.go:37:3 403@main.go:35:17 403@main.go:37:3 404@main.go:37:3 412@main.go:37:3 416@main.go:37:3 500@main.go:37:3 always\)`
	if r.URL.Query().Get("key") == "" {
		w.WriteHeader(http.StatusForbidden)
	} else {
		http.ServeFile(w, r, "report.pdf")
	}
}

func blob(w http.ResponseWriter, r *http.Request) { // want blob:`writes\(200@main.go:42:2 206@main.go:42:2 301@main.go:42:2 304@main.go:42:2 400@main.go:42:2 403@main.go:42:2 404@main.go:42:2 412@main.go:42:2 416@main.go:42:2 500@main.go:42:2 always\)`
	http.ServeContent(w, r, "blob", time.Time{}, bytes.NewReader(nil))
}

// lookup answers 404 by http.NotFound, and 200 where it writes a body.
func lookup(w http.ResponseWriter, r *http.Request) { // want lookup:`writes\(200@main.go:52:2 404@main.go:49:3 always\)`
	data, err := os.ReadFile(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

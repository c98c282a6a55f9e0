// Package respond is a helper package whose functions are status
// wrappers: the api package calls them from another package.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v with the status code.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:`statusWrapper\(1:sets\+strict\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Problem is a chain: Problem -> JSON -> WriteHeader.
func Problem(w http.ResponseWriter, status int, detail string) { // want Problem:`statusWrapper\(1:sets\+strict\)`
	JSON(w, status, map[string]any{"status": status, "detail": detail})
}

// Writer wraps a ResponseWriter.
type Writer struct{ W http.ResponseWriter }

// Send is a method wrapper.
func (w *Writer) Send(code int, v any) { JSON(w.W, code, v) } // want Send:`statusWrapper\(0:sets\+strict\)`

// Reply is generic.
func Reply[T any](w http.ResponseWriter, code int, v T) { JSON(w, code, v) } // want Reply:`statusWrapper\(1:sets\+strict\)`

// Text only names a status.
func Text(code int) string { return http.StatusText(code) } // want Text:`statusWrapper\(0:names\+strict\)`

// Log takes an int that never reaches a sink: no fact.
func Log(level int, msg string) {}

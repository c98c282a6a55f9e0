// Package respond writes JSON responses. JSON and Error take the status
// as a parameter: httpstatus checks their callers, in any package.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v as the body, with the status code.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Error writes a problem document.
func Error(w http.ResponseWriter, code int, msg string) {
	JSON(w, code, map[string]any{"status": code, "error": msg})
}

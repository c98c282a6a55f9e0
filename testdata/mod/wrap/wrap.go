// Package wrap holds a status wrapper used from another package.
package wrap

import "net/http"

// Status sets code on w.
func Status(w http.ResponseWriter, code int) { w.WriteHeader(code) }

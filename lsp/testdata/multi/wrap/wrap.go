// Package wrap has the helpers that the handlers answer with.
package wrap

import (
	"fmt"
	"net/http"
)

// Reply writes msg as the body.
func Reply(w http.ResponseWriter, msg string) {
	fmt.Fprintln(w, msg)
}

// Package fiximport has files that set statuses without importing
// net/http: the fix adds the import.
package fiximport

import "net/http"

type server struct{ w http.ResponseWriter }

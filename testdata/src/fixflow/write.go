// Package fixflow reports literals away from the sink (return statements,
// struct fields keyed and positional, assignments) in a file that does not
// import net/http: the fixes add the import.
package fixflow

import "net/http"

func handle(w http.ResponseWriter, err error, e *apiErr) {
	w.WriteHeader(statusOf(err))
	w.WriteHeader(e.Code)
}

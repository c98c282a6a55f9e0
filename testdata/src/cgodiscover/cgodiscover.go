// Package cgodiscover is a package whose every file imports "C": the
// files the analyzer sees are cgo's rewrites in the build cache, whose
// //line directives point back here. Catalog discovery must start in this
// directory, which holds .httpstatus.yaml, not in the build cache.
package cgodiscover

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import "net/http"

func Handler(w http.ResponseWriter) {
	w.WriteHeader(int(C.twice(100)))
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusNotFound) // want `status 404 \(StatusNotFound\) is not documented in catalog "cgo-local"`
}

// Package resultwrites sets statuses in every way the analyzer's Result
// lists: with all checks off it reports nothing, and the Result is there.
package resultwrites

import (
	"net/http"
	"strconv"
)

func handler(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if r.Method == http.MethodPost {
		code = http.StatusNotFound
	}
	w.WriteHeader(code)
	reply(w, http.StatusBadRequest)
	n, _ := strconv.Atoi(r.FormValue("code"))
	w.WriteHeader(n)
}

func reply(w http.ResponseWriter, status int) { // want reply:`statusWrapper\(1:sets\+strict\)`
	http.Error(w, "x", status)
}

package flow

import "net/http"

// Guards: a wrapper that writes its parameter only when a comparison with
// a constant holds does not receive the values that fail it.

func positive(w http.ResponseWriter, code int) { // want positive:`statusWrapper\(1:sets\+strict if>0\)`
	if code > 0 {
		w.WriteHeader(code)
	}
}

// The value is replaced first: 0 never reaches the sink, the replacement
// does (and is checked here, where it is written).
func orOK(w http.ResponseWriter, code int) { // want orOK:`statusWrapper\(1:sets\+strict if!=0\)`
	if code == 0 {
		code = http.StatusOK
	}
	w.WriteHeader(code)
}

func orAccepted(w http.ResponseWriter, code int) { // want orAccepted:`statusWrapper\(1:sets\+strict if!=0\)`
	if code == 0 {
		code = 202 // want `use http.StatusAccepted instead of 202` `status 202 \(StatusAccepted\) is not documented`
	}
	w.WriteHeader(code)
}

// An early return, with a range: only 100 to 599 get through.
func ranged(w http.ResponseWriter, code int) { // want ranged:`statusWrapper\(1:sets\+strict if>=100 if<=599\)`
	if code < 100 || code > 599 {
		return
	}
	w.WriteHeader(code)
}

// The else branch.
func elseBranch(w http.ResponseWriter, code int) { // want elseBranch:`statusWrapper\(1:sets\+strict if!=-1\)`
	if code == -1 {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(code)
	}
}

// Two sinks, one guarded: 0 reaches the other.
func halfGuarded(w http.ResponseWriter, code int, flush bool) { // want halfGuarded:`statusWrapper\(1:sets\+strict\)`
	if code != 0 {
		w.WriteHeader(code)
	}
	if flush {
		w.WriteHeader(code)
	}
}

// A chain keeps the guard of the wrapper it calls.
func chained(w http.ResponseWriter, code int) { positive(w, code) } // want chained:`statusWrapper\(1:sets\+strict if>0\)`

func guarded(w http.ResponseWriter, fail bool) {
	positive(w, 0)
	positive(w, -1)
	positive(w, 404) // want `use http.StatusNotFound instead of 404`
	orOK(w, 0)
	orAccepted(w, 0)
	ranged(w, 0)
	ranged(w, 1000)
	ranged(w, 418) // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	elseBranch(w, -1)
	halfGuarded(w, 0, true) // want `invalid HTTP status code 0`
	chained(w, 0)
	chained(w, 600) // want `invalid HTTP status code 600`

	// A local variable guarded at the sink.
	status := 0
	if fail {
		status = 500 // want `use http.StatusInternalServerError instead of 500`
	}
	if status != 0 {
		w.WriteHeader(status)
	}
}

// A guard holds for the values assigned before its if: one assigned after
// it reaches the sink unfiltered.
func reassigned(w http.ResponseWriter, code int) { // want reassigned:`statusWrapper\(1:sets\+strict if!=0\)`
	if code == 0 {
		return
	}
	code = 0 // want `invalid HTTP status code 0`
	w.WriteHeader(code)
}

func pick(fail bool) int {
	if fail {
		return http.StatusInternalServerError
	}
	return http.StatusOK
}

// The same with a local variable.
func reassignedLocal(w http.ResponseWriter, fail bool) {
	code := pick(fail)
	if code == 0 {
		return
	}
	code = 0 // want `invalid HTTP status code 0`
	w.WriteHeader(code)
}

// An assignment after the use comes back to it around the loop: through
// the if when the if is in the loop, past it when the if is before.
func looped(w http.ResponseWriter, code int, n int) { // want looped:`statusWrapper\(1:sets\+strict if!=0\)`
	for range n {
		if code == 0 {
			return
		}
		w.WriteHeader(code)
		code = 0
	}
}

func loopedPast(w http.ResponseWriter, code int, n int) { // want loopedPast:`statusWrapper\(1:sets\+strict if!=0\)`
	if code == 0 {
		return
	}
	for range n {
		w.WriteHeader(code)
		code = 0 // want `invalid HTTP status code 0`
	}
}

// A value assigned before an if that replaces it: what gets past the if
// meets the guard, whatever the variable.
func replacedLocal(w http.ResponseWriter) {
	status := 0
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
}

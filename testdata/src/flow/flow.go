// Package flow follows codes through local variables and local wrappers.
package flow

import (
	"log"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request, fail bool) {
	status := 200 // want `use http.StatusOK instead of 200`
	if fail {
		status = 418 // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	}
	w.WriteHeader(status)
	w.WriteHeader(status) // the same sources, reported once

	var code = http.StatusCreated // want `status 201 \(StatusCreated\) is not documented`
	w.WriteHeader(code)

	var c2 int = 404 // want `use http.StatusNotFound instead of 404`
	c3 := c2
	w.WriteHeader(c3)

	port := 8080 // never reaches a sink
	_ = port

	// Values in maps, slices, channels and package-level variables are
	// not followed.
	codes := map[string]int{"x": 418}
	w.WriteHeader(codes["x"])
	list := []int{418}
	w.WriteHeader(list[0])
	ch := make(chan int, 1)
	ch <- 418
	w.WriteHeader(<-ch)
	w.WriteHeader(global)

	// A function literal bound to a local variable is a wrapper.
	reply := func(code int) { w.WriteHeader(code) }
	reply(404)               // want `use http.StatusNotFound instead of 404`
	reply(http.StatusTeapot) // want `status 418 \(StatusTeapot\) is not documented`

	// A method value.
	f := w.WriteHeader
	f(409) // want `use http.StatusConflict instead of 409`

	logf(500, "not a status")
}

var global = 418

// logf's int never reaches a sink.
func logf(level int, msg string) { log.Println(level, msg) }

// writeError is a wrapper: callers are checked, its body is not.
func writeError(w http.ResponseWriter, msg string, code int) { // want writeError:`statusWrapper\(2:sets\+strict\)`
	log.Println("error", code) // also logged: still a wrapper
	http.Error(w, msg, code)
}

// before calls a wrapper declared further down.
func before(w http.ResponseWriter) {
	later(w, 201)           // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	writeError(w, "x", 404) // want `use http.StatusNotFound instead of 404`
}

func later(w http.ResponseWriter, status int) { // want later:`statusWrapper\(1:sets\+strict\)`
	s := status
	w.WriteHeader(s)
}

// Mutual recursion ends.
func ping(w http.ResponseWriter, code, depth int) { // want ping:`statusWrapper\(1:sets\+strict\)`
	if depth == 0 {
		w.WriteHeader(code)
		return
	}
	pong(w, code, depth-1)
}

func pong(w http.ResponseWriter, code, depth int) { // want pong:`statusWrapper\(1:sets\+strict\)`
	ping(w, code, depth)
}

func recursive(w http.ResponseWriter) {
	ping(w, 400, 3) // want `use http.StatusBadRequest instead of 400`
	pong(w, 600, 3) // want `invalid HTTP status code 600`
}

// text only names a status: callers get the literal check alone.
func text(code int) string { return http.StatusText(code) } // want text:`statusWrapper\(0:names\+strict\)`

func names() {
	_ = text(418) // want `use http.StatusTeapot instead of 418`
}

// Sender has methods that are wrappers, value and pointer receivers.
type Sender struct{ w http.ResponseWriter }

func (s Sender) Send(code int) { s.w.WriteHeader(code) } // want Send:`statusWrapper\(0:sets\+strict\)`

func (s *Sender) Fail(msg string, code int) { writeError(s.w, msg, code) } // want Fail:`statusWrapper\(1:sets\+strict\)`

// Generic wrappers.
type Code interface{ ~int | ~int32 }

func Generic[T Code](w http.ResponseWriter, code T) { w.WriteHeader(int(code)) } // want Generic:`statusWrapper\(1:sets\+strict\)`

func methods(w http.ResponseWriter) {
	s := Sender{w}
	s.Send(204)                  // want `use http.StatusNoContent instead of 204`
	s.Fail("x", 502)             // want `use http.StatusBadGateway instead of 502`
	(*Sender).Fail(&s, "y", 503) // want `use http.StatusServiceUnavailable instead of 503`
	Generic(w, 405)              // want `use http.StatusMethodNotAllowed instead of 405`
	Generic[int32](w, 418)       // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
}

// Results of interface methods of user types are not followed.
type statuser interface{ Status() int }

type teapotErr struct{}

func (teapotErr) Status() int { return 418 }

func viaInterface(w http.ResponseWriter, s statuser) {
	w.WriteHeader(s.Status())
	_ = teapotErr{}
}

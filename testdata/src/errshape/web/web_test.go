package web

import "net/http"

// teapot is a test's error double with a StatusCode method: the code it
// returns is test data, not a code the service answers, so handle's
// write in web.go lists no 418 for it.
type teapot struct{}

func (teapot) Error() string { return "teapot" }

func (teapot) StatusCode() int { return http.StatusTeapot } // want StatusCode:`statusFunc\(0: 418@web_test.go:12\)`

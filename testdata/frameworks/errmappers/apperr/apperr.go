// Package apperr maps the domain's errors to the frameworks' errors,
// for handlers in another package to return.
package apperr

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

var (
	ErrInvalid = errors.New("invalid")
	ErrExpired = errors.New("expired")
	ErrTaken   = errors.New("taken")
)

// ErrGone is an echo error with a code.
var ErrGone = echo.NewHTTPError(http.StatusGone, "gone") // want ErrGone:`statusError\(410\)`

// Validate returns a domain error: no code of its own, no fact.
func Validate(name string) error {
	if name == "" {
		return ErrInvalid
	}
	return nil
}

// ToEcho maps a domain error to echo's; an error it does not know it
// returns as it is, which echo answers with 500.
func ToEcho(err error) error { // want ToEcho:`answers\(400@apperr.go:35:11 409@apperr.go:47:19 410@apperr.go:37:10 others\)`
	switch {
	case errors.Is(err, ErrInvalid):
		return &echo.HTTPError{Code: http.StatusBadRequest, Message: err.Error()}
	case errors.Is(err, ErrExpired):
		return ErrGone
	case errors.Is(err, ErrTaken):
		return conflict(err.Error())
	}
	return err
}

// conflict makes a 409 through a constructor of its own, whose code is
// a parameter: the code is its caller's.
func conflict(msg string) error { // want conflict:`answers\(409@apperr.go:47:19\)`
	return httpError(http.StatusConflict, msg)
}

func httpError(code int, msg string) error {
	return echo.NewHTTPError(code, msg)
}

// ToFiber maps a domain error to fiber's.
func ToFiber(err error) error { // want ToFiber:`answers\(404@apperr.go:59:9 422@apperr.go:57:25\)`
	if errors.Is(err, ErrInvalid) {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return fiber.ErrNotFound
}

// RateLimited says its code by a StatusCode method, as echo v5 asks of
// an error.
type RateLimited struct{ Retry int }

func (RateLimited) Error() string { return "rate limited" }

func (RateLimited) StatusCode() int { // want StatusCode:`answers\(429@apperr.go:69:9\)`
	return http.StatusTooManyRequests
}

// Limit returns a RateLimited error.
func Limit(addr string) error { // want Limit:`answers\(coded:429@apperr.go:69:9\)`
	if addr == "" {
		return RateLimited{Retry: 1}
	}
	return nil
}

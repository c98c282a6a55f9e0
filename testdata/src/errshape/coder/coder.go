// want package:`statusStores\(errshape/coder: coder.RateLimited.StatusCode 429@coder.go:16, coder.Locked.StatusCode 423@coder.go:25\)`

// Package coder declares errors that know their status through a
// StatusCode() int method, the convention of echo v5's HTTPStatusCoder and
// go-kit's StatusCoder. It imports no HTTP package at all.
package coder

const locked = 423

// RateLimited is answered with 429.
type RateLimited struct{ Retry int }

func (RateLimited) Error() string { return "rate limited" }

func (RateLimited) StatusCode() int { // want StatusCode:`statusFunc\(0: 429@coder.go:16\)`
	return 429 // want `use http.StatusTooManyRequests instead of 429`
}

// Locked is answered with 423.
type Locked struct{}

func (*Locked) Error() string { return "locked" }

func (*Locked) StatusCode() int { // want StatusCode:`statusFunc\(0: 423@coder.go:25\)`
	return locked // named: checked against the catalog where web answers it
}

// Attempts is no status method: another name.
func (r RateLimited) Attempts() int { return 3 }

// Answer's Status has no named status stored into it here: it is a status
// field by the evidence of package logic, which stores one.
type Answer struct{ Status int }

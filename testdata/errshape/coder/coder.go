// Package coder declares errors that know their status through a
// StatusCode() int method, the convention of echo v5's HTTPStatusCoder and
// go-kit's StatusCoder. It imports no HTTP package at all.
package coder

const locked = 423

// RateLimited is answered with 429.
type RateLimited struct{ Retry int }

func (RateLimited) Error() string { return "rate limited" }

func (RateLimited) StatusCode() int {
	return 429
}

// Locked is answered with 423.
type Locked struct{}

func (*Locked) Error() string { return "locked" }

func (*Locked) StatusCode() int {
	return locked // named: checked against the catalog where web answers it
}

// Attempts is no status method: another name.
func (r RateLimited) Attempts() int { return 3 }

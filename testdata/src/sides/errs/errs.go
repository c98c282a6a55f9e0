// Package errs declares sentinel errors and imports no HTTP package: the
// ones known not to be nil are so in the packages that import it too.
package errs

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound = errors.New("not found")                 // want ErrNotFound:"nonNilError"
	ErrGone     = fmt.Errorf("gone: %w", ErrNotFound)     // want ErrGone:"nonNilError"
	ErrLocked   = &LockedError{"user"}                    // want ErrLocked:"nonNilError"
	ErrMissing  = ErrNotFound                             // want ErrMissing:"nonNilError"
	ErrLater    error                                     // set in init, where it may be anything: no fact
	ErrReset    = errors.New("reset")                     // assigned again in init: no fact
	ErrTaken    = errors.New("taken")                     // its address is taken: no fact
	ErrPair, _  = errors.New("pair"), errors.New("other") // want ErrPair:"nonNilError"
	Retries     = 3                                       // no error: no fact
	errHidden   = errors.New("hidden")                    // not exported: no fact
)

func init() {
	ErrLater = errHidden
	ErrReset = nil
}

// Taken hands out the address of ErrTaken: anyone may change it.
func Taken() *error { return &ErrTaken }

// LockedError is an error type; a composite literal of it is not nil.
type LockedError struct{ What string }

func (e *LockedError) Error() string { return e.What + " is locked" }

// Package generics has wrappers that are methods of generic types, and
// wrappers whose code is a type parameter constrained by named
// constraints that embed others, as golang.org/x/exp/constraints does.
package generics

import "net/http"

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Integer embeds two constraints, as constraints.Integer does.
type Integer interface{ Signed | Unsigned }

// Resp is a generic type whose method is a wrapper: calls come
// instantiated (Resp[int].Send), the fact is on the declared method.
type Resp[T any] struct{ body T }

func (r Resp[T]) Send(w http.ResponseWriter, code int) { w.WriteHeader(code) } // want Send:`statusWrapper\(1:sets\+strict\)`

func (r *Resp[T]) Fail(w http.ResponseWriter, code int) { r.Send(w, code) } // want Fail:`statusWrapper\(1:sets\+strict\)`

// Write takes its code as a type parameter constrained by Integer.
func Write[C Integer](w http.ResponseWriter, code C) { w.WriteHeader(int(code)) } // want Write:`statusWrapper\(1:sets\+strict\)`

// Coded nests Integer once more, in an interface with a method.
type Coded interface {
	Integer
	String() string
}

type myCode int

func (myCode) String() string { return "" }

func WriteCoded[C Coded](w http.ResponseWriter, code C) { w.WriteHeader(int(code)) } // want WriteCoded:`statusWrapper\(1:sets\+strict\)`

// Label's type parameter may be a string: never a wrapper.
func Label[T int | string](v T) string { _ = v; return "" }

func handler(w http.ResponseWriter) {
	Resp[int]{}.Send(w, 418) // want `use http.StatusTeapot instead of 418` `status 418 \(StatusTeapot\) is not documented`
	r := &Resp[string]{}
	r.Fail(w, 404)             // want `use http.StatusNotFound instead of 404`
	Write(w, uint16(409))      // want `use http.StatusConflict instead of 409`
	Write[int8](w, 100)        // want `use http.StatusContinue instead of 100` `status 100 \(StatusContinue\) is not documented`
	WriteCoded(w, myCode(410)) // want `use http.StatusGone instead of 410`
	_ = Label(404)
}

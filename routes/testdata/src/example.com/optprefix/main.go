// Package main registers the routes of gen under prefixes given in its
// options' field in each way.
package main

import (
	"net/http"

	"example.com/optprefix/gen"
)

func main() {
	mux := http.NewServeMux()
	gen.WithBaseURL(mux, "/a")                       // through a literal in gen: /a/pets
	gen.Plain(mux)                                   // unset: /pets
	gen.WithOptions(mux, gen.Options{BaseURL: "/b"}) // a literal: /b/pets
	gen.WithOptions(mux, gen.Options{"/c", nil})     // unkeyed: /c/pets
	opts := gen.Options{BaseURL: "/d"}
	gen.WithOptions(mux, opts) // a local assigned a literal: /d/pets
	changed := gen.Options{BaseURL: "/e"}
	changed.BaseURL = "/f"
	gen.WithOptions(mux, changed) // a field stored into: not known
	register(mux, gen.Options{BaseURL: "/g"})
	http.ListenAndServe(":8080", mux)
}

// register passes its own options on: /g/pets where main calls it.
func register(mux *http.ServeMux, o gen.Options) { // want register:`registers\(0:pattern GET <o.BaseURL>/pets\)`
	gen.WithOptions(mux, o)
}

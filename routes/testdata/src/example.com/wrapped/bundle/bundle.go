// Package bundle is a small router library over net/http's ServeMux:
// groups under a prefix kept in a field, routes by method and path, and
// mounts of a handler under a prefix.
package bundle

import "net/http"

// A Bundle registers on a ServeMux under its prefix.
type Bundle struct {
	mux    *http.ServeMux
	prefix string
}

// New returns a bundle at the root of mux.
func New(mux *http.ServeMux) *Bundle { return &Bundle{mux: mux} }

// Group returns a bundle whose routes are under prefix.
func (b *Bundle) Group(prefix string) *Bundle { // want Group:`groups\(0 prefix\)`
	return &Bundle{mux: b.mux, prefix: b.prefix + prefix}
}

// HandleFunc registers h for method and path under the bundle's prefix.
func (b *Bundle) HandleFunc(method, path string, h http.HandlerFunc) { // want HandleFunc:`registers\(recv:pattern <method> <b.prefix><path> handler 2\)`
	b.mux.HandleFunc(method+" "+b.prefix+path, h)
}

// Mount serves h for every path under prefix, the prefix stripped.
func (b *Bundle) Mount(prefix string, h http.Handler) { // want Mount:`registers\(recv:pattern <b.prefix><prefix>/ handler 1\)`
	b.mux.Handle(b.prefix+prefix+"/", http.StripPrefix(b.prefix+prefix, h))
}

// Package gen registers its routes under the prefix of an options
// struct's field, as generated servers do.
package gen

import "net/http"

// Options holds the prefix of the routes.
type Options struct {
	BaseURL string
	Mux     *http.ServeMux
}

// WithOptions registers under options.BaseURL.
func WithOptions(mux *http.ServeMux, options Options) { // want WithOptions:`registers\(0:pattern GET <options.BaseURL>/pets\)`
	mux.HandleFunc("GET "+options.BaseURL+"/pets", pets)
}

// WithBaseURL sets the field from its parameter: a template in turn.
func WithBaseURL(mux *http.ServeMux, baseURL string) { // want WithBaseURL:`registers\(0:pattern GET <baseURL>/pets\)`
	WithOptions(mux, Options{BaseURL: baseURL, Mux: mux})
}

// Plain leaves the field unset: "".
func Plain(mux *http.ServeMux) { // want Plain:`registers\(0:GET /pets\)`
	WithOptions(mux, Options{Mux: mux})
}

func pets(w http.ResponseWriter, r *http.Request) { // want pets:`writes\(200@gen.go:29:16 always\)`
	w.WriteHeader(http.StatusOK)
}

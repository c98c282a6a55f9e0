// Package chiapp exercises the render.Status sink of chi against the
// real github.com/go-chi/render.
package chiapp

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 404)                     // want `use http.StatusNotFound instead of 404`
	render.Status(r, http.StatusNotFound)     // documented named constant: silent
	render.Status(r, http.StatusTeapot)       // want `status 418 \(StatusTeapot\) is not documented in catalog "default"`
	render.Status(r, 201)                     // want `use http.StatusCreated instead of 201` `status 201 \(StatusCreated\) is not documented`
	render.JSON(w, r, map[string]int{"n": 1}) // silent
	render.NoContent(w, r)                    // silent: no status argument
	w.WriteHeader(500)                        // want `use http.StatusInternalServerError instead of 500`
	if chi.URLParam(r, "id") == "" {
		http.Error(w, "missing", 400) // want `use http.StatusBadRequest instead of 400`
	}
}

// created is a user's wrapper around render.Status.
func created(w http.ResponseWriter, r *http.Request, code int, v any) { // want created:`statusWrapper\(2:sets\+strict\)`
	render.Status(r, code)
	render.JSON(w, r, v)
}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/{id}", handler)
	r.Post("/", func(w http.ResponseWriter, r *http.Request) {
		created(w, r, 202, nil) // want `use http.StatusAccepted instead of 202` `status 202 \(StatusAccepted\) is not documented`
	})
	return r
}

// Package dispatch implements the generated interface and serves it:
// the routes write what the implementation writes, bound where the
// generated registration is called.
package dispatch

import (
	"net/http"

	"example.com/dispatch/api"
)

type PetStore struct{}

func (p *PetStore) FindPets(w http.ResponseWriter, r *http.Request) { // want FindPets:`writes\(200@main.go:15:1\)`
}

func (p *PetStore) FindPetByID(w http.ResponseWriter, r *http.Request, id string) { // want FindPetByID:`writes\(200@main.go:22:1 404@main.go:19:17\)`
	if id == "0" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
}

func Serve() {
	mux := http.NewServeMux()
	api.HandlerFromMux(&PetStore{}, mux)
	http.ListenAndServe(":8080", mux)
}

// Unknown serves an implementation it is given: its codes are not known.
func Unknown(si api.ServerInterface) {
	http.ListenAndServe(":8081", api.Handler(si))
}

func Options() {
	var store api.ServerInterface = &PetStore{}
	opts := api.ServerOptions{
		ErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			w.WriteHeader(http.StatusUnprocessableEntity)
		},
	}
	http.ListenAndServe(":8082", api.HandlerWithOptions(store, opts))
}

// mounted binds the implementation before its caller serves the
// handler: the routes it returns already name the implementation.
func mounted() http.Handler { // want mounted:`writes\(400@api.go:71:33\)` mounted:`registers\(result:GET /pets impl \(\*PetStore\).FindPets, result:GET /pets/\{id\} impl \(\*PetStore\).FindPetByID\)`
	return api.HandlerFromMux(&PetStore{}, nil)
}

func ServeMounted() {
	http.ListenAndServe(":8085", mounted())
}

// serverOptions stores the error handler into the options it returns:
// the routes of the server they are given to write its 406.
func serverOptions() api.ServerOptions {
	var opts api.ServerOptions
	opts.ErrorHandlerFunc = notAcceptable
	return opts
}

func notAcceptable(w http.ResponseWriter, r *http.Request, err error) { // want notAcceptable:`writes\(406@main.go:64:16 always\)`
	w.WriteHeader(http.StatusNotAcceptable)
}

func OptionsFromHelper() {
	http.ListenAndServe(":8086", api.HandlerWithOptions(&PetStore{}, serverOptions()))
}

// Partial implements the interface by embedding it and declares one
// method: the other calls go to whatever value fills the field, which is
// not followed, so their routes write codes not known (never nothing).
type Partial struct {
	api.ServerInterface
}

func (Partial) FindPets(w http.ResponseWriter, r *http.Request) { // want FindPets:`writes\(418@main.go:79:16 always\)`
	w.WriteHeader(http.StatusTeapot)
}

func ServePartial() {
	http.ListenAndServe(":8087", api.HandlerFromMux(Partial{}, http.NewServeMux()))
}

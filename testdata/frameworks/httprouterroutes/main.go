// Package main builds a julienschmidt/httprouter router: its own Handle
// type, net/http handlers by method, a catch-all path and a file server.
package main

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func main() {
	router := httprouter.New()
	router.GET("/", index)
	router.GET("/users/:id", getUser)
	router.POST("/users", createUser)
	router.DELETE("/users/:id", func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		w.WriteHeader(http.StatusNoContent)
	})
	router.Handle(http.MethodPut, "/users/:id", putUser)
	router.Handler(http.MethodGet, "/health", health{})
	router.HandlerFunc(http.MethodPatch, "/users/:id/name", rename)
	router.GET("/files/*filepath", download)
	router.ServeFiles("/static/*filepath", http.Dir("public")) // a file server: the codes of net/http's file serving
	router.ServeFiles("/assets/*filepath", assets())           // a file system of its own: the same
	http.ListenAndServe(":8080", router)
}

func index(w http.ResponseWriter, r *http.Request, _ httprouter.Params) { // want index:`writes\(200@main.go:29:2 always\)`
	w.Write([]byte("welcome"))
}

func getUser(w http.ResponseWriter, r *http.Request, ps httprouter.Params) { // want getUser:`writes\(200@main.go:37:16 404@main.go:34:33 always\)`
	if ps.ByName("id") == "" {
		http.Error(w, "no such user", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func createUser(w http.ResponseWriter, r *http.Request, _ httprouter.Params) { // want createUser:`writes\(201@main.go:45:16 400@main.go:42:17 always\)`
	if r.ContentLength == 0 {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func putUser(w http.ResponseWriter, r *http.Request, ps httprouter.Params) { // want putUser:`writes\(202@main.go:49:16 always\)`
	w.WriteHeader(http.StatusAccepted)
}

type health struct{}

func (health) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`writes\(200@main.go:55:16 always\)`
	w.WriteHeader(http.StatusOK)
}

func rename(w http.ResponseWriter, r *http.Request) { // want rename:`writes\(409@main.go:59:16 always\)`
	w.WriteHeader(http.StatusConflict)
}

func download(w http.ResponseWriter, r *http.Request, ps httprouter.Params) { // want download:`writes\(200@main.go:67:2 403@main.go:64:17 always\)`
	if ps.ByName("filepath") == "/secret" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte("file"))
}

// assets is the file system ServeFiles serves under /assets.
func assets() http.FileSystem {
	return http.Dir("assets")
}

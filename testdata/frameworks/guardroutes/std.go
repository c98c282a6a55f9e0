package main

import "net/http"

// items answers by method: 201 for POST, 200 for GET and HEAD, 405 for
// the others.
func items(w http.ResponseWriter, r *http.Request) { // want items:`writes\(200@std\.go:12:17 201@std\.go:10:17 405@std\.go:14:17 always\)`
	switch r.Method {
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	case http.MethodGet, http.MethodHead:
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// deleteOnly refuses every method but DELETE.
func deleteOnly(w http.ResponseWriter, r *http.Request) { // want deleteOnly:`writes\(204@std\.go:24:16 405@std\.go:21:17 always\)`
	if r.Method != http.MethodDelete {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reads writes a body, an implicit 200, for GET only, and refuses the
// other methods.
func reads(w http.ResponseWriter, r *http.Request) { // want reads:`writes\(200@std\.go:31:3 405@std\.go:34:16 always\)`
	if r.Method == http.MethodGet {
		w.Write([]byte("ok"))
		return
	}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// postOnly refuses every method but POST, and finishes without a status
// for POST: its implicit 200 is POST's.
func postOnly(w http.ResponseWriter, r *http.Request) { // want postOnly:`writes\(200@std\.go:45:1 405@std\.go:41:17\)`
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("X-Done", "1")
}

func stdMux() http.Handler { // want stdMux:`registers\(result:GET /items, result:POST /items, result:\* /items/any, result:DELETE /old, result:GET /reads, result:POST /reads, result:GET /post, result:POST /post\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", items)
	mux.HandleFunc("POST /items", items)
	mux.HandleFunc("/items/any", items)
	mux.HandleFunc("DELETE /old", deleteOnly)
	mux.HandleFunc("GET /reads", reads)
	mux.HandleFunc("POST /reads", reads)
	mux.HandleFunc("GET /post", postOnly)
	mux.HandleFunc("POST /post", postOnly)
	return mux
}

// Command agree serves routes in step with openapi.yaml, as far as
// httpstatus routes -check can tell: the path of the first server is a
// prefix, parameter names differ, GET serves HEAD, a class and default
// document errors, a proxy writes codes that are not known statically,
// a route whose path is not a constant is not checked, and an internal
// route whose registration silences httpstatus does not count.
package main

import (
	"net/http"
	"os"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/orders/{orderID}", getOrder)
	mux.HandleFunc("POST /v1/orders", create)
	mux.HandleFunc("GET /v1/upstream", proxy)
	mux.HandleFunc("GET "+os.Getenv("DEBUG_PREFIX")+"/vars", vars)
	mux.HandleFunc("GET /v1/debug/vars", vars) //nolint:httpstatus // internal: not in the API
	http.ListenAndServe(":8080", mux)
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("orderID") == "" {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func create(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("item") {
	case "":
		w.WriteHeader(http.StatusUnprocessableEntity) // 4XX
	case "crash":
		w.WriteHeader(http.StatusInternalServerError) // default
	default:
		w.WriteHeader(http.StatusCreated)
	}
}

// proxy answers with the upstream's status, which is not known
// statically: 502 is documented but never seen written, and does not
// count as a difference.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal/")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

func vars(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// Command orders serves the API of a module whose path has no dot.
package main

import (
	"net/http"

	"orders/api"
)

func main() {
	http.ListenAndServe(":8080", api.New())
}

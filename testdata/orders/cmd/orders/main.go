// Command orders serves the orders API.
package main

import (
	"net/http"

	"orders/api"
)

func main() {
	http.ListenAndServe(":8080", api.New())
}

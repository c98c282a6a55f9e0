// Command orders serves the order service on :8080.
package main

import (
	"log"
	"net/http"

	"example.com/orders/orders"
)

func main() {
	mux := http.NewServeMux()
	orders.NewServer().Routes(mux)
	log.Fatal(http.ListenAndServe(":8080", mux))
}

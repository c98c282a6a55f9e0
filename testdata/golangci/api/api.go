// Package api calls the server's wrapper; it does not import net/http, so
// the fix adds the import.
package api

import "example.com/shop/server"

func Gone(w server.Writer) {
	server.Respond(w, 410)
}

func Later(w server.Writer) {
	server.Respond(w, 425)
}

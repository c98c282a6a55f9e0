package fixture

import "net/http"

// Writer is the response writer that the handlers take.
type Writer = http.ResponseWriter

// reply sets the status of the response.
func reply(w Writer, code int) { w.WriteHeader(code) }

// Brew answers with a status that the default catalog does not document.
func Brew(w Writer) { reply(w, http.StatusTeapot) }

package svc

import "net/http"

// Server writes to W.
type Server struct{ W http.ResponseWriter }

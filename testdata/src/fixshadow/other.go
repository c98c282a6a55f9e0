package fixshadow

// A file without the import, where a local variable is named http: adding
// the import would not help, so no fix.
func (s *server) handle() {
	http := 1
	_ = http
	s.w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
}

package fiximport

func (s *server) none() {
	s.w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
}

package svc

func (s *Server) Handle() {
	s.W.WriteHeader(500)
	s.W.WriteHeader(503)
}

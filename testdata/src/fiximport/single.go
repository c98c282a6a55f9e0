package fiximport

import "fmt"

func (s *server) single() {
	fmt.Println("x")
	s.w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
}

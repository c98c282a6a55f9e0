package fiximport

import (
	"fmt"
	"strings"

	"os"
)

func (s *server) grouped() {
	fmt.Println(strings.ToUpper("x"), os.Args)
	s.w.WriteHeader(404) // want `use http.StatusNotFound instead of 404`
	s.w.WriteHeader(500) // want `use http.StatusInternalServerError instead of 500`
}

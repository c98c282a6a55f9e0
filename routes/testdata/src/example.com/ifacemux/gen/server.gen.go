// Code generated for the test of routers in generated files. DO NOT EDIT.

package gen

import "net/http"

// Handler builds a router that no package analyzed mounts: in a
// generated file, it is not listed as unmounted.
func Handler() http.Handler { // want Handler:`registers\(result:GET /pets, result:DELETE /pets/\{id\}\)`
	m := http.NewServeMux()
	Register(m)
	return m
}

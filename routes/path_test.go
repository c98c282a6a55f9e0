package routes

import "testing"

func TestOpenAPI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"/orders/{id}", "/orders/{id}"},
		{"/files/{path...}", "/files/{path}"},
		{"/{$}", "/"},
		{"/orders/{id:[0-9]+}", "/orders/{id}"},
		{"/codes/{code:[0-9]{3}}/x", "/codes/{code}/x"},
		{"/orders/:id", "/orders/{id}"},
		{"/users/:name?", "/users/{name}"},
		{"/static/*filepath", "/static/{filepath}"},
		{"/reports/*", "/reports/*"},
		{"<prefix>/x/:id", "<prefix>/x/{id}"},
		{"/a:b", "/a:b"},
	} {
		if got := openAPI(tc.in); got != tc.want {
			t.Errorf("openAPI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitPattern(t *testing.T) {
	for _, tc := range []struct{ in, method, host, path string }{
		{"GET /x", "GET", "", "/x"},
		{"/x", "*", "", "/x"},
		{"POST\t example.com/x/{id}", "POST", "example.com", "/x/{id}"},
		{"example.com/", "*", "example.com", "/"},
		{"GET <prefix>/x", "GET", "", "<prefix>/x"},
	} {
		method, rest := splitPattern(tc.in)
		host, path := splitHost(rest)
		if method != tc.method || host != tc.host || path != tc.path {
			t.Errorf("%q: method %q host %q path %q, want %q %q %q", tc.in, method, host, path, tc.method, tc.host, tc.path)
		}
	}
}

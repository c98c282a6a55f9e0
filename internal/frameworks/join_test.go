package frameworks

import "testing"

// TestJoin checks each router's join against what the router's own code
// does (chi's Mount, gin's joinPaths, echo's Group.Add and
// normalizePathSlash, fiber's getGroupPath and register, gorilla's
// addRegexpMatcher); the fixture joinroutes checks them against the
// routes the real routers serve.
func TestJoin(t *testing.T) {
	for _, tc := range []struct {
		join               Join
		prefix, path, want string
	}{
		{JoinSlash, "", "/x", "/x"},
		{JoinSlash, "/api", "", "/api"},
		{JoinSlash, "/api", "/x", "/api/x"},
		{JoinSlash, "/api/", "/x", "/api/x"},
		{JoinSlash, "/api", "x", "/api/x"},
		{JoinSlash, "/api/", "", "/api/"},
		{JoinChi, "/orders", "/", "/orders"},
		{JoinChi, "/orders/", "/", "/orders/"},
		{JoinChi, "/orders", "/{id}", "/orders/{id}"},
		{JoinChi, "/orders", "/*", "/orders/*"},
		{JoinChi, "", "/", "/"},
		{JoinGin, "", "version", "version"},
		{JoinGin, "/user", "", "/user"},
		{JoinGin, "/user", "/", "/user/"},
		{JoinGin, "/user/", "", "/user/"},
		{JoinGin, "/v1", "users/:id", "/v1/users/:id"},
		{JoinGin, "/v1/", "/users", "/v1/users"},
		{JoinGin, "/v1", "../x", "/x"},
		{JoinConcat, "/api", "", "/api"},
		{JoinConcat, "/api", "/", "/api/"},
		{JoinConcat, "/api/", "/x", "/api//x"},
		{JoinConcat, "/api", "x", "/apix"},
		{JoinFiber, "/api", "", "/api"},
		{JoinFiber, "/api/", "/x", "/api/x"},
		{JoinFiber, "/api", "x", "/api/x"},
		{JoinGorilla, "/api/", "/x", "/api/x"},
		{JoinGorilla, "/static/", "", "/static/"},
	} {
		if got := tc.join.Join(tc.prefix, tc.path); got != tc.want {
			t.Errorf("%d.Join(%q, %q) = %q, want %q", tc.join, tc.prefix, tc.path, got, tc.want)
		}
	}
}

func TestRoot(t *testing.T) {
	for _, tc := range []struct {
		join     Join
		in, want string
	}{
		{JoinSlash, "x", "x"},
		{JoinChi, "/x/", "/x/"},
		{JoinGin, "version", "/version"},
		{JoinGin, "", "/"},
		{JoinGin, "/user/", "/user/"},
		{JoinGin, "//a/./b", "/a/b"},
		{JoinConcat, "", "/"},
		{JoinConcat, "x", "/x"},
		{JoinConcat, "/x/", "/x/"},
		{JoinFiber, "", "/"},
		{JoinFiber, "x", "/x"},
		{JoinGorilla, "/x", "/x"},
		{JoinGin, "<prefix>/x", "<prefix>/x"},
		{JoinConcat, "<prefix>", "<prefix>"},
	} {
		got := tc.join.Root(tc.in)
		if got != tc.want {
			t.Errorf("%d.Root(%q) = %q, want %q", tc.join, tc.in, got, tc.want)
		}
		if again := tc.join.Root(got); again != got {
			t.Errorf("%d.Root(%q) = %q: not idempotent", tc.join, got, again)
		}
	}
}

package conform_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/httpstatuslint/httpstatus/catalog"
	"github.com/httpstatuslint/httpstatus/conform"
	"github.com/httpstatuslint/httpstatus/routes"
)

// document returns an OpenAPI document with base path base and one
// operation per "METHOD /path" in ops, each with a 200 response.
func document(base string, ops ...string) *catalog.OpenAPI {
	doc := &catalog.OpenAPI{File: "openapi.yaml", BasePath: base}
	for _, op := range ops {
		method, path, _ := strings.Cut(op, " ")
		doc.Operations = append(doc.Operations, catalog.Operation{Method: method, Path: path,
			Responses: []catalog.Response{{Key: "200"}}})
	}
	return doc
}

// TestMatchRoutes matches routes, each written "METHOD /path" as the
// routes analyzer gives them, to the operations they serve.
func TestMatchRoutes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		base   string
		ops    []string
		routes []string
		// want has one line per route: the operations it serves, or
		// "unchecked: why".
		want []string
	}{
		{
			name:   "parameter names do not matter",
			ops:    []string{"GET /orders/{orderID}", "GET /orders/{orderID}/items/{itemID}", "GET /orders"},
			routes: []string{"GET /orders/{id}", "GET /orders/{o}/items/{i}", "GET /orders/{id}/lines"},
			want:   []string{"GET /orders/{orderID}", "GET /orders/{orderID}/items/{itemID}", ""},
		},
		{
			name:   "a parameter is not a literal segment",
			ops:    []string{"GET /orders/{id}", "GET /orders/latest"},
			routes: []string{"GET /orders/latest", "GET /orders/{x}"},
			want:   []string{"GET /orders/latest", "GET /orders/{id}"},
		},
		{
			name:   "a trailing slash counts only where the document has both",
			ops:    []string{"GET /orders", "GET /items/", "GET /both", "POST /both/", "GET /"},
			routes: []string{"GET /orders/", "GET /items", "GET /both/", "POST /both", "GET /"},
			want:   []string{"GET /orders", "GET /items/", "", "", "GET /"},
		},
		{
			name:   "the method must be the same",
			ops:    []string{"GET /orders", "POST /orders"},
			routes: []string{"POST /orders", "PUT /orders"},
			want:   []string{"POST /orders", ""},
		},
		{
			name:   "base path of the first server",
			base:   "/v1",
			ops:    []string{"GET /orders", "GET /"},
			routes: []string{"GET /v1/orders", "GET /orders", "GET /v1", "GET /v10/orders", "GET /v2/orders"},
			want:   []string{"GET /orders", "", "GET /", "", ""},
		},
		{
			name:   "every method",
			ops:    []string{"GET /ping", "POST /ping", "GET /pong"},
			routes: []string{"* /ping"},
			want:   []string{"GET /ping, POST /ping"},
		},
		{
			name:   "GET serves HEAD",
			ops:    []string{"GET /orders/{id}", "HEAD /orders/{id}"},
			routes: []string{"GET /orders/{id}"},
			want:   []string{"GET /orders/{id}, HEAD /orders/{id}"},
		},
		{
			name:   "a HEAD route of its own serves HEAD",
			ops:    []string{"GET /orders/{id}", "HEAD /orders/{id}"},
			routes: []string{"GET /orders/{id}", "HEAD /orders/{x}"},
			want:   []string{"GET /orders/{id}", "HEAD /orders/{id}"},
		},
		{
			name:   "a route for every method serves HEAD",
			ops:    []string{"GET /orders/{id}", "HEAD /orders/{id}"},
			routes: []string{"GET /orders/{id}", "* /orders/{x}"},
			want:   []string{"GET /orders/{id}", "GET /orders/{id}, HEAD /orders/{id}"},
		},
		{
			name:   "HEAD does not serve GET",
			ops:    []string{"GET /orders/{id}"},
			routes: []string{"HEAD /orders/{id}"},
			want:   []string{""},
		},
		{
			name:   "not constants",
			base:   "/v1",
			ops:    []string{"GET /orders"},
			routes: []string{"GET <prefix>/orders", "<method> /v1/orders", "GET /v1/<name>"},
			want:   []string{"unchecked: its path is not a constant", "unchecked: its method is not a constant", "unchecked: its path is not a constant"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []routes.Route
			for _, r := range tc.routes {
				method, path, _ := strings.Cut(r, " ")
				rs = append(rs, routes.Route{Method: method, Path: path})
			}
			var got []string
			for _, m := range conform.MatchRoutes(document(tc.base, tc.ops...), rs) {
				if m.Unchecked != "" {
					got = append(got, "unchecked: "+m.Unchecked)
					continue
				}
				var ops []string
				for _, op := range m.Ops {
					ops = append(ops, op.Method+" "+op.Path)
				}
				got = append(got, strings.Join(ops, ", "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("routes %q against %q (base %q):\ngot  %q\nwant %q", tc.routes, tc.ops, tc.base, got, tc.want)
			}
		})
	}
}

// TestDocumentPath: where a route the document lacks is to be written.
func TestDocumentPath(t *testing.T) {
	for _, tc := range []struct {
		base, path string
		ops        []string
		want       string // "" for a path outside the server's
	}{
		{"", "/orders/{id}/cancel", []string{"GET /orders"}, "/orders/{id}/cancel"},
		{"", "/orders/{id}", []string{"GET /orders/{orderID}"}, "/orders/{orderID}"},
		{"", "/orders/", []string{"GET /orders"}, "/orders"},
		{"/v1", "/v1/orders", []string{"GET /items"}, "/orders"},
		{"/v1", "/v1", nil, "/"},
		{"/v1", "/v2/orders", nil, ""},
	} {
		got, ok := conform.DocumentPath(document(tc.base, tc.ops...), tc.path)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DocumentPath(base %q, %s) = %q, want %q", tc.base, tc.path, got, tc.want)
		}
	}
}

package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wantShape is every finding on testdata/errshape, a service whose
// statuses are chosen upstream of its HTTP layer: package errs stores
// them into a field through a constructor, package coder returns them
// from StatusCode methods, package logic creates both kinds of error, and
// package web, which imports errs and logic but not coder, writes them.
var wantShape = []string{
	"coder/coder.go:14:9: use http.StatusTooManyRequests instead of 429",
	"errs/errs.go:34:36: use http.StatusGone instead of 410",
	"logic/logic.go:15:42: use http.StatusBadRequest instead of 400",
	"logic/logic.go:26:60: use http.StatusUnprocessableEntity instead of 422",
	`web/web.go:25:17: status 418 (StatusTeapot), stored in errs.AppError.StatusCode at errs.go:33, is not documented in catalog "default"`,
	`web/web.go:25:17: status 422 (StatusUnprocessableEntity), stored in errs.AppError.StatusCode at logic.go:26, is not documented in catalog "default"`,
	`web/web.go:25:17: status 429 (StatusTooManyRequests), stored in errs.AppError.StatusCode at logic.go:18, is not documented in catalog "default"`,
	`web/web.go:30:17: status 423 (StatusLocked), returned by coder.Locked.StatusCode at coder.go:23, is not documented in catalog "default"`,
	`web/web.go:30:17: status 429 (StatusTooManyRequests), returned by coder.RateLimited.StatusCode at coder.go:14, is not documented in catalog "default"`,
}

// The command and go vet find the same nine findings: go vet gives a
// package the facts of its direct imports only, and web does not import
// coder, so the codes coder's methods return reach web through logic's
// facts.
func TestErrorShape(t *testing.T) {
	sameFindings(t, "errshape", wantShape)
}

// sameFindings runs the command and go vet -json on a copy of the module
// testdata/name and checks that each finds exactly want.
func sameFindings(t *testing.T, name string, want []string) {
	t.Helper()
	dir := copyModule(t, name)
	_, stderr, code := run(t, dir, binary, "./...")
	if got := findings(dir, stderr); code != 3 || !slices.Equal(got, want) {
		t.Errorf("httpstatus: exit %d, findings:\n%s\nwant:\n%s\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}

	stdout, stderr, code := run(t, dir, "go", "vet", "-vettool="+binary, "-json", "./...")
	if code != 0 {
		t.Errorf("go vet -json: exit %d, want 0\n%s", code, stderr)
	}
	if got := vetJSON(t, dir, stdout); !slices.Equal(got, want) {
		t.Errorf("go vet -json findings:\n%s\nwant:\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}
}

// With the module's OpenAPI document as the catalog, the codes the HTTP
// layer answers are checked against it: those no operation documents
// where they are written, as before, and those another operation
// documents at the route's registration, since its handler writes them.
func TestErrorShapeOperations(t *testing.T) {
	dir := copyModule(t, "errshape")
	want := []string{
		"coder/coder.go:14:9: use http.StatusTooManyRequests instead of 429",
		"errs/errs.go:34:36: use http.StatusGone instead of 410",
		"logic/logic.go:15:42: use http.StatusBadRequest instead of 400",
		"logic/logic.go:26:60: use http.StatusUnprocessableEntity instead of 422",
		`web/web.go:25:17: status 400 (StatusBadRequest), stored in errs.AppError.StatusCode at logic.go:15, is not documented in catalog "openapi"`,
		`web/web.go:25:17: status 410 (StatusGone), stored in errs.AppError.StatusCode at errs.go:34, is not documented in catalog "openapi"`,
		`web/web.go:25:17: status 418 (StatusTeapot), stored in errs.AppError.StatusCode at errs.go:33, is not documented in catalog "openapi"`,
		`web/web.go:25:17: status 503 (StatusServiceUnavailable), stored in errs.AppError.StatusCode at errs.go:36, is not documented in catalog "openapi"`,
		`web/web.go:30:17: status 423 (StatusLocked), returned by coder.Locked.StatusCode at coder.go:23, is not documented in catalog "openapi"`,
		"web/web.go:39:2: GET /users/{id}: status 409 (written at web.go:25) is not documented for this operation in openapi.yaml (documented: 200, 404, 429)",
		"web/web.go:39:2: GET /users/{id}: status 422 (written at web.go:25) is not documented for this operation in openapi.yaml (documented: 200, 404, 429)",
	}
	_, stderr, code := run(t, dir, binary, "-catalog=openapi.yaml", "./...")
	if got := findings(dir, stderr); code != 3 || !slices.Equal(got, want) {
		t.Errorf("httpstatus -catalog=openapi.yaml: exit %d, findings:\n%s\nwant:\n%s\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}

	// The route table lists every code the handler answers: through the
	// field, at its read, and through the method, at its call.
	stdout, stderr, code := run(t, dir, binary, "routes", "-json", "./...")
	if code != 0 {
		t.Fatalf("httpstatus routes -json: exit %d\n%s", code, stderr)
	}
	var routes []struct {
		Method, Path string
		Codes        []struct {
			Code int
			Posn string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &routes); err != nil {
		t.Fatalf("routes -json: %v\n%s", err, stdout)
	}
	var got []string
	for _, r := range routes {
		for _, c := range r.Codes {
			got = append(got, fmt.Sprintf("%s %s %d %s", r.Method, r.Path, c.Code, c.Posn))
		}
	}
	wantCodes := []string{
		"GET /users/{id} 200 web/web.go:33:16",
		"GET /users/{id} 400 web/web.go:25:17",
		"GET /users/{id} 404 web/web.go:25:17",
		"GET /users/{id} 409 web/web.go:25:17",
		"GET /users/{id} 410 web/web.go:25:17",
		"GET /users/{id} 418 web/web.go:25:17",
		"GET /users/{id} 422 web/web.go:25:17",
		"GET /users/{id} 423 web/web.go:30:17",
		"GET /users/{id} 429 web/web.go:25:17",
		"GET /users/{id} 429 web/web.go:30:17",
		"GET /users/{id} 503 web/web.go:25:17",
	}
	if !slices.Equal(got, wantCodes) {
		t.Errorf("routes -json codes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantCodes, "\n"))
	}
}

// vetJSON extracts the findings from go vet -json's output, one JSON
// object per package (after a "# package" line in some versions), as "file:line:col:
// message" relative to dir, sorted.
func vetJSON(t *testing.T, dir, out string) []string {
	t.Helper()
	type diag struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(dropComments(out)))
	for dec.More() {
		var tree map[string]map[string][]diag
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("go vet -json output: %v\n%s", err, out)
		}
		for _, byAnalyzer := range tree {
			for _, d := range byAnalyzer["httpstatus"] {
				got = append(got, strings.TrimPrefix(filepath.ToSlash(d.Posn), filepath.ToSlash(dir)+"/")+": "+d.Message)
			}
		}
	}
	slices.Sort(got)
	return got
}

// dropComments removes the "# package" lines that go vet prints before
// each package's JSON object.
func dropComments(out string) string {
	var b strings.Builder
	for line := range strings.Lines(out) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

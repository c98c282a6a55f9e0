package catalog

import (
	"fmt"
	"github.com/pb33f/go-yaml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// laughs is the "billion laughs" document: nine levels of nine aliases,
// some 300 bytes that a reader expanding its aliases meets as 9^9 nodes.
func laughs(key string) string {
	var b strings.Builder
	b.WriteString(key + ":\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	prev := "a"
	for _, level := range "bcdefghi" {
		fmt.Fprintf(&b, "  %c: &%c [%s]\n", level, level, strings.TrimSuffix(strings.Repeat("*"+prev+", ", 9), ", "))
		prev = string(level)
	}
	return b.String()
}

// deep nests n flow sequences.
func deep(n int) string {
	return strings.Repeat("[", n) + strings.Repeat("]", n)
}

// TestLimits checks that each bound refuses its document with a message
// naming the file, the line and the limit, and that it does so before
// the document costs much: allocations are counted, not timed.
func TestLimits(t *testing.T) {
	const head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
	inDir(t, map[string]string{
		"api/laughs.yaml": laughs("R"),
		"api/deep.yaml":   "R: " + deep(200) + "\n",
		"api/ok.yaml":     "R: {description: fine}\n",
	})
	// A file beyond the size bound, sparse so that the test writes
	// nothing: it must be refused from its size, unread.
	if err := os.WriteFile("api/huge.yaml", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate("api/huge.yaml", maxDocumentSize+1); err != nil {
		t.Fatal(err)
	}
	ref := func(target string) string {
		return head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '" + target + "'\n"
	}
	aliasMsg := fmt.Sprintf("YAML aliases expand the document to more than %d nodes (%d per byte of the file)", minExpansion, expansionPerByte)
	depthMsg := fmt.Sprintf("nesting deeper than %d levels", maxDepth)
	for _, tc := range []struct {
		name, in, want string
		allocs         float64 // at most
	}{
		{"catalog aliases", laughs("documented"), "api/api.yaml:6: " + aliasMsg, 2000},
		{"openapi aliases", head + laughs("x-laughs"), "api/api.yaml:8: " + aliasMsg, 2000},
		{"catalog depth", "documented: " + deep(1000) + "\n", "api/api.yaml:1: " + depthMsg, 5000},
		{"openapi depth", head + "x-deep: " + deep(1000) + "\n", "api/api.yaml:3: " + depthMsg, 5000},
		{"catalog size", "documented: {200: OK}\n#" + strings.Repeat("x", maxDocumentSize) + "\n", fmt.Sprintf("api/api.yaml: the file is %d bytes, more than the limit of %d", maxDocumentSize+24, maxDocumentSize), 10},
		{"$ref aliases", ref("laughs.yaml#/R/a"), `api/api.yaml:8: $ref "laughs.yaml#/R/a": api/laughs.yaml:6: ` + aliasMsg, 20000},
		{"$ref depth", ref("deep.yaml#/R"), `api/api.yaml:8: $ref "deep.yaml#/R": api/deep.yaml:1: ` + depthMsg, 20000},
		{"$ref size", ref("huge.yaml#/R"), fmt.Sprintf(`api/api.yaml:8: $ref "huge.yaml#/R": api/huge.yaml: the file is %d bytes, more than the limit of %d`, maxDocumentSize+1, maxDocumentSize), 20000},
		{"openapi names huge", "openapi: huge.yaml\n", fmt.Sprintf("api/api.yaml:1: openapi: api/huge.yaml: the file is %d bytes, more than the limit of %d", maxDocumentSize+1, maxDocumentSize), 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.in)
			_, err := Parse("api/api.yaml", data)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("error = %v\nwant %s", err, tc.want)
			}
			allocs := testing.AllocsPerRun(3, func() { Parse("api/api.yaml", data) })
			if allocs > tc.allocs {
				t.Errorf("%.0f allocations to refuse it, want at most %.0f", allocs, tc.allocs)
			}
		})
	}

	// What stays within the bounds still reads, through a $ref too.
	c, err := Parse("api/api.yaml", []byte(ref("ok.yaml#/R")))
	if err != nil || !c.Has(200) {
		t.Errorf("a document within the limits: %v", err)
	}
	if _, err := Parse("api/api.yaml", []byte("documented: "+deep(maxDepth-1)+"\n")); err == nil || strings.Contains(err.Error(), "nesting") {
		t.Errorf("nesting of %d levels is refused for its depth: %v", maxDepth, err)
	}
}

// TestExpansionCount pins the count of nodes an alias stands for.
func TestExpansionCount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"a: 1\n", 3}, // mapping, key, value
		{"a: &x [1, 2]\nb: *x\n", 1 + 1 + 3 + 1 + 3}, // the alias counts as its three nodes
		{"a: &x [1, 2]\nb: &y [*x, *x]\nc: *y\n", 1 + 1 + 3 + 1 + 7 + 1 + 7},
	} {
		root, err := parseYAML(filepath.Join("x.yaml"), []byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		w := nodeWalk{budget: 1 << 30, sizes: make(map[*yaml.Node]int)}
		w.walk(root, 0)
		if w.total != tc.want {
			t.Errorf("%q expands to %d nodes, want %d", tc.in, w.total, tc.want)
		}
	}
}

// TestRefExpansion checks that $refs, which can make many paths read one
// large path item, count against a budget of nodes per byte of the
// files read, as aliases do.
func TestRefExpansion(t *testing.T) {
	var item, doc strings.Builder
	item.WriteString("get:\n  responses:\n")
	for i := range 400 {
		fmt.Fprintf(&item, "    '%d': {description: d}\n", 100+i)
	}
	doc.WriteString("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n")
	for i := range 1000 {
		fmt.Fprintf(&doc, "  /p%d: {$ref: item.yaml}\n", i)
	}
	inDir(t, map[string]string{"api/item.yaml": item.String()})
	_, err := Parse("api/api.yaml", []byte(doc.String()))
	budget := expansionPerByte * (doc.Len() + item.Len())
	want := fmt.Sprintf("$refs expand the document to more than %d nodes (%d per byte of its files) (through a $ref in api/api.yaml)", budget, expansionPerByte)
	if err == nil || !strings.HasPrefix(err.Error(), "api/item.yaml:") || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("error = %v\nwant api/item.yaml:LINE: %s", err, want)
	}
	// The same document with fewer paths reads.
	if c, err := Parse("api/api.yaml", []byte(strings.Join(strings.SplitAfter(doc.String(), "\n")[:10], ""))); err != nil || !c.Has(200) {
		t.Errorf("seven paths: %v", err)
	}
}

package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestStatusNamesMatchNetHTTP keeps statusNames honest: every Status
// constant that net/http declares is in the table with its value, and the
// table names nothing else.
func TestStatusNamesMatchNetHTTP(t *testing.T) {
	file := filepath.Join(runtime.GOROOT(), "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[int64]string{}
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, "Status") || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok {
					t.Fatalf("%s: value is not a literal", name.Name)
				}
				code, err := strconv.ParseInt(lit.Value, 0, 64)
				if err != nil {
					t.Fatal(err)
				}
				declared[code] = name.Name
			}
		}
	}
	if len(declared) < 60 {
		t.Fatalf("found only %d Status constants in %s", len(declared), file)
	}
	for code, name := range declared {
		if got, _ := statusName(code); got != name {
			t.Errorf("net/http declares %s = %d; statusName(%d) = %q", name, code, code, got)
		}
	}
	for i, sn := range statusNames {
		if declared[sn.code] != sn.name {
			t.Errorf("statusNames lists %d %q, which net/http does not declare", sn.code, sn.name)
		}
		if i > 0 && statusNames[i-1].code >= sn.code {
			t.Errorf("statusNames: %d follows %d, want ascending codes", sn.code, statusNames[i-1].code)
		}
	}
}

package lazyinspect

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestInspector: the result gives the inspector of the pass's files, the
// same one on every call.
func TestInspector(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", "package a\n\nfunc F() { _ = func() {} }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Analyzer.Run(&analysis.Pass{Fset: fset, Files: []*ast.File{f}})
	if err != nil {
		t.Fatal(err)
	}
	get := res.(Inspector)
	in := get()
	if in == nil || get() != in {
		t.Fatalf("Inspector() = %p, then %p: want one inspector", in, get())
	}
	var funcs int
	for range in.PreorderSeq((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		funcs++
	}
	if funcs != 2 {
		t.Errorf("the inspector sees %d functions, want 2 (F and its literal)", funcs)
	}
}

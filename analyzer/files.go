package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
)

// fileInfo is what a finding needs to know about the file it is in,
// worked out on the file's first finding.
type fileInfo struct {
	file      *ast.File
	generated bool         // ast.IsGenerated: never reported
	test      bool         // a _test.go file
	ignored   map[int]bool // lines that carry a suppression comment
}

func (r *run) fileOf(pos token.Pos) *fileInfo {
	tf := r.pass.Fset.File(pos)
	if fi, ok := r.files[tf]; ok {
		return fi
	}
	var fi *fileInfo
	for _, f := range r.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			fi = &fileInfo{
				file:      f,
				generated: ast.IsGenerated(f),
				test:      strings.HasSuffix(tf.Name(), "_test.go"),
				ignored:   ignoredLines(r.pass.Fset, f),
			}
			break
		}
	}
	r.files[tf] = fi
	return fi
}

// ignoredLines finds the lines that carry //nolint:httpstatus (alone or
// in a list), a bare //nolint, or //httpstatus:ignore.
func ignoredLines(fset *token.FileSet, f *ast.File) map[int]bool {
	var lines map[int]bool
	for _, group := range f.Comments {
		for _, c := range group.List {
			if suppresses(c.Text) {
				if lines == nil {
					lines = make(map[int]bool)
				}
				lines[fset.Position(c.Slash).Line] = true
			}
		}
	}
	return lines
}

func suppresses(text string) bool {
	text = strings.TrimPrefix(text, "//")
	if strings.HasPrefix(text, "httpstatus:ignore") {
		return true
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(text, " "), "nolint")
	if !ok {
		return false
	}
	// Whatever follows the directive ("// why") is an explanation.
	rest, _, _ = strings.Cut(rest, " ")
	if rest == "" {
		return true // bare //nolint
	}
	list, ok := strings.CutPrefix(rest, ":")
	if !ok {
		return false
	}
	for name := range strings.SplitSeq(list, ",") {
		if name == "httpstatus" || name == "all" {
			return true
		}
	}
	return false
}

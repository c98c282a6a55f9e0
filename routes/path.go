package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
)

// path returns a path, prefix or method argument as far as it is known:
// constants as they are, other operands of a concatenation as the
// expression in angle brackets.
func (fw *fnWalk) path(e ast.Expr) string {
	info := fw.s.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return fw.path(b.X) + fw.path(b.Y)
	}
	if m, ok := fw.paramText(e); ok {
		return m // a wrapper's parameter: filled in where it is called
	}
	return "<" + types.ExprString(e) + ">"
}

// splitPattern splits a net/http pattern, "[METHOD ][HOST]/PATH", into
// its method ("*" when it has none) and the rest.
func splitPattern(p string) (method, rest string) {
	if i := strings.IndexAny(p, " \t"); i >= 0 {
		return p[:i], strings.TrimLeft(p[i+1:], " \t")
	}
	return frameworks.AnyMethod, p
}

// splitHost splits a net/http pattern's host from its path.
func splitHost(p string) (host, path string) {
	if strings.HasPrefix(p, "/") || strings.HasPrefix(p, "<") {
		return "", p
	}
	if i := strings.Index(p, "/"); i >= 0 {
		return p[:i], p[i:]
	}
	return "", p
}

// openAPI writes a path in OpenAPI form: {id} for net/http's {id} and
// {id...}, chi's and gorilla's {id:[0-9]+}, and gin's, echo's, fiber's
// and httprouter's :id and gin's and httprouter's *name; net/http's {$}
// (the end of the path) is dropped. Text in angle brackets (not a constant) is kept as it is.
func openAPI(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '<':
			end := strings.IndexByte(p[i:], '>')
			if end < 0 {
				b.WriteString(p[i:])
				return b.String()
			}
			b.WriteString(p[i : i+end+1])
			i += end + 1
		case c == '{':
			depth, j := 0, i
			for ; j < len(p); j++ {
				if p[j] == '{' {
					depth++
				} else if p[j] == '}' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			inner := p[i+1 : min(j, len(p))]
			name, _, _ := strings.Cut(inner, ":")
			name = strings.TrimSuffix(name, "...")
			if name != "$" {
				b.WriteString("{" + strings.TrimSpace(name) + "}")
			}
			i = j + 1
		case (c == ':' || c == '*') && (i == 0 || p[i-1] == '/'):
			j := i + 1
			for j < len(p) && p[j] != '/' {
				j++
			}
			name := strings.TrimRight(p[i+1:j], "?+")
			if name == "" {
				b.WriteString(p[i:j])
			} else {
				b.WriteString("{" + name + "}")
			}
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

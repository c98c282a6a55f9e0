package catalog

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/pb33f/go-yaml"
)

// basePath returns where the document's paths start: the path of the
// first server's URL in OpenAPI 3, Swagger 2.0's basePath; "" for the
// root. Relative paths are taken from the root: the document's own URL,
// which they would be relative to, is not known.
func (r *refs) basePath(top node, swagger bool) (string, error) {
	if swagger {
		_, v := lookup(top.n, "basePath")
		return cleanBase(scalar(v)), nil
	}
	_, servers := lookup(top.n, "servers")
	servers = deref(servers)
	if servers == nil || servers.Kind != yaml.SequenceNode || len(servers.Content) == 0 {
		return "", nil
	}
	return serverPath(r.doc.name, deref(servers.Content[0]))
}

// serverPath returns the path of a server's URL, its variables replaced
// by their defaults as a client does: https://{env}.example.com/{version}
// with version's default v1 has the path /v1. A variable that is not
// defined, or a URL that does not parse once they are replaced, is an
// error at its line: the paths of routes would match nothing.
func serverPath(filename string, server *yaml.Node) (string, error) {
	_, u := lookup(server, "url")
	raw := scalar(u)
	fail := func(what string) error {
		// Servers cannot be $refs: the line is the document's.
		return errorAt(filename, deref(u), fmt.Sprintf("the server URL %q: %s", raw, what))
	}
	_, vars := lookup(server, "variables")
	url0 := raw
	for name, v := range pairs(vars) {
		_, d := lookup(v, "default")
		url0 = strings.ReplaceAll(url0, "{"+name.Value+"}", scalar(d))
	}
	if _, rest, ok := strings.Cut(url0, "{"); ok {
		name, _, _ := strings.Cut(rest, "}")
		return "", fail(fmt.Sprintf("the variable %q is not defined under variables", name))
	}
	parsed, err := url.Parse(url0)
	if err != nil {
		if ue, ok := errors.AsType[*url.Error](err); ok {
			err = ue.Err
		}
		return "", fail(err.Error())
	}
	return cleanBase(parsed.Path), nil
}

// cleanBase makes a base path absolute and clean, "" for the root.
func cleanBase(p string) string {
	if p = path.Clean("/" + p); p != "/" {
		return p
	}
	return ""
}

package frameworks

import (
	"path"
	"strings"
)

// A Join is how a router joins a group's prefix and a path registered
// under it, and what it makes of a path at its root. Each router does it
// its own way, and a route table that joins them otherwise lists paths
// the service does not serve.
type Join uint8

const (
	// JoinSlash puts one slash between prefix and path: net/http and
	// httprouter, which have no groups, and any handler not in the table.
	JoinSlash Join = iota
	// JoinChi is chi's Route and Mount: one slash between, and "/" under
	// a prefix is the prefix itself (Route("/orders", ...) with Get("/")
	// serves /orders; chi serves /orders/ too, as the same route).
	JoinChi
	// JoinGin is gin's joinPaths: path.Join, keeping the path's trailing
	// slash; an empty path is the prefix. Its engine's base is "/", so
	// GET("version") serves /version.
	JoinGin
	// JoinConcat is echo's: the prefix and the path written one after
	// the other; at the root, "" is "/" and a path gets a leading slash.
	JoinConcat
	// JoinFiber is fiber's getGroupPath: an empty path is the prefix,
	// else the prefix without its trailing slashes and the path with a
	// leading one; at the root, "" is "/" and a path gets a leading slash.
	JoinFiber
	// JoinGorilla is gorilla/mux's subrouters: the prefix without its
	// trailing slashes, then the path; no path is the prefix's own route.
	JoinGorilla
)

// Join joins a prefix and a path registered under it. An empty prefix is
// no prefix: the path is kept as it is until its router's root is known.
func (j Join) Join(prefix, p string) string {
	if prefix == "" {
		return p
	}
	switch j {
	case JoinChi:
		if p == "/" && !strings.HasSuffix(prefix, "/") {
			return prefix
		}
	case JoinGin:
		if p == "" {
			return prefix
		}
		joined := path.Join(prefix, p)
		if strings.HasSuffix(p, "/") && !strings.HasSuffix(joined, "/") {
			joined += "/"
		}
		return joined
	case JoinConcat:
		return prefix + p
	case JoinFiber:
		if p == "" {
			return prefix
		}
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		return strings.TrimRight(prefix, "/") + p
	case JoinGorilla:
		if p == "" {
			return prefix // PathPrefix("/static/").Handler(h): the prefix's own route
		}
		return strings.TrimRight(prefix, "/") + p
	}
	return slashJoin(prefix, p)
}

// Root is the path a router serves for p registered at its root, with
// no group around it: gin joins it to its engine's base "/", echo and
// fiber give it a leading slash. A path that starts with what is not a
// constant ("<prefix>/x") is kept: whether it has its slash is not known.
// Root is idempotent.
func (j Join) Root(p string) string {
	if strings.HasPrefix(p, "<") {
		return p
	}
	switch j {
	case JoinGin:
		return JoinGin.Join("/", p)
	case JoinConcat, JoinFiber:
		if !strings.HasPrefix(p, "/") {
			return "/" + p
		}
	}
	return p
}

// slashJoin joins with one slash between prefix and path.
func slashJoin(prefix, p string) string {
	switch {
	case p == "":
		return prefix
	case strings.HasSuffix(prefix, "/") && strings.HasPrefix(p, "/"):
		return prefix + p[1:]
	case !strings.HasSuffix(prefix, "/") && !strings.HasPrefix(p, "/"):
		return prefix + "/" + p
	}
	return prefix + p
}

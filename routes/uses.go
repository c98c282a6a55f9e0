package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"reflect"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file carries a router's Use across the call of a function that
// calls it on a router it is passed or returns: func mount(g
// *gin.RouterGroup) { g.Use(auth); g.GET("/x", h) } gives auth to the
// routes it registers after the Use, and the router keeps it for what
// the caller registers on it after the call (gin's, echo's and fiber's
// group hold their middleware; echo's Echo.Use and gorilla's give it to
// every route; chi's to every route when nothing was registered before).
// A function that builds a router and returns it (func newEngine()
// *gin.Engine { r := gin.New(); r.Use(cors); return r }) gives its
// middleware to the routes registered on the result.

// relUse is the middleware that a function's Use calls add to a router it
// is passed (Param 0, 1, …) or returns (-1): the codes of the middleware,
// given to the routes of the caller as Order says.
type relUse struct {
	Param int
	Order frameworks.UseOrder
	Codes []written.Code
}

// later is a position after every registration: a route registered on a
// function's result by its caller.
const later = token.Pos(math.MaxInt)

// chainCodes returns the codes of the middleware that b and the routers
// it is mounted on give a route registered on b at at.
func (b *base) chainCodes(at token.Pos) []written.Code {
	var codes []written.Code
	for range 32 { // a router mounted in itself ends too
		codes = append(codes, b.usesAt(at)...)
		if b.parent == nil {
			break
		}
		codes = append(codes, b.parent.mws...)
		at = b.parent.at
		b = b.parent.b
	}
	return codes
}

// relUses returns the middleware that the function walked leaves on the
// routers it is passed, each Use call by itself with its router's order,
// and on the routers it returns, results, all that a route registered
// on them later gets.
func (fw *fnWalk) relUses(obj *types.Func, results []ref) []relUse {
	var out []relUse
	if obj != nil {
		params := obj.Signature().Params()
		for i := range params.Len() {
			b := fw.bases[params.At(i)]
			if b == nil {
				continue
			}
			for _, u := range b.uses {
				if u.order == frameworks.UseBeforeRoutes && b.first.IsValid() && b.first < u.at {
					continue // chi panics: no route gets it
				}
				if len(u.codes) > 0 {
					out = append(out, relUse{i, u.order, written.Normalize(append([]written.Code(nil), u.codes...))})
				}
			}
		}
	}
	var codes []written.Code
	for _, r := range results {
		codes = append(append(codes, r.mws...), r.b.chainCodes(later)...)
	}
	if len(codes) > 0 {
		out = append(out, relUse{-1, frameworks.UseAfter, written.Normalize(codes)})
	}
	return out
}

// applyUses gives the routers of call's arguments, and the router it
// returns, the middleware that fn's Use calls leave on them: after the
// call, as the routes fn registers have theirs already; for chi, from
// the call's start, so that a route the caller registered before panics
// as chi does.
func (fw *fnWalk) applyUses(fn *types.Func, call *ast.CallExpr) {
	for _, ru := range fw.s.usesOf(fn) {
		var on ref
		var ok bool
		switch {
		case ru.Param >= 0 && ru.Param < len(call.Args):
			on, ok = fw.ref(call.Args[ru.Param])
		case ru.Param == -1:
			on, ok = fw.ref(call)
		}
		if !ok {
			continue
		}
		at := call.Rparen
		if ru.Order == frameworks.UseBeforeRoutes {
			at = call.Lparen
		}
		on.b.uses = append(on.b.uses, use{at, ru.Order, ru.Codes})
	}
}

// usesOf returns the middleware that fn leaves on the routers it is
// passed or returns.
func (s *state) usesOf(fn *types.Func) []relUse {
	_, uses := s.registered(fn)
	return uses
}

// sameUses reports whether two functions' uses are the same.
func sameUses(a, b []relUse) bool { return reflect.DeepEqual(a, b) }

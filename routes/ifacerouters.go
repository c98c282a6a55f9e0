package routes

import (
	"go/types"
	"reflect"

	"github.com/httpstatuslint/httpstatus/internal/frameworks"
)

// This file resolves the routers that code reaches through an interface
// of its own: oapi-codegen's generated ServeMux (HandleFunc) and
// EchoRouter (GET, POST and the others) declare the registration methods
// of net/http's ServeMux and echo's Echo and Group, so that the caller
// passes in whichever it has. A method of such an interface registers as
// the router's method it has the name and signature of: only that
// router's values can be passed in, so that its row and its way of
// joining paths hold wherever the interface is called.

// ifaceRow is what an interface's method resolved to: the row of the
// router method of its name and signature and how that router joins
// paths; row is nil when no router of the table has such a method, or
// when routers that differ in either have one (echo's Use, which Echo
// and Group order differently).
type ifaceRow struct {
	row  *frameworks.Row
	join frameworks.Join
}

// row returns the registration row of fn: the table's method itself, or
// the table's method that an interface's method stands for.
func (wd *world) row(fn *types.Func) *frameworks.Row {
	if row := wd.rows[fn]; row != nil {
		return row
	}
	return wd.ifaceRow(fn).row
}

// ifaceRow resolves a method of an interface type that is not itself in
// the table, once.
func (wd *world) ifaceRow(fn *types.Func) ifaceRow {
	if fn == nil {
		return ifaceRow{}
	}
	if r, ok := wd.ifaceRows[fn]; ok {
		return r
	}
	var res ifaceRow
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		found := false
		for _, m := range wd.methodsByName[fn.Name()] {
			if !types.Identical(m.fn.Signature(), fn.Signature()) {
				continue
			}
			// echo's Echo and Group are two rows of one GET, alike but for
			// Use: an interface's GET is either.
			if found && (!reflect.DeepEqual(*res.row, *wd.rows[m.fn]) || res.join != m.join) {
				res = ifaceRow{} // routers that differ fit: which one is passed in is not known
				break
			}
			res, found = ifaceRow{wd.rows[m.fn], m.join}, true
		}
	}
	wd.ifaceRows[fn] = res
	return res
}

// ifaceRouter returns how the router that the interface type t stands
// for joins paths, and whether t is such an interface: a named interface
// one of whose methods resolves to a registration row.
func (wd *world) ifaceRouter(t *types.Named) (frameworks.Join, bool) {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return 0, false
	}
	for m := range iface.Methods() {
		if r := wd.ifaceRow(m); r.row != nil {
			return r.join, true
		}
	}
	return 0, false
}

// A routerMethod is a method of a router type of the table, with how its
// router joins paths, for matching interfaces' methods to it.
type routerMethod struct {
	fn   *types.Func
	join frameworks.Join
}

// Package conform checks each route against the operation of an OpenAPI
// document that it serves, and puts the checks of the httpstatus module
// together as the analyzer the drivers run.
//
// When the catalog that applies to a package is an OpenAPI document, or
// a catalog file that names one, the routes the package registers (see
// package routes) are matched to the document's operations: by path
// template, parameter names aside, below the path of the first server's
// URL (its variables at their defaults), and by method. A trailing slash
// counts only where the document has the path both with and without it:
// the routers disagree on it (chi serves /orders with the "/" route of a
// router mounted there, fiber ignores it, gin redirects to it). A route
// registered for every method serves every operation of its path; a GET
// route serves HEAD too, unless a route of its own does. A route whose
// path or method is not a constant is not matched. Then, at the
// registration:
//
//   - a code the handler can write that its operation does not document
//     (by the code, its class such as 4XX, or default for a 4xx or 5xx
//     code), while another operation does, is reported with the
//     category "operation";
//   - a route that matches no operation is reported with the category
//     "route".
//
// A code that no operation documents is the status analyzer's
// undocumented finding, at the place it is written, and is not reported
// again. Routes registered by a function of another package get their
// full path from the call that passes the router, so their findings are
// reported at that call and name where the route is registered. The
// routes of a router that an exported function returns and that nothing
// in the package mounts (routes.Route's Unmounted) are not reported: one
// package cannot tell whether another mounts it, under which prefix;
// httpstatus routes -check, which sees all the packages given, checks
// them.
package conform

// Package docgen writes an OpenAPI 3.1 document from the route table,
// for a service that has none: httpstatus routes -format=openapi. Each
// route becomes an operation of its path, with the path's parameters
// and a response for each code its handler can write, described by the
// status text; a code not known statically is the default response.
// The document says, in its info.description, that it is a starting
// point to edit: it knows what the code answers, not what it means.
//
// What OpenAPI 3.1 cannot hold is left out and said so: a route whose
// path or method is not a constant, a method 3.1 has no field for, and
// a code that is no status (outside 100-599). A route of every method
// (net/http's pattern without one, chi's Handle, gin's Any) is the get
// operation of its path, which it serves; routes of one path and
// method (for two hosts of a net/http pattern, whose host OpenAPI puts
// in servers, not in paths) are one operation with the codes of both.
// The output is the same for the same routes, whatever their order.
package docgen

// Package baseline reads and writes the baseline of httpstatus routes
// -check: the differences between the routes and their OpenAPI document
// that a team has accepted for now, so that CI fails only on new ones.
//
// A baseline is a text file, one difference a line:
//
//	DOCUMENT METHOD PATH KIND [CODE]
//
// DOCUMENT is the OpenAPI document, relative to the baseline's own
// directory and written with slashes; METHOD and PATH are the
// operation's (for a route not in the document, the route's); KIND is
// one of route (a route the document lacks), undocumented (a code
// written that the operation does not document: CODE is the code),
// unwritten (a response key no code written falls under: CODE is the
// key, 404 or 4XX) and unserved (an operation no route serves). Blank
// lines and lines starting with # are comments. An entry names no line
// of code, so moving code does not change the file; Format writes the
// entries sorted and once each, so that the file diffs well under review.
package baseline

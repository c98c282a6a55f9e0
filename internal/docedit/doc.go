// Package docedit adds operations and responses to an OpenAPI document
// as text, keeping everything else of the document as it is written.
//
// httpstatus routes -fix brings a document in step with the code: for
// each code a route's handler writes that its operation does not
// document it adds a response, described by the status text
// ('401': {description: Unauthorized}); for each route the document
// lacks, an operation: its method under its path (a new path item where
// the path is new, with its path parameters), with a response for each
// code. It never removes or rewrites anything.
//
// The document is read with the catalog's YAML parser (a fork of
// yaml.v3) for the positions of its nodes only: the edits are insertions
// of text at the lines and columns of those nodes, so comments, key
// order, quoting and layout stay as they are, and only the added lines
// are new. What is added takes its form from
// what is around it:
//
//   - its indentation from its siblings (the step from a key to its
//     children, and whether a list's dashes are indented, from the
//     document);
//   - a response's key is quoted as its siblings' are ("401", '401' or
//     401) and its value is a flow map ({description: Unauthorized}) where
//     theirs are;
//   - in a flow map ({...}) the entry goes between commas, on a line of
//     its own where the map has one entry per line;
//   - a JSON document gets JSON, indented as the document is.
//
// An operation of a method that has no field of its own in a path item
// (PURGE) goes under the path item's additionalOperations, as OpenAPI
// 3.2 writes it. A new operation declares its path parameters (in:
// path, required, a string) unless its path item does.
//
// Responses go in code order among their siblings (after the last key
// below the new code; a class such as 4XX after its codes, default
// last); operations and paths go after the last of their siblings. A
// $ref on the way (a path item in another local file, whole or a node
// of it) is followed, and the file it leads to is edited. Adding what
// the document already has does nothing, so a second run of -fix
// changes nothing; an edit that, read back, does not have everything in
// place (a layout only a lenient parser takes) is an error rather than
// a broken document.
package docedit

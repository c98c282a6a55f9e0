// Package catalog holds the documented set of HTTP status codes that the
// httpstatus analyzer checks against: the Catalog type, the embedded
// default catalog, the loaders for user catalogs and their discovery.
//
// # Formats
//
// A catalog file is YAML, or JSON (which the YAML parser reads too):
//
//	name: orders-api            # shown in messages; default: the file's base name
//	openapi: api/openapi.yaml   # optional: the codes an OpenAPI document declares
//	base: /                     # optional, with openapi: where its paths are mounted in the code
//	documented:                 # optional: codes or ranges, each with a description
//	  200: OK
//	  429: Too many requests, retry later
//	  4XX: Any client error
//
// The documented set is the union of `openapi` and `documented`; at least
// one must be given. The `openapi` path is relative to the catalog file.
// `base` is the path under which the code serves the document's paths;
// it overrides the document's own (the first server's path, or Swagger
// 2.0's basePath), which often names a gateway the code never sees. It
// must start with /, and needs `openapi`.
// Where both give a description for the same code, `documented` wins. A
// code is three digits from 100 to 599; a range such as 4XX (or 4xx)
// documents its whole class. The default name is the file's base name
// without its extension ("orders" for orders.yaml); a dotfile such as
// .httpstatus.yaml keeps its whole name.
//
// An OpenAPI 3.0, 3.1 or 3.2 document, or a Swagger 2.0 one, YAML or
// JSON, is a catalog too: every response code declared by an operation
// under `paths` (any method, OpenAPI 3.2's query and
// additionalOperations included, with $refs followed within the
// document and to local files, never the network), ranges counting as
// their whole class. An operation's `default` response stands for the
// codes it does not list, its errors: it documents the 4XX and 5XX
// classes; success and redirect codes must be listed. Swagger 2.0's
// `default` and classes mean the same. Each code's description is its
// response's. Webhooks and callbacks do not count: their responses come
// from the API's clients. ReadOpenAPI gives the same reading as plain
// data (each operation's method, path template and response keys with
// their positions, and the base path: the path of the first server's URL
// with its variables at their defaults, or Swagger 2.0's basePath), for
// checks beyond the catalog.
//
// The package reads documents itself, on the YAML parser that reads
// catalogs, and only what it needs (schemas, parameters and the rest are
// not read): the reader costs nothing to a process that reads no
// document, and links no net. Its tests compare it with libopenapi on a
// corpus of real documents.
//
// Parse and Load tell the two apart by content: a top-level `openapi`
// key whose value is a version ("3.0.3", "3.1") makes an OpenAPI
// document, whereas in a catalog file it holds a path; `swagger: "2.0"`
// makes a Swagger 2.0 document. A document with
// OpenAPI's keys (info, paths, components, webhooks) but no version is an
// error, not a guess.
//
// # Discovery and precedence
//
// Cache.Select gives the catalog for a package. A -documented list comes
// first, then a -catalog path (a relative one resolved by ResolvePath);
// flags win over discovery. Without either, the
// catalog is discovered: the first directory, from the package's own
// upward, that holds .httpstatus.yaml or .httpstatus.json supplies it
// (both in one directory is an error). The walk stops after the module
// root, the first directory holding go.mod, or the top of a repository,
// one holding .git, whichever comes first, or at the file system's root.
// Discovery wins over the embedded default catalog, named "default",
// which serves when nothing is found.
//
// A Cache, which the driver of the analysis owns, loads each catalog once
// for as long as the driver keeps it.
//
// # Errors
//
// A catalog that cannot be read or parsed is an error, never a panic nor
// a silent fall back to the default. Its message starts with the file's
// path as given or found, then the line where known: "FILE:LINE: what".
//
// # Limits
//
// Every file read (a catalog, an OpenAPI document, each file a $ref
// reaches) is refused before it can cost more than a small multiple of
// its size: past 16 MiB, past 128 levels of nesting, or when its YAML
// aliases expand it to more than 4 nodes per byte of the file (at least
// 10,000). The $refs of a document count against the same bounds: a
// chain of more than 128, or the operations and responses they make the
// reader visit beyond 4 per byte of the files read. The error names the
// limit, the file and, where there is one, the line.
package catalog

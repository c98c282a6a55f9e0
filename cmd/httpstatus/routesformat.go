package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/httpstatuslint/httpstatus/internal/docgen"
	"github.com/httpstatuslint/httpstatus/routes"
)

// This file holds -format of httpstatus routes: the route table as a
// table (the default) or as an OpenAPI document (package docgen).

// routesFormat is the value of -format.
type routesFormat string

const (
	formatTable   routesFormat = "table"
	formatOpenAPI routesFormat = "openapi"
)

func (f *routesFormat) String() string { return string(*f) }

func (f *routesFormat) Set(s string) error {
	switch v := routesFormat(s); v {
	case formatTable, formatOpenAPI:
		*f = v
		return nil
	}
	return errors.New("the formats are table and openapi")
}

// printOpenAPI writes the OpenAPI document of the table's routes, titled
// by the directory it runs in, and says on stderr what it leaves out.
func printOpenAPI(t routeTable, dir string, stdout, stderr io.Writer) int {
	var rs []routes.Route
	for _, x := range t.rows {
		if !x.Unserved {
			rs = append(rs, x.Route)
		}
	}
	doc, left := docgen.Write(filepath.Base(dir), rs)
	if _, err := stdout.Write(doc); err != nil {
		fmt.Fprintln(stderr, "httpstatus routes:", err)
		return routesError
	}
	for _, l := range left {
		fmt.Fprintln(stderr, "httpstatus routes: left out of the document:", l)
	}
	return routesOK
}

//go:build httpstatus_noopenapi

package catalog

import (
	"fmt"

	"github.com/pb33f/go-yaml"
)

// readOpenAPI, in a build without the reader, refuses the document: a
// catalog that is an OpenAPI document, or names one, must not be read as
// nothing.
func readOpenAPI(filename string, _ []byte, _ *yaml.Node) (*OpenAPI, error) {
	return nil, fmt.Errorf("%s: this httpstatus was built without its OpenAPI reader (-tags %s); install it without that tag to read OpenAPI documents", filename, NoOpenAPITag)
}

package conform_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpstatuslint/httpstatus/analyzer"
	"github.com/httpstatuslint/httpstatus/conform"
)

// TestStdMux checks net/http routes against an OpenAPI document out of
// step with them in each way: a code documented by another operation
// only, an implicit 200 where only 201 is documented, routes the
// document does not have (one registered by another package), default
// documenting errors, a path that is not a constant.
func TestStdMux(t *testing.T) {
	dir := analysistest.TestData()
	cfg := analyzer.Defaults()
	cfg.Catalog = filepath.Join(dir, "src", "example.com", "stdconform", "openapi.yaml")
	analysistest.Run(t, dir, conform.New(cfg), "example.com/stdconform")
}

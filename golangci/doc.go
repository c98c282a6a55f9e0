// Package golangci holds the end-to-end test of the golangci-lint module
// plugin (analyzer/plugin.go): build.sh builds golangci-lint with the
// plugin from the module proxy (make golangci), and the test runs it on
// the fixture module testdata/golangci (make golangci-test).
package golangci

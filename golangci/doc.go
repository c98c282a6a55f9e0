// Package golangci registers the httpstatus analyzer as a golangci-lint
// module plugin, named "httpstatus". A custom golangci-lint binary that
// imports this package (`golangci-lint custom` with .custom-gcl.yml, or
// `make golangci`, which runs build.sh) runs the analyzer as the linter
// "httpstatus", configured in .golangci.yml:
//
//	linters:
//	  enable: [httpstatus]
//	  settings:
//	    custom:
//	      httpstatus:
//	        type: module
//	        settings:
//	          documented: "200,204,4XX"
//	          test-undocumented: true
//
// The settings are the analyzer's flags, by name: a boolean flag takes
// true or false, the others a string. A relative catalog path is taken
// from the directory golangci-lint runs in when the file is there, else
// from the module root above it, once, when the plugin is made.
//
// The registration lives here, not in the analyzer's package, so that
// the command, the language server and programs that embed the analyzer
// do not link golangci-lint's register package.
//
// The package's end-to-end test (golangci_test.go, `make golangci-test`)
// runs a golangci-lint built with the plugin on the fixture module
// testdata/golangci.
package golangci

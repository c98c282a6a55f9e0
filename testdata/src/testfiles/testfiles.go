// Package testfiles has a _test.go file: the undocumented check is off
// there by default.
package testfiles

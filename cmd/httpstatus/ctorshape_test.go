package main

import "testing"

// wantCtorShape is every finding on testdata/ctorshape: package errs
// imports no HTTP package and stores no named status, so it is not
// checked; its constructors' facts tell package logic, which passes
// named statuses to them, and package web, which writes the field, where
// the codes passed to them go.
var wantCtorShape = []string{
	"logic/logic.go:24:28: use http.StatusBadRequest instead of 400",
	"logic/logic.go:32:33: use http.StatusConflict instead of 409",
	"logic/logic.go:34:20: use http.StatusUnavailableForLegalReasons instead of 451",
	"logic/logic.go:38:26: invalid HTTP status code 42: status codes are three digits, 100 to 599",
	"web/web.go:16:25: use http.StatusUnauthorized instead of 401",
	"web/web.go:19:20: use http.StatusPaymentRequired instead of 402",
	`web/web.go:23:17: status 418 (StatusTeapot), stored in errs.AppError.Status at logic.go:28, is not documented in catalog "default"`,
	`web/web.go:23:17: status 423 (StatusLocked), stored in errs.AppError.Status at logic.go:30, is not documented in catalog "default"`,
	`web/web.go:23:17: status 451 (StatusUnavailableForLegalReasons), stored in errs.AppError.Status at logic.go:34, is not documented in catalog "default"`,
}

// The command and go vet find the same findings: go vet's processes see
// errs's facts through the vet files of its importers.
func TestConstructorShape(t *testing.T) {
	sameFindings(t, "ctorshape", wantCtorShape)
}

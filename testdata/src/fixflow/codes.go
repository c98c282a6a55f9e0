package fixflow

import "errors"

var errMissing = errors.New("missing")

func statusOf(err error) int {
	if err == nil {
		return 200 // want `use http.StatusOK instead of 200`
	}
	if errors.Is(err, errMissing) {
		return 0x194 // want `use http.StatusNotFound instead of 404`
	}
	return 500 // want `use http.StatusInternalServerError instead of 500`
}

type apiErr struct {
	Code int // want Code:`statusField\(sets\+strict\)`
	Msg  string
}

var (
	gone     = apiErr{410, "gone"}            // want `use http.StatusGone instead of 410`
	conflict = &apiErr{Code: 409, Msg: "dup"} // want `use http.StatusConflict instead of 409`
)

func forbid(e *apiErr) {
	e.Code = 403 // want `use http.StatusForbidden instead of 403`
}

// Package errs declares the service's error type in a package that
// imports no HTTP package and stores no named status anywhere: it is not
// analyzed for statuses, and nothing here says that Status is one. It
// tells its importers which parameters its functions store into which
// fields; package logic, which passes named statuses to New, and package
// web, which writes Status, then know the rest.
package errs

// AppError is the error the logic returns and the HTTP layer answers.
type AppError struct {
	Msg        string
	Status     int
	RetryAfter int // seconds
	Code       int // the service's own error number, no status
}

func (e *AppError) Error() string { return e.Msg }

// New stores status into Status.
func New(msg string, status int) *AppError { // want New:`paramStores\(1:errs.AppError.Status\)`
	return &AppError{Msg: msg, Status: status}
}

// Wrap passes status on to New: it stores it where New does.
func Wrap(err error, status int) *AppError { // want Wrap:`paramStores\(1:errs.AppError.Status\)`
	return New(err.Error(), status)
}

// Newf passes status on to an unexported function that stores it.
func Newf(status int, msg string) *AppError { // want Newf:`paramStores\(0:errs.AppError.Status\)`
	return build(msg, status)
}

func build(msg string, status int) *AppError { // unexported: no fact
	e := &AppError{Msg: msg}
	e.Status = status
	return e
}

// WithRetry stores seconds into RetryAfter.
func (e *AppError) WithRetry(seconds int) *AppError { // want WithRetry:`paramStores\(0:errs.AppError.RetryAfter\)`
	e.RetryAfter = seconds
	return e
}

// Coded stores code into Code, and tag nowhere.
func Coded(msg string, code, tag int) *AppError { // want Coded:`paramStores\(1:errs.AppError.Code\)`
	_ = tag
	return &AppError{Msg: msg, Code: code, Status: 500} // errs has no evidence and is not analyzed: silent
}

// Scale stores a value computed from its parameter, not the parameter
// itself: no fact.
func Scale(e *AppError, n int) *AppError {
	e.RetryAfter = n * 60
	return e
}

// Package ginwrap holds status wrappers around gin sinks, called from
// package ginapp: their facts cross the package boundary.
package ginwrap

import "github.com/gin-gonic/gin"

// Fail aborts with a JSON error body.
func Fail(c *gin.Context, code int, err error) { // want Fail:`statusWrapper\(1:sets\)`
	c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
}

// Respond is a method wrapper around Fail and gin's JSON.
type Respond struct{ C *gin.Context }

func (r Respond) OK(v any) { r.C.JSON(200, v) } // want `use http.StatusOK instead of 200`

func (r Respond) With(status int, v any) { // want With:`statusWrapper\(0:sets\)`
	if status >= 400 {
		Fail(r.C, status, nil)
		return
	}
	r.C.JSON(status, v)
}

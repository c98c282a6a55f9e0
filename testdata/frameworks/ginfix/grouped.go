package ginfix

import (
	"github.com/gin-gonic/gin"

	"errors"
	"strings"
)

// The standard library's group is the second one here: net/http joins it.
func grouped(c *gin.Context) {
	if strings.HasPrefix(c.FullPath(), "/admin") {
		_ = c.AbortWithError(403, errors.New("forbidden")) // want `use http.StatusForbidden instead of 403`
	}
}

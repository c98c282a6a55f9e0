// Package ginfix: a gin file that does not import net/http; the literal
// fix adds the import.
package ginfix

import (
	"github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
	c.JSON(404, gin.H{"error": "not found"}) // want `use http.StatusNotFound instead of 404`
	c.AbortWithStatus(500)                   // want `use http.StatusInternalServerError instead of 500`
}

package reach

import (
	"go/types"
	"maps"
	"slices"
	"testing"
)

func TestFind(t *testing.T) {
	http := types.NewPackage("net/http", "http")
	gin := types.NewPackage("github.com/gin-gonic/gin", "gin")
	gin.SetImports([]*types.Package{http})
	mid := types.NewPackage("example.com/mid", "mid")
	mid.SetImports([]*types.Package{gin, gin}) // a repeated import is walked once
	app := types.NewPackage("example.com/app", "app")
	app.SetImports([]*types.Package{mid})
	other := types.NewPackage("example.com/other", "other")

	want := map[string]bool{"net/http": true, "github.com/gin-gonic/gin": true, "example.com/app": true}
	got := slices.Sorted(maps.Keys(Find(app, want)))
	if !slices.Equal(got, []string{"example.com/app", "github.com/gin-gonic/gin", "net/http"}) {
		t.Errorf("Find(app) = %v", got)
	}
	if found := Find(other, want); len(found) != 0 {
		t.Errorf("Find(other) = %v, want none", found)
	}
	if found := Find(gin, want); found["net/http"] != http || found["github.com/gin-gonic/gin"] != gin {
		t.Errorf("Find(gin) = %v", found)
	}
}

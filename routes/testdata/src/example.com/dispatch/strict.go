package dispatch

import (
	"context"
	"net/http"

	"example.com/dispatch/strictapi"
)

// StrictStore implements the strict interface: the routes write the
// codes of the responses it returns, the default's at its literal.
type StrictStore struct{}

func (StrictStore) FindPets(ctx context.Context, request strictapi.FindPetsRequestObject) (strictapi.FindPetsResponseObject, error) { // want FindPets:`yields\(VisitFindPetsResponse:\(200@strict.go:42:16 418@strict.go:16:60\)\)`
	if ctx == nil {
		return strictapi.FindPetsdefaultJSONResponse{StatusCode: http.StatusTeapot}, nil
	}
	return strictapi.FindPets200JSONResponse{"rex"}, nil
}

func ServeStrict() {
	http.ListenAndServe(":8083", strictapi.Handler(strictapi.NewStrictHandler(StrictStore{}, nil)))
}

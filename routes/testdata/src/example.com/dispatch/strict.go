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

// requireKey is a strict middleware that answers 401 itself: the code
// reaches the routes of the strict handler it is given to.
func requireKey(next strictapi.StrictHandlerFunc, operationID string) strictapi.StrictHandlerFunc { // want requireKey:`writes\(401@strict.go:30:18\)`
	return func(ctx context.Context, w http.ResponseWriter, r *http.Request, request interface{}) (interface{}, error) {
		if r.Header.Get("X-API-Key") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return nil, nil
		}
		return next(ctx, w, r, request)
	}
}

func ServeStrictWithKey() {
	mws := []strictapi.StrictMiddlewareFunc{requireKey}
	http.ListenAndServe(":8084", strictapi.Handler(strictapi.NewStrictHandler(StrictStore{}, mws)))
}

# httpstatus: build, test, lint and demo. `make test` is what CI runs.

GO ?= go
BIN := $(CURDIR)/bin

.PHONY: build test lint demo clean

build:
	$(GO) build -o $(BIN)/httpstatus ./cmd/httpstatus

# The whole test suite: unit and analysistest fixtures, the command run for
# real (httpstatus ./..., -json, -fix, go vet -vettool), then lint.
test: lint
	$(GO) test ./...

# gofmt, go vet and httpstatus itself stay clean on the repository.
lint: build
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './testdata/*')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(BIN)/httpstatus ./...

# Run the linter on the example service with the embedded catalog: it
# reports each kind of finding (exit status 3 means findings), then shows
# the fixes as a diff without applying them.
demo: build
	@cd example && { $(BIN)/httpstatus ./...; status=$$?; \
	  echo "httpstatus exited with status $$status (3: findings reported)"; \
	  echo; echo "The suggested fixes, as a diff (-fix -diff):"; \
	  $(BIN)/httpstatus -fix -diff ./... 2>/dev/null; test $$status -eq 3; }

clean:
	rm -rf $(BIN)

# httpstatus: build, test, lint and demo. `make test` is what CI runs.

GO ?= go
BIN := $(CURDIR)/bin

.PHONY: build test lint demo clean

build:
	$(GO) build -o $(BIN)/httpstatus ./cmd/httpstatus

# The whole test suite: lint; unit and analysistest fixtures, the real
# frameworks, the command run for real (httpstatus ./..., -json, -fix,
# go vet -vettool); then golangci-lint built with the plugin, run for real.
# The command's package runs the built binary and go vet on many fixture
# modules: on a busy 2-CPU machine that passes go test's default 10
# minutes, hence the longer timeout.
test: lint
	$(GO) test -timeout 40m ./...
	$(MAKE) golangci-test

# gofmt, go vet and httpstatus itself stay clean on the repository.
lint: build
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './testdata/*')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(BIN)/httpstatus ./...

# Run the linter on the example service, whose catalog (.httpstatus.yaml)
# names its OpenAPI document: it reports each kind of finding (exit status
# 3 means findings), then shows the fixes as a diff without applying them,
# then the route table checked against the document (routes -check: exit
# status 3 means the routes differ from it), then what routes -fix would
# add to the document, as a diff. Both 3s are what the example
# is for: the target fails on any other status.
demo: build
	@cd example && { $(BIN)/httpstatus ./...; status=$$?; \
	  echo "httpstatus exited with status $$status (3: findings reported)"; \
	  echo; echo "The suggested fixes, as a diff (-fix -diff):"; \
	  $(BIN)/httpstatus -fix -diff ./... 2>/dev/null; \
	  echo; echo "The route table against openapi.yaml (httpstatus routes -check ./...):"; \
	  $(BIN)/httpstatus routes -check ./...; check=$$?; \
	  echo "httpstatus routes -check exited with status $$check (3: the routes differ from the document)"; \
	  echo; echo "What routes -fix would add to openapi.yaml (httpstatus routes -fix -diff ./...):"; \
	  $(BIN)/httpstatus routes -fix -diff ./... || exit 1; \
	  test $$status -eq 3 && test $$check -eq 3; }

clean:
	rm -rf $(BIN)

# ---- golangci-lint module plugin --------------------------------------------
# `make golangci` builds bin/golangci-lint, golangci-lint with the httpstatus
# module plugin (package golangci/) built in, from the Go module proxy alone (golangci/build.sh;
# `golangci-lint custom` would clone from git). The golangci-lint version is
# pinned in one place, .custom-gcl.yml, which `golangci-lint custom` reads too.
# `make golangci-test` runs that binary on the fixture module
# testdata/golangci and checks its findings, fixes and errors exactly.
GOLANGCI_VERSION ?= $(shell sed -n 's/^version: *//p' .custom-gcl.yml)

.PHONY: golangci golangci-test

golangci:
	GO=$(GO) sh golangci/build.sh $(GOLANGCI_VERSION) $(BIN)

golangci-test: golangci
	HTTPSTATUS_GOLANGCI=$(BIN)/golangci-lint GOLANGCI_VERSION=$(GOLANGCI_VERSION) \
	  $(GO) test -count=1 ./golangci/...
# ---- end of the golangci-lint module plugin block ---------------------------

# ---- benchmark --------------------------------------------------------------
# `make bench` times go vet with httpstatus against two floors, a vet tool
# that requires inspect and reports nothing (noop) and the same declaring a
# fact type (noopfacts), and the peer usestdlibvars, on the real modules of
# bench/corpus.txt: interleaved rounds, each run a fresh copy of its tool so
# that the vet cache misses while the compile cache stays warm. It prints
# the table of the README. bench/ is a module of its own (the corpus and the
# tools' requirements). BENCHFLAGS=-quick is a one-round smoke test on a few
# modules; BENCHFLAGS='-rounds 5 -maxload 2.5' waits for a quieter machine;
# BENCHFLAGS=-paired times httpstatus and noopfacts in the same go vet runs,
# each unit by both back to back, which the machine's drift cannot skew.
# HTTPSTATUS_CPUPROFILE=dir in go vet's environment makes each httpstatus
# process write a CPU profile into dir (README, Speed).
BENCHFLAGS ?=

.PHONY: bench

bench:
	cd bench && GO=$(GO) $(GO) run ./cmd/vetbench $(BENCHFLAGS)
# ---- end of the benchmark block --------------------------------------------

# ---- corpus run ---------------------------------------------------------------
# `make corpus` runs httpstatus over the real modules of bench/corpus.txt, as
# a command (-json) and as go vet's -vettool: it fails on a panic, an internal
# or analysis error, or a difference between the two; writes every finding to
# bench/corpus-findings.json; compares them with the verdicts of
# bench/triage.tsv (a new finding, a right one gone or a wrong one back fails);
# and checks -fix on a scratch copy of the modules with fixes (they still build
# and vet as before, a second -fix changes nothing). `make corpus-peers`
# compares with usestdlibvars and staticcheck's ST1013 (bench/peers.tsv).
# CORPUSFLAGS=-update rewrites the lists after a change (new entries: verdict ?).
CORPUSFLAGS ?=

.PHONY: corpus corpus-peers

corpus: build
	cd bench && GO=$(GO) $(GO) run ./cmd/corpusrun -httpstatus $(BIN)/httpstatus -fixcheck $(CORPUSFLAGS)

corpus-peers: build
	cd bench && GO=$(GO) $(GO) run ./cmd/corpusrun -httpstatus $(BIN)/httpstatus -vet=false -peers $(CORPUSFLAGS)
# ---- end of the corpus run block ---------------------------------------------

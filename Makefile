# hkgraph — two commands do everything on a fresh machine:
#   make run    build, start a local Neo4j (unless NEO4J_URI is set), migrate, seed, serve
#   make test   vet, generated-code and contract checks, every test on a real Neo4j
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO        ?= go
BIN       := bin/hkgraph
DEVDB_JAR := devdb/target/devdb.jar
CONTRACT  ?= ../shared/contract.graphqls
INSPECTOR := tools/contract/node_modules/.bin/graphql-inspector
GO_SOURCES := $(shell find . -name '*.go' -not -path './tools/*' -not -path './bench/peer/*' 2>/dev/null) go.mod go.sum schema.graphqls

.PHONY: help run build test vet generate check-generated contract unit prereqs clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

prereqs: ## check that Go, Java 17+ and Maven are installed
	@scripts/prereqs.sh

$(DEVDB_JAR): devdb/pom.xml $(shell find devdb/src -type f 2>/dev/null)
	@scripts/prereqs.sh java
	@echo "building devdb (the first build downloads Neo4j from Maven Central, about 1-2 minutes)"
	mvn -q -B -f devdb/pom.xml package -DskipTests
	@touch $@

$(BIN): $(GO_SOURCES)
	$(GO) build -o $(BIN) .

build: $(BIN) $(DEVDB_JAR) ## build hkgraph and the local Neo4j launcher

run: build ## build, start Neo4j (unless NEO4J_URI is set), migrate, seed and serve on HKGRAPH_ADDR
	./$(BIN) dev

vet: ## go vet and gofmt
	$(GO) vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi

generate: ## regenerate gqlgen code from schema.graphqls
	$(GO) generate ./graph/...

check-generated: ## fail when generated code is stale
	@scripts/check-generated.sh

$(INSPECTOR): tools/contract/package.json
	cd tools/contract && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

contract: ## graphql-inspector: no breaking change from ../shared/contract.graphqls
	@if [ -f "$(CONTRACT)" ]; then \
	  $(MAKE) --no-print-directory $(INSPECTOR) && \
	  $(INSPECTOR) diff "$(CONTRACT)" schema.graphqls > .contract.log 2>&1 \
	    && echo "contract: no breaking change from $(CONTRACT)" \
	    || { grep -E '✖|error' .contract.log; echo "contract: schema.graphqls breaks $(CONTRACT)"; exit 1; }; \
	else echo "contract: $(CONTRACT) not found; skipped"; fi

test: vet check-generated contract $(DEVDB_JAR) ## every check and test, on a Neo4j the run starts itself
	$(GO) build -o bin/withneo4j ./internal/tools/withneo4j
	bin/withneo4j -- $(GO) test -p 1 -count=1 -timeout 30m ./...

unit: ## tests that need no database (fast)
	$(GO) test -count=1 ./kg/... ./config/... ./textnorm/... ./loaders/... -run 'Test[^D]'

clean: ## remove build outputs (not .data/)
	rm -rf bin devdb/target .contract.log

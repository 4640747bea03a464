# hkgraph — two commands do everything on a fresh machine:
#   make run    build, start a local Neo4j (unless NEO4J_URI is set), migrate, seed, serve
#   make test   vet, generated-code and contract checks, every test on a real Neo4j
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO        ?= go
BIN       := bin/hkgraph
DEVDB_DIR := internal/devdb/java
DEVDB_JAR := $(DEVDB_DIR)/target/devdb.jar
CONTRACT  ?= ../shared/contract.graphqls
# Further contract files, checked together with CONTRACT (concatenated) when present.
CONTRACT_EXTRA ?= ../shared/contract-dealflow.graphqls ../shared/contract-proposals.graphqls
INSPECTOR := tools/contract/node_modules/.bin/graphql-inspector
SCHEMALINT := tools/schemalint/node_modules/.bin/graphql-schema-linter
# Every type, field, argument, enum value and input field described; Relay connections by the spec.
SCHEMALINT_RULES := fields-have-descriptions,arguments-have-descriptions,types-have-descriptions,enum-values-have-descriptions,input-object-values-have-descriptions,relay-connection-types-spec,relay-page-info-spec
GO_SOURCES := $(shell find . -name '*.go' -not -path './tools/*' -not -path './bench/peer/*' 2>/dev/null) go.mod go.sum schema.graphqls

.PHONY: help run build test vet generate check-generated contract schemalint unit prereqs clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

prereqs: ## check that Go, Java 17+ and Maven are installed
	@scripts/prereqs.sh

$(DEVDB_JAR): $(DEVDB_DIR)/pom.xml $(shell find $(DEVDB_DIR)/src -type f 2>/dev/null)
	@scripts/prereqs.sh java
	@echo "building devdb (the first build downloads Neo4j from Maven Central, about 1-2 minutes)"
	mvn -q -B -f $(DEVDB_DIR)/pom.xml package -DskipTests
	@touch $@

$(BIN): $(GO_SOURCES)
	$(GO) build -o $(BIN) .

build: $(BIN) $(DEVDB_JAR) ## build hkgraph and the local Neo4j launcher

run: build ## build, start Neo4j (unless NEO4J_URI is set), migrate, seed and serve on HKGRAPH_ADDR
	./$(BIN) dev

vet: ## go vet, gofmt, and the layering rule (config, graph, kg and limits import no httpserver)
	$(GO) vet ./...
	@if $(GO) list -deps ./config ./graph/... ./kg ./limits | grep -q 'hkgraph/hkgraph/httpserver'; then \
	  echo "layering: config, graph, kg or limits import httpserver:"; \
	  $(GO) list -deps ./config ./graph/... ./kg ./limits | grep 'hkgraph/hkgraph/httpserver'; exit 1; fi
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi

generate: ## regenerate gqlgen code from schema.graphqls
	$(GO) generate ./graph/...

check-generated: ## fail when generated code is stale
	@scripts/check-generated.sh

$(INSPECTOR): tools/contract/package.json
	cd tools/contract && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

contract: ## graphql-inspector: no breaking change from ../shared/contract.graphqls (+ contract-dealflow.graphqls)
	@if [ -f "$(CONTRACT)" ]; then \
	  files="$(CONTRACT)"; \
	  for f in $(CONTRACT_EXTRA); do if [ -f "$$f" ]; then files="$$files $$f"; else echo "contract: $$f not found; not checked"; fi; done; \
	  cat $$files > .contract.graphqls && \
	  $(MAKE) --no-print-directory $(INSPECTOR) && \
	  $(INSPECTOR) diff .contract.graphqls schema.graphqls > .contract.log 2>&1 \
	    && echo "contract: no breaking change from $$files" \
	    || { grep -E '✖|error' .contract.log; echo "contract: schema.graphqls breaks $$files"; exit 1; }; \
	else echo "contract: $(CONTRACT) not found; skipped"; fi

$(SCHEMALINT): tools/schemalint/package.json tools/schemalint/package-lock.json
	cd tools/schemalint && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

schemalint: $(SCHEMALINT) ## graphql-schema-linter: every part of schema.graphqls has a description
	@$(SCHEMALINT) --format compact --rules $(SCHEMALINT_RULES) schema.graphqls \
	  && echo "schemalint: schema.graphqls is fully described" \
	  || { echo "schemalint: describe the members above in schema.graphqls"; exit 1; }

test: vet check-generated contract schemalint $(DEVDB_JAR) ## every check and test, on a Neo4j the run starts itself
	$(GO) build -o bin/withneo4j ./internal/tools/withneo4j
	bin/withneo4j -- $(GO) test -p 1 -count=1 -timeout 30m ./...

unit: ## tests that need no database (fast): -short skips every test that asks internal/testdb for Neo4j
	$(GO) test -short -count=1 ./kg/... ./config/... ./textnorm/... ./loaders/... ./neo4jstore/... ./internal/devdb/... ./extract/... ./eval/...

clean: ## remove build outputs (not .data/)
	rm -rf bin $(DEVDB_DIR)/target .contract.log .contract.graphqls

# ---- the graph explorer at /explore: TypeScript in httpserver/explorer/web, built by Vite into
# httpserver/explorer/dist, which is committed and embedded (go build needs no Node) ----
EXPLORER_WEB  := httpserver/explorer/web
EXPLORER_DIST := $(shell find httpserver/explorer/dist -type f 2>/dev/null)
EXPLORER_NPM  := $(EXPLORER_WEB)/node_modules/.package-lock.json

.PHONY: explorer explorer-check chromium e2e

$(BIN): $(EXPLORER_DIST)

$(EXPLORER_NPM): $(EXPLORER_WEB)/package.json $(EXPLORER_WEB)/package-lock.json
	cd $(EXPLORER_WEB) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

explorer: $(EXPLORER_NPM) ## regenerate the explorer's GraphQL types (src/gql) and rebuild its bundle into httpserver/explorer/dist (commit both)
	cd $(EXPLORER_WEB) && npx graphql-codegen --config codegen.ts --silent && npx tsc --noEmit && npx vite build --logLevel warn

# GraphQL Code Generator writes the typed documents and the persisted-documents manifest from
# schema.graphqls and src/operations; both are committed, like gqlgen's output.
explorer-check: $(EXPLORER_NPM) ## fail when the explorer's generated GraphQL code (src/gql) or httpserver/explorer/dist is not what its sources build
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  (cd $(EXPLORER_WEB) && CODEGEN_OUT_DIR="$$tmp/gql" npx graphql-codegen --config codegen.ts --silent) || exit 1; \
	  if diff -r "$$tmp/gql" $(EXPLORER_WEB)/src/gql >/dev/null; then echo "explorer: generated GraphQL code is up to date"; \
	  else diff -rq "$$tmp/gql" $(EXPLORER_WEB)/src/gql; echo "explorer: $(EXPLORER_WEB)/src/gql is stale: run make explorer and commit it"; exit 1; fi; \
	  (cd $(EXPLORER_WEB) && npx tsc --noEmit && EXPLORER_OUT_DIR="$$tmp/dist" npx vite build --logLevel warn) || exit 1; \
	  if diff -r "$$tmp/dist" httpserver/explorer/dist >/dev/null; then echo "explorer: dist is up to date"; \
	  else diff -rq "$$tmp/dist" httpserver/explorer/dist; echo "explorer: httpserver/explorer/dist is stale: run make explorer and commit it"; exit 1; fi

chromium: ## check for Debian's Chromium and a CJK font, which the browser tests need (.ci/run installs them)
	@scripts/prereqs.sh chromium

e2e: $(BIN) $(DEVDB_JAR) $(EXPLORER_NPM) chromium explorer-check ## explorer: Vitest unit tests, then Playwright on Chromium against a server and Neo4j of its own
	cd $(EXPLORER_WEB) && npx vitest run
	cd $(EXPLORER_WEB) && node e2e/run.mjs

test: e2e

# ---- benchmark (bench/README.md) ----
.PHONY: bench
bench: $(DEVDB_JAR) ## hkgraph against @neo4j/graphql 7 and the bare driver (QUICK=1: about 5 minutes)
	$(GO) run ./bench/cmd/bench $(if $(QUICK),-quick)

# ---- fuzzing (docs/limits-and-security.md) ----
# Each target's seeds and the inputs it found interesting live in testdata/fuzz and run as
# ordinary tests in `make test`; this explores further, FUZZTIME per target.
FUZZTIME ?= 30s
FUZZ_TARGETS := ./kg:FuzzDecodeCursor ./kg:FuzzValidID ./kg:FuzzValidDate ./kg:FuzzValidAmount ./kg:FuzzRelationshipID \
  ./neo4jstore:FuzzEscapeLucene ./neo4jstore:FuzzLuceneQuery ./loaders:FuzzParseJSON ./loaders:FuzzParseCSV \
  ./extract:FuzzExtract
.PHONY: fuzz
fuzz: ## fuzz cursors, search text, ids/dates/amounts and the import parsers (FUZZTIME=30s each)
	@set -e; for t in $(FUZZ_TARGETS); do \
	  echo "fuzz $${t#*:} ($${t%%:*}, $(FUZZTIME))"; \
	  $(GO) test $${t%%:*} -run '^$$' -fuzz "^$${t#*:}$$" -fuzztime $(FUZZTIME); \
	done

# ---- extractor quality (eval/README.md) ----
.PHONY: eval
eval: ## extractor precision/recall on eval/ (dev, held-out, seed article); writes eval/RESULTS.md
	$(GO) run ./internal/tools/evalextract -details
	$(GO) test -count=1 -run TestQualityFloors ./eval/
	$(GO) test -run '^$$' -bench Extract10k -benchtime 20x -cpu 1 ./eval/
	$(GO) test -run '^$$' -bench ExtractAdversarial -benchtime 1x ./extract/

// Package graph is hkgraph's GraphQL layer: gqlgen's executor (generated.go), the resolvers,
// and the mapping from domain errors to GraphQL errors.
package graph

//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"

import (
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/live"
)

// Resolver is the root resolver. It holds only what outlives a request; per-request state (the
// loaders, the caller) travels in the context.
type Resolver struct {
	Store  kg.Reader
	Writer kg.Writer
	Live   *live.Broker
}

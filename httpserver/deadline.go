package httpserver

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// What rides in a request's context, and why there: each value below crosses gqlgen's
// executor, which hands its extensions and resolvers nothing but a context, or is needed by
// every layer a request passes through.
//
//   - the caller's identity (kg.WithPrincipal) and client address (withClientAddr): set by
//     withRequest, read by the rate limiter and the resolvers' permission checks;
//   - the request id and round-trip count (obs.WithRequest): read by logging, metrics and
//     the store;
//   - the operation's loaders (dataload.With): one set per operation, for every resolver;
//   - the HTTP-only facts the GraphQL extensions act on: that the request came as GET
//     (withGET) and where to ask for a status the transports would not choose (refusal).
//
// The request's deadline is not a value: it is the resolvers' context deadline, set by
// boundOperation from Options.RequestTimeout, so the store and the driver honour it like any
// other. Everything else a function needs is an argument.

// boundOperation bounds a query's or mutation's resolvers, with every Neo4j transaction they
// run, by RequestTimeout from the operation's start. The deadline is set on each root field's
// context rather than the operation's: gqlgen writes no response at all for an operation
// whose own context has ended, where a TIMEOUT error in a well-formed response is wanted.
// Mutations' root fields run one after another and share the one deadline. A subscription
// runs until its client leaves; each of its reads is bounded by the live broker instead.
func (h *server) boundOperation(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		return next(ctx)
	}
	start := oc.Stats.OperationStart
	if start.IsZero() {
		start = time.Now()
	}
	// next returns once the field and everything under it are resolved (gqlgen dispatches a
	// selection set and waits for it), so the deadline is released only after.
	ctx, cancel := context.WithDeadline(ctx, start.Add(h.RequestTimeout))
	defer cancel()
	return next(ctx)
}

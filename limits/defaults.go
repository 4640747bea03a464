package limits

import "time"

// Defaults of every limit, in one place for the configuration (config) and the handler's zero
// values (httpserver). docs/limits-and-security.md explains each.
//
// graphql-armor's defaults are depth 6, aliases 15, directives 50, tokens 1000 and cost 5000;
// hkgraph's Relay connections (entities → edges → node → relationships → edges → node → …) need
// more depth, and its cost counts nodes, like GitHub's 500,000-node ceiling, not fields.
const (
	DefaultMaxDepth      = 10
	DefaultMaxAliases    = 15
	DefaultMaxDirectives = 20
	DefaultMaxTokens     = 2000
	DefaultMaxCost       = 50000
	// DefaultMaxDuplicateFields: a response key selected more often than this in one
	// selection set (fragments flattened) is refused; clients that spread several fragments
	// each selecting id stay far below it.
	DefaultMaxDuplicateFields = 10

	DefaultMaxBodyBytes   = 64 << 10
	DefaultRequestTimeout = 10 * time.Second // GitHub's
	// DefaultRateLimit is an anonymous caller's budget in cost points per minute: six queries
	// of the largest allowed cost, or 3,000 of the default entities page plus relationships.
	DefaultRateLimit        = 300_000
	AuthenticatedRateFactor = 5
	DefaultMaxSubscriptions = 10 // per WebSocket connection
	DefaultMaxConnections   = 10 // WebSocket connections per caller
)

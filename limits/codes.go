package limits

import "github.com/99designs/gqlgen/graphql/errcode"

// Error codes (extensions.code) for requests refused by a limit. They are part of the public
// contract, listed in docs/limits-and-security.md.
const (
	CodeQueryTooDeep           = "QUERY_TOO_DEEP"            // depth or introspection nesting
	CodeTooManyAliases         = "TOO_MANY_ALIASES"          // aliases per operation
	CodeTooManyDirectives      = "TOO_MANY_DIRECTIVES"       // directives per operation
	CodeQueryTooLarge          = "QUERY_TOO_LARGE"           // parser tokens
	CodeQueryTooComplex        = "QUERY_TOO_COMPLEX"         // cost (nodes) per operation
	CodeTooManyDuplicateFields = "TOO_MANY_DUPLICATE_FIELDS" // one field repeated in a selection set
	CodeRateLimited            = "RATE_LIMITED"              // the caller's budget is spent
	CodeRequestTooLarge        = "REQUEST_TOO_LARGE"         // HTTP body or URL
	CodeBatchingNotSupported   = "BATCHING_NOT_SUPPORTED"    // a JSON array of operations
	CodeUnsupportedMediaType   = "UNSUPPORTED_MEDIA_TYPE"    // POST other than application/json
	CodeMethodNotAllowed       = "METHOD_NOT_ALLOWED"        // mutations over GET, PUT, …
	CodeTooManySubscriptions   = "TOO_MANY_SUBSCRIPTIONS"    // per WebSocket connection
	CodeTooManyConnections     = "TOO_MANY_CONNECTIONS"      // WebSocket connections per caller
	CodeIntrospectionDisabled  = "INTROSPECTION_DISABLED"    // __schema/__type in production
	CodeBadRequest             = "BAD_REQUEST"               // an unreadable request body
	CodePersistedQueryUnknown  = "PERSISTED_QUERY_NOT_FOUND"
)

func init() {
	// A refused operation never ran: like a validation error it is a request error, so the
	// POST transport answers 422 (application/json) or 400 (application/graphql-response+json)
	// rather than 200, and subscriptions get an error message rather than a result.
	for _, c := range []string{CodeQueryTooDeep, CodeTooManyAliases, CodeTooManyDirectives, CodeQueryTooLarge,
		CodeQueryTooComplex, CodeTooManyDuplicateFields, CodeRateLimited, CodeIntrospectionDisabled, "BAD_USER_INPUT", "FORBIDDEN"} {
		errcode.RegisterErrorType(c, errcode.KindProtocol)
	}
}

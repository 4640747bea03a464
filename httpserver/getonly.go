package httpserver

import (
	"context"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/hkgraph/hkgraph/limits"
)

type getRequestKey struct{}

// withGET marks a request that came as GET: it may run queries only.
func withGET(ctx context.Context) context.Context {
	return context.WithValue(ctx, getRequestKey{}, true)
}

// getQueriesOnly refuses a mutation or subscription that arrived over GET once its document is
// known. guard refuses one whose text is in the query string; this catches the one a GET names
// by persisted-query hash, which gqlgen would answer 406 without a code.
type getQueriesOnly struct{}

func (getQueriesOnly) ExtensionName() string                   { return "GETQueriesOnly" }
func (getQueriesOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (getQueriesOnly) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if get, _ := ctx.Value(getRequestKey{}).(bool); !get || oc.Operation == nil || oc.Operation.Operation == ast.Query {
		return nil
	}
	if ref, _ := ctx.Value(refusalKey{}).(*refusal); ref != nil {
		ref.status, ref.allow = http.StatusMethodNotAllowed, "POST"
	}
	return limits.Errorf(limits.CodeMethodNotAllowed, nil, "a %s must be sent with POST", oc.Operation.Operation)
}

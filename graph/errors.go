package graph

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
)

// ErrorPresenter maps domain errors to GraphQL errors with extensions.code. Internal errors
// are masked: the client sees "internal error" and the request id, the log has the cause.
func ErrorPresenter(log *slog.Logger, metrics *obs.Metrics) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var ke *kg.Error
		switch {
		case errors.As(err, &ke):
			gqlErr.Message = ke.Message
			ext := map[string]any{"code": ke.Code}
			for k, v := range ke.Extensions {
				ext[k] = v
			}
			gqlErr.Extensions = ext
			if ke.Code == kg.CodeInternal || ke.Code == kg.CodeDatabaseUnavailable || ke.Code == kg.CodeTimeout {
				log.ErrorContext(ctx, "request failed", "code", ke.Code, "path", gqlErr.Path.String(), "err", ke.Err)
			}
		case gqlErr.Extensions["code"] != nil:
			// gqlgen's own validation and parse errors already carry a code.
		default:
			log.ErrorContext(ctx, "internal error", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error"
			gqlErr.Extensions = map[string]any{"code": kg.CodeInternal}
		}
		if id := obs.RequestID(ctx); id != "" {
			gqlErr.Extensions["requestId"] = id
		}
		if metrics != nil {
			code, _ := gqlErr.Extensions["code"].(string)
			metrics.Errors.WithLabelValues(code).Inc()
		}
		return gqlErr
	}
}

// Recover turns a panic in a resolver into a masked internal error instead of a crash.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", p)
		return &kg.Error{Code: kg.CodeInternal, Message: "internal error"}
	}
}

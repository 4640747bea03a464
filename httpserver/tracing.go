package httpserver

import (
	"context"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"

	"github.com/hkgraph/hkgraph/internal/obs"
)

// traceHTTP opens a server span per HTTP request, continuing the caller's trace when it sends
// a traceparent header. Without a tracer it adds nothing.
func (h *server) traceHTTP(next http.Handler) http.Handler {
	if h.Tracer == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := otel.GetTextMapPropagator().Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		ctx, span := h.Tracer.Start(ctx, r.Method+" "+r.URL.Path, trace.WithSpanKind(trace.SpanKindServer),
			trace.WithAttributes(attribute.String("http.request.method", r.Method), attribute.String("url.path", r.URL.Path)))
		defer span.End()
		next.ServeHTTP(w, r.WithContext(ctx))
		span.SetAttributes(attribute.String("hkgraph.request_id", w.Header().Get("X-Request-Id")))
	})
}

// traceGraphQL adds a span per GraphQL operation and one per resolver call (fields that only
// read a struct are not worth a span).
func (h *server) traceGraphQL(srv *handler.Server) {
	if h.Tracer == nil {
		return
	}
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		name := h.Metrics.OperationLabel(operationName(oc))
		ctx, span := h.Tracer.Start(ctx, "graphql "+string(oc.Operation.Operation)+" "+name,
			trace.WithAttributes(attribute.String("graphql.operation.type", string(oc.Operation.Operation)),
				attribute.String("graphql.operation.name", operationName(oc)),
				attribute.String("hkgraph.request_id", obs.RequestID(ctx))))
		responses := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := responses(ctx)
			if resp == nil {
				span.End()
				return nil
			}
			if len(resp.Errors) > 0 {
				span.SetStatus(codes.Error, resp.Errors[0].Message)
			}
			if oc.Operation.Operation != "subscription" {
				span.End()
			}
			return resp
		}
	})
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		if fc == nil || !fc.IsResolver {
			return next(ctx)
		}
		ctx, span := h.Tracer.Start(ctx, fc.Object+"."+fc.Field.Name)
		defer span.End()
		res, err := next(ctx)
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		return res, err
	})
}

package httpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/hkgraph/hkgraph/httpserver"
)

// With a tracer, a request yields an HTTP span continuing the caller's trace, a GraphQL
// operation span inside it and a span per resolver call.
func TestTracingSpans(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	defer tp.Shutdown(context.Background())
	otel.SetTextMapPropagator(propagation.TraceContext{})
	e := readEnv(t).Rebuild(func(o *httpserver.Options) { o.Tracer = tp.Tracer("test") })
	const traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
	r := post(t, e.Handler, `query Stats { stats { entityCount } }`, nil, "traceparent", "00-"+traceID+"-00f067aa0ba902b7-01")
	if r.code() != "" {
		t.Fatal(r.body)
	}
	spans := map[string]tracetest.SpanStub{}
	for _, s := range exp.GetSpans() {
		spans[s.Name] = s
	}
	httpSpan, op, field := spans["POST /graphql"], spans["graphql query Stats"], spans["Query.stats"]
	if httpSpan.Name == "" || op.Name == "" || field.Name == "" {
		t.Fatalf("spans %v", keys(spans))
	}
	if httpSpan.SpanContext.TraceID().String() != traceID {
		t.Errorf("the HTTP span did not continue the caller's trace: %s", httpSpan.SpanContext.TraceID())
	}
	if op.Parent.SpanID() != httpSpan.SpanContext.SpanID() || field.SpanContext.TraceID() != httpSpan.SpanContext.TraceID() {
		t.Errorf("spans are not nested: op parent %s, http %s", op.Parent.SpanID(), httpSpan.SpanContext.SpanID())
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Every log line a request causes carries its id, the one in the response.
func TestLogLinesCarryRequestID(t *testing.T) {
	var buf bytes.Buffer
	base := readEnv(t)
	e := base.Rebuild(func(o *httpserver.Options) {
		o.Logger = slog.New(slog.NewJSONHandler(&buf, nil))
		o.Store = faultyStore{base.Store}
	})
	r := post(t, e.Handler, `{ documents { id } }`, nil)
	id, _ := r.Extensions["requestId"].(string)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if id == "" || len(lines) < 2 {
		t.Fatalf("request id %q, log:\n%s", id, buf.String())
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec["requestId"] != id {
			t.Errorf("log line without the request id %s: %s", id, l)
		}
	}
}

// Package tracing sets up OpenTelemetry tracing when HKGRAPH_OTEL asks for it: "stdout"
// writes spans as JSON lines to a writer (for a look during development), "otlp" sends them
// over OTLP/HTTP to the collector the standard OTEL_EXPORTER_OTLP_* variables name (default
// http://localhost:4318), "off" (the default) installs nothing and costs nothing.
package tracing

import (
	"context"
	"fmt"
	"io"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

// Kinds of exporter HKGRAPH_OTEL accepts.
const (
	Off    = "off"
	Stdout = "stdout"
	OTLP   = "otlp"
)

// Setup installs a tracer provider for kind and returns hkgraph's tracer (nil for Off) and a
// shutdown that flushes buffered spans. stdout is where the stdout exporter writes.
func Setup(ctx context.Context, kind, version string, stdout io.Writer) (trace.Tracer, func(context.Context) error, error) {
	var (
		exp sdktrace.SpanExporter
		err error
	)
	switch kind {
	case "", Off:
		return nil, func(context.Context) error { return nil }, nil
	case Stdout:
		exp, err = stdouttrace.New(stdouttrace.WithWriter(stdout))
	case OTLP:
		exp, err = otlptracehttp.New(ctx)
	default:
		return nil, nil, fmt.Errorf("HKGRAPH_OTEL=%q must be one of off, stdout, otlp", kind)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("HKGRAPH_OTEL=%s: %w", kind, err)
	}
	res := resource.NewSchemaless(semconv.ServiceName("hkgraph"), semconv.ServiceVersion(version))
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	// Spans join the caller's trace when it sends a W3C traceparent header.
	otel.SetTextMapPropagator(propagation.TraceContext{})
	return tp.Tracer("github.com/hkgraph/hkgraph"), tp.Shutdown, nil
}

package tracing

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestSetup(t *testing.T) {
	ctx := context.Background()
	if tr, stop, err := Setup(ctx, Off, "test", nil); err != nil || tr != nil || stop(ctx) != nil {
		t.Errorf("off: %v %v", tr, err)
	}
	if _, _, err := Setup(ctx, "jaeger", "test", nil); err == nil || !strings.Contains(err.Error(), "HKGRAPH_OTEL") {
		t.Errorf("unknown exporter: %v", err)
	}
	var out bytes.Buffer
	tr, stop, err := Setup(ctx, Stdout, "test", &out)
	if err != nil || tr == nil {
		t.Fatal(err)
	}
	_, span := tr.Start(ctx, "hello")
	span.End()
	if err := stop(ctx); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"Name":"hello"`) || !strings.Contains(out.String(), "hkgraph") {
		t.Errorf("stdout exporter wrote %.300s", out.String())
	}
}

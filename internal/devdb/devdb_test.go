package devdb

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// startTest starts an instance on a free port in a temp dir, stopped at cleanup.
func startTest(t *testing.T) *Instance {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a real Neo4j")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute) // first run builds
	defer cancel()
	inst, err := Start(ctx, Options{
		DataDir: t.TempDir(),
		Stderr:  testWriter{t},
		Logger:  slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Stop() })
	return inst
}

func TestStartQueryStop(t *testing.T) {
	inst := startTest(t)
	if want := "bolt://127.0.0.1:" + strconv.Itoa(inst.Port()); inst.URI() != want {
		t.Errorf("URI = %q, want %q", inst.URI(), want)
	}

	ctx := context.Background()
	auth := neo4j.NoAuth()
	if pw := os.Getenv("NEO4J_PASSWORD"); pw != "" {
		auth = neo4j.BasicAuth("neo4j", pw, "")
	}
	drv, err := neo4j.NewDriverWithContext(inst.URI(), auth)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	if err := drv.VerifyConnectivity(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := neo4j.ExecuteQuery(ctx, drv, "RETURN 1 AS one", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if one, _, _ := neo4j.GetRecordValue[int64](res.Records[0], "one"); one != 1 {
		t.Errorf("RETURN 1 gave %v", one)
	}
	res, err = neo4j.ExecuteQuery(ctx, drv,
		"CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names",
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	names, _, _ := neo4j.GetRecordValue[[]any](res.Records[0], "names")
	found := false
	for _, n := range names {
		found = found || n == "cjk"
	}
	if !found {
		t.Errorf("cjk analyzer not available; have %v", names)
	}

	pid := inst.Pid()
	if err := inst.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("java pid %d still exists after Stop (kill -0: %v)", pid, err)
	}
}

func TestPortInUse(t *testing.T) {
	inst := startTest(t)
	_, err := Start(context.Background(), Options{
		Port:    inst.Port(),
		DataDir: t.TempDir(),
		Logger:  slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	})
	if err == nil {
		t.Fatal("second Start on an occupied port succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, strconv.Itoa(inst.Port())) || !strings.Contains(msg, "already in use") {
		t.Errorf("error does not name the busy port %d: %v", inst.Port(), err)
	}
	t.Log(err)
}

func TestFreePort(t *testing.T) {
	p, err := FreePort()
	if err != nil || p <= 0 {
		t.Fatalf("FreePort() = %d, %v", p, err)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// Package testdb gives tests a throw-away Neo4j.
//
// URI returns $HKGRAPH_TEST_NEO4J_URI when set (`make test` runs the tests
// under internal/tools/withneo4j, which sets it), and otherwise starts one
// instance per test binary through internal/devdb on a free port in a temp
// directory. Tests never read NEO4J_URI, so they cannot touch `make run`'s data.
//
// Packages using it should stop the instance at the end:
//
//	func TestMain(m *testing.M) { testdb.Main(m) }
package testdb

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EnvURI names the variable holding the test database's Bolt URI.
const EnvURI = "HKGRAPH_TEST_NEO4J_URI"

var (
	startOnce sync.Once
	inst      *devdb.Instance
	tmpDir    string
	uri       string
	startErr  error

	driverOnce sync.Once
	driver     neo4j.DriverWithContext
	driverErr  error
)

// URI returns the Bolt URI of the test database, starting one if needed. Under -short
// (`make unit`) it skips the test instead: a unit run starts no Neo4j.
func URI(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("needs Neo4j (skipped under -short)")
	}
	if u := os.Getenv(EnvURI); u != "" {
		return u
	}
	startOnce.Do(start)
	if startErr != nil {
		t.Fatalf("testdb: %v", startErr)
	}
	return uri
}

func start() {
	tmpDir, startErr = os.MkdirTemp("", "hkgraph-testdb-")
	if startErr != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute) // first run builds devdb
	defer cancel()
	inst, startErr = devdb.Start(ctx, devdb.Options{
		DataDir: tmpDir,
		Stderr:  os.Stderr,
		Logger:  slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if startErr != nil {
		os.RemoveAll(tmpDir)
		return
	}
	uri = inst.URI()
}

// Driver returns a driver for URI(t), shared by the whole test binary. It uses
// basic auth as neo4j/$NEO4J_PASSWORD when that is set (devdb turns auth on
// then), no auth otherwise. Don't close it; Main does.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	u := URI(t)
	driverOnce.Do(func() {
		auth := neo4j.NoAuth()
		if pw := os.Getenv("NEO4J_PASSWORD"); pw != "" {
			auth = neo4j.BasicAuth("neo4j", pw, "")
		}
		if driver, driverErr = neo4j.NewDriverWithContext(u, auth); driverErr != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		driverErr = driver.VerifyConnectivity(ctx)
	})
	if driverErr != nil {
		t.Fatalf("testdb: connecting to %s: %v", u, driverErr)
	}
	return driver
}

// Wipe deletes all nodes and relationships (indexes and constraints stay).
func Wipe(t testing.TB, d neo4j.DriverWithContext) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{})
	defer s.Close(ctx)
	// CALL { } IN TRANSACTIONS needs an auto-commit (implicit) transaction: Session.Run.
	res, err := s.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("testdb: wipe: %v", err)
	}
}

// Main runs the tests, then closes the shared driver, stops the instance URI
// may have started and removes its data. Call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "testdb:", err)
	}
	os.Exit(code)
}

func stop() error {
	if driver != nil {
		driver.Close(context.Background())
	}
	if inst == nil {
		return nil
	}
	err := inst.Stop()
	os.RemoveAll(tmpDir)
	return err
}

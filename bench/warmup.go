package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hkgraph/hkgraph/neo4jstore"
)

// warmupScale is the ecosystem imported (and deleted) before the timed import: big enough for
// the JVM to compile Neo4j's write path — index inserts, record and transaction-log writing —
// which on a fresh Neo4j takes the first ~30 s of CPU of a core; small enough to take seconds.
var warmupScale = Scale{Entities: 10_000, Relationships: 60_000, HubDegree: 10_000}

// warmImport imports another ecosystem (another seed) through `hkgraph import` and deletes it,
// so that the timed import, like every timed workload, runs after a warm-up and into an empty
// graph. It returns the warm-up's own figures: a cold Neo4j's.
func warmImport(ctx context.Context, hkBin, dir string, env []string, uri string, seed uint64, logLevel string, echo io.Writer) (rps float64, records int, err error) {
	m, err := Generate(dir, warmupScale, seed+1)
	if err != nil {
		return 0, 0, err
	}
	if rps, _, err = hkgraphImport(ctx, hkBin, env, m.Files, logLevel, echo); err != nil {
		return 0, 0, fmt.Errorf("warm-up: %w", err)
	}
	d, err := driver(uri)
	if err != nil {
		return 0, 0, err
	}
	defer d.Close(ctx)
	if err := neo4jstore.New(d, neo4jstore.Options{}).DeleteGraph(ctx); err != nil {
		return 0, 0, fmt.Errorf("deleting the warm-up import: %w", err)
	}
	_ = os.RemoveAll(filepath.Dir(m.Files[0]))
	return rps, 1 + m.Entities + m.Relationships, nil
}

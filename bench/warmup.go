package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hkgraph/hkgraph/neo4jstore"
)

// warmupScale and warmupRounds are the ecosystems imported (and deleted) before the timed
// import, each of another seed, so that it runs on a Neo4j whose JVM has compiled its write
// path. One import of 70k records was not enough: on this 2-core machine Neo4j's C2 compiler
// threads took 7.4 s of CPU during the next QUICK-sized import (Neo4j 21.8 s in all; the
// bench's timed import: 23.3 s), 3.9 s during the one after, 1.7 s during the third
// (14.7 s in all; per-thread CPU from /proc, 2026-12-03). Three of the QUICK set's shape
// (its 100k hub too) leave the timed import at the third's.
var (
	warmupScale  = Scale{Entities: 20_000, Relationships: 200_000, HubDegree: 100_000}
	warmupRounds = 3
)

// warmImport imports warmupRounds other ecosystems (other seeds) through `hkgraph import`,
// deleting each, so that the timed import, like every timed workload, runs after a warm-up and
// into an empty graph. It returns the first warm-up import's rate (a cold Neo4j's) and the
// records all of them imported.
func warmImport(ctx context.Context, hkBin, dir string, env []string, uri string, seed uint64, logLevel string, echo io.Writer) (rps float64, records int, err error) {
	d, err := driver(uri)
	if err != nil {
		return 0, 0, err
	}
	defer d.Close(ctx)
	for round := range warmupRounds {
		m, err := Generate(filepath.Join(dir, fmt.Sprint(round)), warmupScale, seed+1+uint64(round))
		if err != nil {
			return 0, 0, err
		}
		r, _, err := hkgraphImport(ctx, hkBin, env, m.Files, logLevel, echo)
		if err != nil {
			return 0, 0, fmt.Errorf("warm-up: %w", err)
		}
		if round == 0 {
			rps = r
		}
		if err := neo4jstore.New(d, neo4jstore.Options{}).DeleteGraph(ctx); err != nil {
			return 0, 0, fmt.Errorf("deleting the warm-up import: %w", err)
		}
		_ = os.RemoveAll(filepath.Dir(m.Files[0]))
		records += 1 + m.Entities + m.Relationships
	}
	return rps, records, nil
}

package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/hkgraph/hkgraph/loaders"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// runOfflineImport is `hkgraph import --offline`: a first load of the local database that
// `hkgraph dev` manages, through Neo4j's offline importer rather than transactions. The files
// are validated as an online import into an empty database validates them; the importer
// writes the store; then Neo4j starts on it, the migrations build the indexes and
// constraints, and the run is recorded as an online import records it.
func runOfflineImport(ctx context.Context, a *App, files []string) error {
	dataDir := a.Config.DataDir
	if a.Config.Neo4jSet {
		return fmt.Errorf("import --offline fills the local database that `hkgraph dev` manages (HKGRAPH_DATA_DIR=%s), "+
			"but NEO4J_URI is set (%s), and Neo4j's offline importer cannot write a Neo4j elsewhere: "+
			"import without --offline, or unset NEO4J_URI to fill the local database", dataDir, a.Config.Neo4jURI)
	}
	start := time.Now()
	plan, err := loaders.PrepareOffline(files)
	if err != nil {
		return err
	}
	validated := time.Since(start)
	opts := devdb.Options{DataDir: dataDir, Logger: a.Log}
	if f, ok := a.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		opts.Stdout = a.Stderr // the importer's progress
	}

	exists := devdb.DatabaseExists(dataDir)
	if exists {
		var n int64
		err := withLocalNeo4j(ctx, a, opts, func(st *neo4jstore.Store) (err error) {
			n, err = st.CountData(ctx)
			return err
		})
		if err != nil {
			return fmt.Errorf("import --offline: checking that the local database in %s is empty: %w", dataDir, err)
		}
		if n > 0 {
			return fmt.Errorf("import --offline only fills an empty database, and the local database in %s holds %d nodes: "+
				"import without --offline (it adds to and updates the graph), or move %s away to start afresh", dataDir, n, dataDir)
		}
	}

	work, err := os.MkdirTemp("", "hkgraph-offline-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	csvStart := time.Now()
	csv, err := neo4jstore.WriteOfflineCSV(work, plan.Graph)
	if err != nil {
		return err
	}
	csvTime := time.Since(csvStart)
	importer, importerCPU, err := devdb.OfflineImport(ctx, devdb.ImportOptions{Options: opts, Args: csv.Args, Overwrite: exists, WorkDir: work,
		Records: plan.Records()})
	if err != nil {
		return err
	}

	var neo4jStart, migrations time.Duration
	err = withLocalNeo4j(ctx, a, opts, func(st *neo4jstore.Store) error {
		neo4jStart = time.Since(start) - validated - csvTime - importer
		t := time.Now()
		if err := st.FinishOfflineImport(ctx, csv); err != nil {
			return err
		}
		if err := st.Migrate(ctx, a.Log); err != nil {
			return err
		}
		migrations = time.Since(t)
		return plan.Record(ctx, st)
	})
	if err != nil {
		return fmt.Errorf("import --offline: the importer filled %s, but %w", dataDir, err)
	}
	g := plan.Graph
	rps := float64(plan.Records()) / importer.Seconds()
	a.Log.Info("offline import finished", "runId", plan.RunID, "documents", len(g.Documents), "entities", len(g.Entities),
		"relationships", len(g.Relationships), "mentions", len(g.Mentions), "importerSeconds", importer.Seconds(),
		"recordsPerSecond", int(rps), "importerCPUSeconds", importerCPU.Seconds(), "validateSeconds", validated.Seconds(), "csvSeconds", csvTime.Seconds(),
		"neo4jStartSeconds", neo4jStart.Seconds(), "migrateSeconds", migrations.Seconds(), "totalSeconds", time.Since(start).Seconds())
	fmt.Fprintf(a.Stdout, "imported offline %d documents, %d entities, %d relationships (%d mentions) with Neo4j's importer in %.1fs "+
		"(%.0f records/s, its JVM start included; %.1fs of CPU); beside it: validation %.1fs, CSV files %.1fs, Neo4j start %.1fs, "+
		"empty lists, migrations and index builds %.1fs; run id %s\n",
		len(g.Documents), len(g.Entities), len(g.Relationships), len(g.Mentions), importer.Seconds(), rps, importerCPU.Seconds(),
		validated.Seconds(), csvTime.Seconds(), neo4jStart.Seconds(), migrations.Seconds(), plan.RunID)
	return nil
}

// withLocalNeo4j starts the local database on a free port, runs f on a store for bulk work,
// and stops it again.
func withLocalNeo4j(ctx context.Context, a *App, opts devdb.Options, f func(*neo4jstore.Store) error) error {
	inst, err := devdb.Start(ctx, opts)
	if err != nil {
		return fmt.Errorf("starting the local Neo4j (is `make run` using it? stop it first): %w", err)
	}
	defer func() {
		if err := inst.Stop(); err != nil {
			a.Log.Error("stopping the local Neo4j", "err", err)
		}
	}()
	local := *a
	local.Config.Neo4jURI = inst.URI()
	d, err := local.connect(ctx, 2*time.Minute)
	if err != nil {
		return err
	}
	defer d.Close(context.WithoutCancel(ctx))
	return f(local.loaderStore(d))
}

package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/hkgraph/hkgraph/internal/devdb"
)

// runDev is what `make run` runs: a local Neo4j (unless NEO4J_URI is set), migrations, the
// seed, and the server. Ctrl-C stops the server first, then the Neo4j it started.
func runDev(ctx context.Context, a *App, args []string) error {
	fs := newFlags("dev", a)
	seed := fs.Bool("seed", true, "load the seed dataset; -seed=false serves the database as it is (after a restore: docs/backup-and-restore.md)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := a.listen(); err != nil {
		return err
	}
	if !a.Config.Neo4jSet {
		inst, err := devdb.Start(ctx, devdb.Options{Port: a.Config.BoltPort, DataDir: a.Config.DataDir, Logger: a.Log})
		if err != nil {
			return fmt.Errorf("starting the local Neo4j: %w", err)
		}
		defer func() {
			a.Log.Info("stopping the local Neo4j")
			if err := inst.Stop(); err != nil {
				a.Log.Error("stopping the local Neo4j", "err", err)
			}
		}()
		a.Config.Neo4jURI = inst.URI()
	}
	d, err := a.connect(ctx, 2*time.Minute)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	if *seed {
		err = migrateAndSeed(ctx, a, a.loaderStore(d))
	} else {
		err = a.loaderStore(d).Migrate(ctx, a.Log)
	}
	if err != nil {
		return err
	}
	return serve(ctx, a, d)
}

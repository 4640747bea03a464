package cli

import (
	"context"
	"time"

	"github.com/hkgraph/hkgraph/loaders"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

func runMigrate(ctx context.Context, a *App, args []string) error {
	if err := newFlags("migrate", a).Parse(args); err != nil {
		return err
	}
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	return a.loaderStore(d).Migrate(ctx, a.Log)
}

func runSeed(ctx context.Context, a *App, args []string) error {
	if err := newFlags("seed", a).Parse(args); err != nil {
		return err
	}
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	return migrateAndSeed(ctx, a, a.loaderStore(d))
}

func migrateAndSeed(ctx context.Context, a *App, st *neo4jstore.Store) error {
	if err := st.Migrate(ctx, a.Log); err != nil {
		return err
	}
	_, err := loaders.Seed(ctx, st, a.Log)
	return err
}

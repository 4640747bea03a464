// Package cli implements hkgraph's subcommands. Each talks to the Neo4j at NEO4J_URI (default
// bolt://127.0.0.1:7687, the one `make run` starts); only `dev`, the `make run` launcher,
// starts a Neo4j of its own.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// App carries what every subcommand needs.
type App struct {
	Config config.Config
	Log    *slog.Logger
	Stdout io.Writer
	Stderr io.Writer

	listener net.Listener // opened early by `dev`; see listen
}

type command struct {
	name, usage string
	run         func(ctx context.Context, a *App, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "serve the GraphQL API (GraphiQL at /)", runServe},
		{"dev", "start a local Neo4j unless NEO4J_URI is set, migrate, seed and serve (make run)", runDev},
		{"migrate", "apply schema migrations (constraints and indexes)", runMigrate},
		{"seed", "migrate, then load the seed dataset (idempotent)", runSeed},
		{"import", "import entities and relationships from JSON or CSV files", runImport},
		{"export", "export the graph: json (lossless backup), graphml (Gephi) or csv", runExport},
		{"ingest", "store another article and link the entities it names", runIngest},
		{"apikey", "create, list or revoke API keys (create|list|revoke)", runAPIKey},
	}
}

// Usage prints the subcommands.
func Usage(w io.Writer) {
	fmt.Fprintln(w, "usage: hkgraph <command> [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nConfiguration comes from the environment; see README.md.")
}

// Run runs the subcommand named by args[0].
func (a *App) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		Usage(a.Stderr)
		return errors.New("no command given")
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, a, args[1:])
		}
	}
	Usage(a.Stderr)
	return fmt.Errorf("unknown command %q", args[0])
}

// NewLogger returns the structured logger the configuration asks for.
func NewLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	// Every line logged under a request carries its id (obs.LogHandler).
	if cfg.LogFormat == "text" {
		return slog.New(obs.NewLogHandler(slog.NewTextHandler(w, opts)))
	}
	return slog.New(obs.NewLogHandler(slog.NewJSONHandler(w, opts)))
}

// connect opens the driver and waits up to wait for Neo4j to answer.
func (a *App) connect(ctx context.Context, wait time.Duration) (neo4j.DriverWithContext, error) {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	d, err := neo4jstore.Connect(ctx, a.Config.Neo4jURI, a.Config.Neo4jUser, a.Config.Neo4jPassword)
	if err != nil {
		return nil, fmt.Errorf("%w\nIs Neo4j running? `make run` starts one; or set NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD) to yours", err)
	}
	return d, nil
}

func (a *App) store(d neo4j.DriverWithContext, m *obs.Metrics) *neo4jstore.Store {
	return neo4jstore.New(d, neo4jstore.Options{Database: a.Config.Neo4jDatabase, TxTimeout: a.Config.QueryTimeout, Metrics: m})
}

// newFlags returns a flag set whose errors come back rather than exit.
func newFlags(name string, a *App) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.Stderr)
	return fs
}

// describe turns coded errors into a line a user can act on.
func Describe(err error) string {
	var ke *kg.Error
	if errors.As(err, &ke) {
		if ke.Code == kg.CodeBadUserInput {
			return ke.Message
		}
		if ke.Err != nil {
			return fmt.Sprintf("%s: %s (%v)", ke.Code, ke.Message, ke.Err)
		}
		return ke.Code + ": " + ke.Message
	}
	return err.Error()
}

// loaderStore is a store for bulk work, whose transactions may take longer than a query's.
func (a *App) loaderStore(d neo4j.DriverWithContext) *neo4jstore.Store {
	return neo4jstore.New(d, neo4jstore.Options{Database: a.Config.Neo4jDatabase, TxTimeout: max(a.Config.QueryTimeout, 5*time.Minute)})
}

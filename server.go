// Command hkgraph serves a GraphQL knowledge graph of the Hong Kong innovation ecosystem on
// Neo4j. main only wires: configuration, logging and signals here, the work in internal/cli.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/internal/cli"
)

func main() {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hkgraph: configuration:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := &cli.App{Config: cfg, Log: cli.NewLogger(cfg, os.Stderr), Stdout: os.Stdout, Stderr: os.Stderr}
	if err := app.Run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hkgraph:", cli.Describe(err))
		os.Exit(1)
	}
}

// Command bench runs hkgraph's benchmark (bench/README.md): `make bench`, or `make bench
// QUICK=1` for a smaller ecosystem and shorter runs.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/hkgraph/hkgraph/bench"
)

func main() {
	// Its own flag set: a dependency (liuzl/gocc, via OpenCC) registers a global -dir flag.
	fs := flag.NewFlagSet("bench", flag.ExitOnError)
	quick := fs.Bool("quick", false, "smaller ecosystem (the 100k-degree hub stays) and shorter runs: about 5 minutes")
	entities := fs.Int("entities", 0, "override the number of entities")
	rels := fs.Int("relationships", 0, "override the number of relationships")
	hub := fs.Int("hub", 0, "override the hub's number of relationships")
	seed := fs.Uint64("seed", 1, "generator seed")
	warmup := fs.Duration("warmup", 0, "warm-up per server, workload and concurrency (default 3s; 0.5s quick)")
	duration := fs.Duration("duration", 0, "measured time per server, workload and concurrency (default 10s; 2.5s quick)")
	rounds := fs.Int("rounds", 0, "interleaved slices each measurement is cut into, the servers' order rotating (default 5; 3 quick)")
	peer := fs.String("peer", "auto", "run @neo4j/graphql: auto (when node and npm are installed), on or off")
	out := fs.String("out", "bench/results/latest.json", "where to write the JSON results")
	md := fs.String("results", "bench/RESULTS.md", "results file to append the table to (\"\" = none)")
	only := fs.String("only", "", "comma-separated workloads to check and time (default all), e.g. deal_flow,entity_filter,curation_writes")
	profile := fs.String("profile", "", "write Go CPU profiles of hkgraph and the driver endpoint for every measured slice into this directory")
	offlineOnly := fs.Bool("offline-only", false, "measure `hkgraph import --offline` of the ecosystem alone and print its line (writes no results)")
	importOnly := fs.Bool("import-only", false, "measure both imports of the ecosystem alone, `hkgraph import --offline` and then `hkgraph import` into a fresh Neo4j, and print their lines (writes no results)")
	importLog := fs.String("import-log", "", "hkgraph import's log `LEVEL` (debug shows its phase times; default warn, output hidden)")
	hkBin := fs.String("hkgraph", "", "run this hkgraph binary instead of building one (an A/B of two commits with one bench)")
	_ = fs.Parse(os.Args[1:])

	o := bench.Options{Mode: "full (make bench)", Scale: bench.FullScale, Seed: *seed, Warmup: 3 * time.Second,
		Duration: 10 * time.Second, Rounds: 5, Peer: *peer, JSON: *out, Markdown: *md, Log: os.Stderr}
	if *quick {
		o.Mode, o.Scale, o.Warmup, o.Duration, o.Rounds = "quick (make bench QUICK=1)", bench.QuickScale, 500*time.Millisecond, 2500*time.Millisecond, 3
	}
	o.ProfileDir = *profile
	o.HKBin = *hkBin
	o.ImportLog = *importLog
	if *only != "" {
		o.Only = strings.Split(*only, ",")
	}
	if *rounds > 0 {
		o.Rounds = *rounds
	}
	if *entities > 0 {
		o.Scale.Entities = *entities
	}
	if *rels > 0 {
		o.Scale.Relationships = *rels
	}
	if *hub > 0 {
		o.Scale.HubDegree = *hub
	}
	if *warmup > 0 {
		o.Warmup = *warmup
	}
	if *duration > 0 {
		o.Duration = *duration
	}
	repo, err := filepath.Abs(".")
	if err == nil {
		_, err = os.Stat(filepath.Join(repo, "go.mod"))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: run from the repository root (make bench)")
		os.Exit(2)
	}
	o.Repo = repo
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	if *offlineOnly || *importOnly {
		rep, err := bench.RunImports(ctx, o, *importOnly)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		fmt.Print(rep.ImportLine() + rep.OfflineLine())
		return
	}
	rep, err := bench.Run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	fmt.Print(rep.Markdown())
	fmt.Fprintf(os.Stderr, "bench: done in %s; results in %s and %s\n", time.Since(start).Round(time.Second), *out, *md)
}

// Command benchdriver is the bench's floor: bench.DriverHandler on a plain net/http server,
// answering each workload with the neo4jstore.Store calls hkgraph makes for it.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 benchdriver -addr 127.0.0.1:8081
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hkgraph/hkgraph/bench"
	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8081", "listen address")
	pprofAddr := flag.String("pprof", "", "serve Go's profiler on this address (the bench's -profile)")
	flag.Parse()
	if *pprofAddr != "" {
		// net/http/pprof registers on the default mux, which only this listener serves.
		srv := &http.Server{Addr: *pprofAddr, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.ListenAndServe() }()
	}
	if err := run(*addr); err != nil {
		fmt.Fprintln(os.Stderr, "benchdriver:", err)
		os.Exit(1)
	}
}

func run(addr string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return err
	}
	connectCtx, cancel := context.WithTimeout(ctx, 60*time.Second)
	d, err := neo4jstore.Connect(connectCtx, cfg.Neo4jURI, cfg.Neo4jUser, cfg.Neo4jPassword)
	cancel()
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	// The same store settings as `hkgraph serve`, without metrics.
	st := neo4jstore.New(d, neo4jstore.Options{Database: cfg.Neo4jDatabase, TxTimeout: cfg.QueryTimeout})
	srv := &http.Server{Addr: addr, Handler: bench.DriverHandler(st), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		return err
	}
	return nil
}

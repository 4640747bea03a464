// Command withneo4j runs a command against one throw-away Neo4j:
//
//	go run ./internal/tools/withneo4j -- go test ./...
//
// It starts Neo4j via internal/devdb on a free port with a temp data dir, runs
// the command with HKGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:PORT added to its
// environment, then stops Neo4j, deletes the data dir (also after Ctrl-C) and
// exits with the command's exit code.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/hkgraph/hkgraph/internal/testdb"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: withneo4j -- CMD [ARGS...]")
		return 2
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil)).With("tool", "withneo4j")

	// Handle Ctrl-C / SIGTERM ourselves from here on so that cleanup always
	// runs. During start-up a signal aborts the start. While CMD runs, a
	// terminal's Ctrl-C reaches CMD directly (same process group): we wait for
	// it to finish, then clean up. A SIGTERM sent to us alone is passed on.
	var child atomic.Pointer[os.Process]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		for s := range sigs {
			cancel()
			if p := child.Load(); p != nil && s == syscall.SIGTERM {
				p.Signal(s)
			}
		}
	}()

	dir, err := os.MkdirTemp("", "hkgraph-withneo4j-")
	if err != nil {
		log.Error("temp dir", "err", err)
		return 1
	}
	defer os.RemoveAll(dir)

	inst, err := devdb.Start(ctx, devdb.Options{DataDir: dir, Stderr: os.Stderr, Logger: log})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() {
		if err := inst.Stop(); err != nil {
			log.Error("stopping Neo4j", "err", err)
		}
	}()

	if ctx.Err() != nil {
		return 130
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), testdb.EnvURI+"="+inst.URI())
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "withneo4j:", err)
		return 127
	}
	child.Store(cmd.Process)

	err = cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	default:
		fmt.Fprintln(os.Stderr, "withneo4j:", err)
		return 1
	}
}

package bench

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// settle lets Neo4j finish what an import leaves behind before anything is timed: indexes
// online, statistics resampled now (not by the background sampler in the middle of a timed
// run — it rescans whole indexes), and then, when the bench started Neo4j itself (pid > 0),
// its CPU idle for a second (Community has no db.checkpoint to force the rest). Without this
// the first server timed pays for the import.
func settle(ctx context.Context, uri string, pid int, logf func(string, ...any)) error {
	d, err := driver(uri)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	run := func(cypher string) error {
		_, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer)
		return err
	}
	if err := run("CALL db.awaitIndexes(300)"); err != nil {
		return fmt.Errorf("waiting for Neo4j's indexes after the import: %w", err)
	}
	if err := run("CALL db.resampleOutdatedIndexes()"); err != nil {
		logf("resampling Neo4j's index statistics: %v (carrying on)", err)
	}
	if pid <= 0 {
		sleep(ctx, 5*time.Second)
		return nil
	}
	start := time.Now()
	for time.Since(start) < 2*time.Minute && ctx.Err() == nil {
		before := cpuSeconds(pid)
		sleep(ctx, time.Second)
		if busy := cpuSeconds(pid) - before; busy < 0.05 {
			logf("Neo4j idle after %.0fs", time.Since(start).Seconds())
			return nil
		}
	}
	logf("Neo4j still busy after %.0fs; timing anyway", time.Since(start).Seconds())
	return nil
}

// cpuSeconds is the user + system CPU time a process has used (Linux /proc).
func cpuSeconds(pid int) float64 {
	return statCPU(fmt.Sprintf("/proc/%d/stat", pid))
}

// jitSeconds is the CPU time a JVM's compiler threads (C1 and C2) have used: what a timed
// workload pays while the JIT still compiles.
func jitSeconds(pid int) float64 {
	tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	total := 0.0
	for _, t := range tasks {
		comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/comm", pid, t.Name()))
		if strings.HasPrefix(string(comm), "C1 CompilerThre") || strings.HasPrefix(string(comm), "C2 CompilerThre") {
			total += statCPU(fmt.Sprintf("/proc/%d/task/%s/stat", pid, t.Name()))
		}
	}
	return total
}

// statCPU reads utime + stime from a /proc stat file, in seconds (0 when unreadable).
func statCPU(path string) float64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) in parentheses: utime and stime
	// are the 12th and 13th of them.
	rest := string(b)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 {
		rest = rest[i+1:]
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	s, _ := strconv.ParseFloat(f[12], 64)
	return (u + s) / 100 // clock ticks; USER_HZ is 100 on Linux
}

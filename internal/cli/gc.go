package cli

import (
	"log/slog"
	"os"
	"runtime/debug"
)

// Serving allocates a little per field and keeps little: the live heap is a few MB, so Go's
// default (collect whenever the heap doubles) runs the collector hundreds of times a second
// under load — a fifth of the server's CPU in the bench's profiles (bench/RESULTS.md). serve
// collects at 5× the live heap instead, with a soft limit that keeps the process well under
// its memory budget. GOGC and GOMEMLIMIT, when set, win.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 192 << 20
)

func tuneGC(log *slog.Logger) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	// SetMemoryLimit with a negative value reads the limit without changing it.
	log.Debug("garbage collector", "GOGC", os.Getenv("GOGC"), "memoryLimitBytes", debug.SetMemoryLimit(-1))
}

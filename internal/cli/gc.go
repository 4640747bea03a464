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

// Reading and validating an import's files (single-threaded, before the first batch and
// inside the import's time) allocates much short-lived garbage: at the Go default of 100 the
// collector took about a third of it. 400 trades heap for that time (the full bench's 1.1M
// records: validation ~10 → ~7.5 s, peak RSS 1.3 → 2.0 GB).
const importGCPercent = 400

// setGCPercent sets the collector's target unless GOGC is set, which wins.
func setGCPercent(p int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(p)
	}
}

func tuneGC(log *slog.Logger) {
	setGCPercent(serveGCPercent)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	// SetMemoryLimit with a negative value reads the limit without changing it.
	log.Debug("garbage collector", "GOGC", os.Getenv("GOGC"), "memoryLimitBytes", debug.SetMemoryLimit(-1))
}

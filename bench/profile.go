package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Where hkgraph spends its time next to the driver endpoint: each server's CPU time per
// request (from /proc, cpuSeconds, always) and, with Options.ProfileDir, Go CPU profiles of both for
// every measured slice (`go run ./bench/cmd/bench -profile DIR`, then `go tool pprof`).

// profileCPU fetches a CPU profile of d from a Go server's pprof address into path; the
// returned function waits for it.
func profileCPU(ctx context.Context, pprofAddr string, d time.Duration, path string, logf func(string, ...any)) func() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		secs := max(1, int((d+time.Second-1)/time.Second))
		url := fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", pprofAddr, secs)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := (&http.Client{Timeout: time.Duration(secs+30) * time.Second}).Do(req)
		if err != nil {
			logf("profile %s: %v", filepath.Base(path), err)
			return
		}
		defer resp.Body.Close()
		f, err := os.Create(path)
		if err == nil {
			_, err = io.Copy(f, resp.Body)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			logf("profile %s: %v", filepath.Base(path), err)
		}
	}()
	return func() { <-done }
}

func deref(v *float64) float64 {
	if v == nil {
		return 0
	}
	return *v
}

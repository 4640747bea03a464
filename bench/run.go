package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hkgraph/hkgraph/internal/devdb"
)

// Options configure a bench run.
type Options struct {
	Repo        string        // the repository root (holds go.mod and bench/peer)
	Mode        string        // "full", "quick" or "smoke": a label for the results
	Scale       Scale         //
	Seed        uint64        //
	Warmup      time.Duration // per server, workload and concurrency
	Duration    time.Duration // measured, likewise
	Concurrency []int         // default 1 and 32
	// Rounds splits each measurement into this many interleaved slices per server (default 1).
	Rounds int
	// Neo4jURI: use this (empty) Neo4j instead of starting one; the import writes into it.
	Neo4jURI string
	Peer     string // "auto" (when node and npm are on PATH), "on" or "off"
	JSON     string // where to write the results ("" = nowhere)
	Markdown string // a results file to append the table to ("" = nowhere)
	// Only, when set, names the workloads to check and time (the rest are skipped).
	Only []string
	// ProfileDir, when set, receives Go CPU profiles of hkgraph and the driver endpoint for
	// every measured slice (<workload>-c<c>-<server>-r<round>.pprof).
	ProfileDir string
	// HKBin, when set, is the hkgraph binary to run instead of building one from Repo (an A/B
	// of two commits with one bench).
	HKBin string
	// ImportLog is `hkgraph import`'s log level (default warn); at any other level its output,
	// phase times included, is copied to Log.
	ImportLog string
	Log       io.Writer
}

// Report is the machine-readable result (bench/results/latest.json).
type Report struct {
	Workloads         []WorkloadReport `json:"workloads"`
	HubPagingRatio    float64          `json:"hub_paging_ratio"`
	ImportRecordsPerS float64          `json:"import_records_per_s"`
	// ImportOfflineRecordsPerS is `hkgraph import --offline` of the run's own dataset into a
	// local database of its own: records ÷ Neo4j's importer's wall time, its JVM start
	// included (0 when the bench runs on a Neo4j it did not start).
	ImportOfflineRecordsPerS float64 `json:"import_offline_records_per_s"`

	meta          meta
	hub100, hubC1 *Stats
	canonical     map[string]string
	peerFailures  map[string]string // workload → why the peer's answer was wrong or missing
	importSeconds float64
	importRecords int
	warmupRPS     float64 // the warm-up import's throughput (0: none)
	warmupRecords int
	offline       offlineImport
}

// WorkloadReport is one workload at one concurrency on the three servers.
type WorkloadReport struct {
	Name         string `json:"name"`
	Concurrency  int    `json:"concurrency"`
	Hkgraph      *Stats `json:"hkgraph"`
	Neo4jGraphQL *Stats `json:"neo4j_graphql"`
	Driver       *Stats `json:"driver"`
	// NoPeer says why the peer does not run this workload (absent: it does).
	NoPeer string `json:"no_peer,omitempty"`
}

type meta struct {
	date, mode, machine, versions, commit string
	manifest                              *Manifest
}

// runner carries one run through its phases.
type runner struct {
	o             Options
	tmp           string
	rep           *Report
	logf          func(format string, args ...any)
	hkBin, drvBin string
	usePeer       bool
	peerDir       string
	m             *Manifest
	uri           string
	neo4jPid      int
	env           []string
	hkAddr        string
	targets       []target
	keys          []string          // the editors' API keys, for curation_writes
	pprofAddrs    map[string]string // server → its Go profiler's address (with ProfileDir)
	stops         []func()          // run in reverse at the end
}

// Run generates the ecosystem, starts Neo4j and the three servers, checks that they agree,
// times every workload and writes the results.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Log == nil {
		o.Log = io.Discard
	}
	if len(o.Concurrency) == 0 {
		o.Concurrency = []int{1, 32}
	}
	tmp, err := os.MkdirTemp("", "hkgraph-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	r := newRunner(o, tmp)
	defer r.stop()
	for _, phase := range []func(context.Context) error{
		r.build, r.buildServers, r.generate, r.importOffline, r.startNeo4j, r.importOnline, r.editorKeys, r.startServers, r.checkAgreement,
		r.timeWorkloads, r.hubRatio,
	} {
		if err := phase(ctx); err != nil {
			return r.rep, err
		}
	}
	return r.rep, r.write()
}

// RunImports measures the imports of the ecosystem alone, no servers and nothing written but
// the log: `hkgraph import --offline` into a database of its own, and with online also
// `hkgraph import` into a fresh Neo4j after its warm-up import, as Run does
// (`go run ./bench/cmd/bench -offline-only` or `-import-only`).
func RunImports(ctx context.Context, o Options, online bool) (*Report, error) {
	if o.Log == nil {
		o.Log = io.Discard
	}
	tmp, err := os.MkdirTemp("", "hkgraph-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	r := newRunner(o, tmp)
	defer r.stop()
	phases := []func(context.Context) error{r.build, r.generate, r.importOffline}
	if online {
		phases = append(phases, r.startNeo4j, r.importOnline)
	}
	for _, phase := range phases {
		if err := phase(ctx); err != nil {
			return r.rep, err
		}
	}
	return r.rep, nil
}

func newRunner(o Options, tmp string) *runner {
	r := &runner{o: o, tmp: tmp, peerDir: filepath.Join(o.Repo, "bench", "peer"),
		rep:  &Report{canonical: map[string]string{}, peerFailures: map[string]string{}},
		logf: func(format string, args ...any) { fmt.Fprintf(o.Log, "bench: "+format+"\n", args...) }}
	r.rep.meta.date = time.Now().UTC().Format("2006-01-02 15:04 UTC")
	r.rep.meta.mode = o.Mode
	return r
}

// stop stops what the phases started, last first.
func (r *runner) stop() {
	for i := len(r.stops) - 1; i >= 0; i-- {
		r.stops[i]()
	}
}

// build compiles hkgraph.
func (r *runner) build(ctx context.Context) error {
	if r.o.HKBin != "" {
		r.logf("using %s", r.o.HKBin)
		r.hkBin = r.o.HKBin
		return nil
	}
	r.logf("building hkgraph")
	r.hkBin = filepath.Join(r.tmp, "hkgraph")
	return goBuild(ctx, r.o.Repo, r.hkBin, ".")
}

// buildServers compiles the driver endpoint and installs the peer.
func (r *runner) buildServers(ctx context.Context) error {
	r.logf("building the driver endpoint")
	r.drvBin = filepath.Join(r.tmp, "benchdriver")
	if err := goBuild(ctx, r.o.Repo, r.drvBin, "./bench/cmd/benchdriver"); err != nil {
		return err
	}
	r.usePeer = r.o.Peer == "on" || (r.o.Peer != "off" && nodeAvailable())
	if !r.usePeer {
		r.logf("no peer: node/npm not found or -peer=off")
		return nil
	}
	return peerInstall(ctx, r.peerDir, r.o.Log)
}

// generate writes the ecosystem's files.
func (r *runner) generate(context.Context) error {
	sc := r.o.Scale
	r.logf("generating the ecosystem: %d entities, %d relationships, a hub of %d", sc.Entities, sc.Relationships, sc.HubDegree)
	m, err := Generate(filepath.Join(r.tmp, "data"), sc, r.o.Seed)
	r.m, r.rep.meta.manifest = m, m
	return err
}

// importOffline loads the ecosystem with `hkgraph import --offline` into a local database of
// its own, before the shared Neo4j starts (the importer wants the machine to itself too).
func (r *runner) importOffline(ctx context.Context) error {
	if r.o.Neo4jURI != "" {
		return nil // not our Neo4j: no local database to fill
	}
	r.logf("importing through `hkgraph import --offline` into a database of its own")
	off, err := hkgraphImportOffline(ctx, r.hkBin, r.o.Repo, filepath.Join(r.tmp, "offline"), r.m.Files)
	if err != nil {
		return err
	}
	r.rep.offline, r.rep.ImportOfflineRecordsPerS = off, off.rps
	r.logf("offline import: %.0f records/s (importer %.1fs, its JVM start included); Neo4j start %.1fs, migrations and index builds %.1fs",
		off.rps, off.importer, off.neo4jStart, off.migrations)
	return os.RemoveAll(filepath.Join(r.tmp, "offline"))
}

// startNeo4j starts the Neo4j all three servers share, unless the options name one.
func (r *runner) startNeo4j(ctx context.Context) error {
	r.uri = r.o.Neo4jURI
	if r.uri == "" {
		r.logf("starting Neo4j")
		// Sized as Neo4j's memory guide would for a graph of this size on this machine (the
		// dev database's 1 GB heap spends a core on garbage collection under the import and
		// the 32-client runs); all three servers share it.
		inst, err := devdb.Start(ctx, devdb.Options{Port: 0, DataDir: filepath.Join(r.tmp, "neo4j"), RepoRoot: r.o.Repo, Stderr: io.Discard,
			HeapMB: benchHeapMB, PageCacheMB: benchPageCacheMB})
		if err != nil {
			return err
		}
		r.stops = append(r.stops, func() { _ = inst.Stop() })
		r.uri, r.neo4jPid = inst.URI(), inst.Pid()
	}
	r.env = []string{"NEO4J_URI=" + r.uri}
	return nil
}

// importOnline times `hkgraph import` into the shared Neo4j, after a warm-up import.
func (r *runner) importOnline(ctx context.Context) error {
	rep := r.rep
	var err error
	if r.o.Scale.Relationships > SmokeScale.Relationships { // not for the smoke test's tiny graph
		r.logf("warming up: importing and deleting %d ecosystems of %d records", warmupRounds, 1+warmupScale.Entities+warmupScale.Relationships)
		if rep.warmupRPS, rep.warmupRecords, err = warmImport(ctx, r.hkBin, filepath.Join(r.tmp, "warmup"), r.env, r.uri, r.o.Seed, r.o.ImportLog, r.o.Log); err != nil {
			return err
		}
		r.logf("warm-up imports: %d records, the first at %.0f records/s (a cold Neo4j)", rep.warmupRecords, rep.warmupRPS)
	}
	r.logf("importing through `hkgraph import`")
	neo4jCPU, jit := cpuSeconds(r.neo4jPid), jitSeconds(r.neo4jPid)
	if rep.ImportRecordsPerS, rep.importSeconds, err = hkgraphImport(ctx, r.hkBin, r.env, r.m.Files, r.o.ImportLog, r.o.Log); err != nil {
		return err
	}
	neo4jCPU, jit = cpuSeconds(r.neo4jPid)-neo4jCPU, jitSeconds(r.neo4jPid)-jit
	rep.importRecords = 1 + r.m.Entities + r.m.Relationships
	r.logf("imported %d records in %.1fs: %.0f records/s; Neo4j's CPU meanwhile %.1fs, of which its JIT compiler's %.1fs",
		rep.importRecords, rep.importSeconds, rep.ImportRecordsPerS, neo4jCPU, jit)
	// Let Neo4j write the import out before anything is timed.
	return settle(ctx, r.uri, r.neo4jPid, r.logf)
}

// editorKeys creates the API keys curation_writes' editors write with.
func (r *runner) editorKeys(ctx context.Context) error {
	var err error
	r.keys, err = createEditorKeys(ctx, r.hkBin, r.env)
	return err
}

// workloads are the timed workloads in order: the reads, then the writes (last, so no read
// sees what they add).
func (r *runner) workloads() []workload {
	all := append(readWorkloads(r.m), curationWritesWorkload(r.m, r.keys))
	if len(r.o.Only) == 0 {
		return all
	}
	return slices.DeleteFunc(all, func(w workload) bool { return !slices.Contains(r.o.Only, w.name) })
}

// startServers starts hkgraph, the driver endpoint and the peer, and waits until they answer.
func (r *runner) startServers(ctx context.Context) error {
	var err error
	if r.hkAddr, err = freeAddr(); err != nil {
		return err
	}
	hkEnv := append(r.env, "HKGRAPH_ADDR="+r.hkAddr, "HKGRAPH_ENV=production", "HKGRAPH_RATE_LIMIT=0", "HKGRAPH_RATE_LIMIT_AUTHENTICATED=0")
	drvArgs := []string{r.drvBin, "-addr", ""}
	if r.o.ProfileDir != "" {
		if err := os.MkdirAll(r.o.ProfileDir, 0o755); err != nil {
			return err
		}
		r.pprofAddrs = map[string]string{}
		for _, s := range []string{"hkgraph", "driver"} {
			if r.pprofAddrs[s], err = freeAddr(); err != nil {
				return err
			}
		}
		hkEnv = append(hkEnv, "HKGRAPH_PPROF_ADDR="+r.pprofAddrs["hkgraph"])
		drvArgs = append(drvArgs, "-pprof", r.pprofAddrs["driver"])
	}
	hk, err := start("hkgraph", r.tmp, hkEnv, r.o.Repo, r.hkBin, "serve")
	if err != nil {
		return err
	}
	r.stops = append(r.stops, hk.stop)
	drvAddr, err := freeAddr()
	if err != nil {
		return err
	}
	drvArgs[2] = drvAddr
	drv, err := start("driver", r.tmp, r.env, r.o.Repo, drvArgs...)
	if err != nil {
		return err
	}
	r.stops = append(r.stops, drv.stop)
	r.targets = []target{{server: "hkgraph", url: "http://" + r.hkAddr + "/graphql", pid: hk.pid()}}
	if err := hk.waitHTTP(ctx, 60*time.Second, getOK("http://"+r.hkAddr+"/readyz")); err != nil {
		return err
	}
	if err := drv.waitHTTP(ctx, 60*time.Second, getOK("http://"+drvAddr+"/healthz")); err != nil {
		return err
	}
	if r.usePeer {
		peerAddr, err := freeAddr()
		if err != nil {
			return err
		}
		port := peerAddr[strings.LastIndex(peerAddr, ":")+1:]
		peer, err := start("neo4j-graphql", r.tmp, append(r.env, "PORT="+port, "NODE_ENV=production"), r.peerDir, "node", "server.mjs")
		if err != nil {
			return err
		}
		r.stops = append(r.stops, peer.stop)
		url := "http://" + peerAddr + "/"
		if err := peer.waitHTTP(ctx, 120*time.Second, postOK(url, "{ __typename }")); err != nil {
			return err
		}
		r.targets = append(r.targets, target{server: "neo4j_graphql", url: url, pid: peer.pid()})
	}
	r.targets = append(r.targets, target{server: "driver", url: "http://" + drvAddr, pid: drv.pid()})
	r.rep.meta.machine, r.rep.meta.versions, r.rep.meta.commit = machine(), versions(ctx, r.o.Repo, r.peerDir, r.usePeer, r.uri, r.neo4jPid > 0), commit(r.o.Repo)
	return nil
}

// checkAgreement asks every server every workload once, before timing: the same results
// from all three (a peer failing a workload is recorded, not fatal).
func (r *runner) checkAgreement(ctx context.Context) error {
	rep := r.rep
	all := append(r.workloads(), degree100Workload(r.m))
	for _, w := range all {
		var want string
		for _, t := range r.targets {
			if t.server == "neo4j_graphql" && w.peerCannot != "" {
				continue
			}
			body, err := fetch(ctx, t, w)
			var got string
			if err == nil {
				if got, err = w.canonical(t.server, body); err != nil {
					err = fmt.Errorf("%s %s: %w (%.300s)", t.server, w.name, err, body)
				}
			}
			if err == nil && want != "" && got != want {
				err = fmt.Errorf("%s answers %s differently:\n  %s: %s\n  %s: %s", t.server, w.name, r.targets[0].server, want, t.server, got)
			}
			if err != nil && t.server == "neo4j_graphql" {
				// The peer failing a workload is a result, not a broken bench: it is reported
				// and not timed (a query that exhausts Neo4j's memory would disturb the rest).
				r.logf("the peer fails %s: %v", w.name, err)
				rep.peerFailures[w.name] = oneLine(err.Error())
				continue
			}
			if err != nil {
				return fmt.Errorf("checking results: %w", err)
			}
			if want == "" {
				want = got
				rep.canonical[w.name] = got
			}
		}
		if err := checkExpected(r.m, w.name, want); err != nil {
			return err
		}
	}
	r.logf("all %d servers return the same results for %d workloads", len(r.targets), len(all))
	return nil
}

// timeWorkloads times each workload at each concurrency on the servers in rounds (A B C,
// B C A, C A B, …), each round a slice of the measured time, the order rotated from one round
// and one block to the next. A shared machine's noise (another process, a checkpoint, the
// JIT) comes and goes within seconds; interleaving spreads it over all three servers instead
// of landing on whichever ran at that moment.
func (r *runner) timeWorkloads(ctx context.Context) error {
	block := 0
	for _, w := range r.workloads() {
		cs := r.o.Concurrency
		if w.concurrency != nil {
			cs = w.concurrency
		}
		for _, c := range cs {
			wr := r.timeWorkload(ctx, w, c, block)
			block++
			r.rep.Workloads = append(r.rep.Workloads, wr)
			if w.name == "hub" && c == 1 {
				r.rep.hubC1 = wr.Hkgraph
			}
		}
		if w.next != nil {
			// The writes' audit events must still number 1, 2, 3, … with no gap.
			if err := checkAuditGapFree(ctx, r.uri, r.logf); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// timeWorkload times w at concurrency c on every server, in rounds starting at block's server.
func (r *runner) timeWorkload(ctx context.Context, w workload, c, block int) WorkloadReport {
	rounds := max(r.o.Rounds, 1)
	wr := WorkloadReport{Name: w.name, Concurrency: c, NoPeer: w.peerCannot}
	acc := map[string]*Stats{}
	cpu := map[string]float64{}
	var roundTrips float64
	for round := range rounds {
		lo := loadOptions{Concurrency: c, Warmup: r.o.Warmup, Duration: r.o.Duration / time.Duration(rounds)}
		if round > 0 {
			lo.Warmup = min(r.o.Warmup, 300*time.Millisecond) // refill the pipeline only
		}
		k := (block + round) % len(r.targets)
		for _, t := range append(append([]target{}, r.targets[k:]...), r.targets[:k]...) {
			if t.server == "neo4j_graphql" && (r.rep.peerFailures[w.name] != "" || w.peerCannot != "") {
				continue
			}
			var before float64
			if t.server == "hkgraph" {
				before, _ = requestRoundTrips(ctx, "http://"+r.hkAddr)
			}
			wait := func() {}
			if a := r.pprofAddrs[t.server]; a != "" {
				wait = profileCPU(ctx, a, lo.Warmup+lo.Duration, filepath.Join(r.o.ProfileDir,
					fmt.Sprintf("%s-c%d-%s-r%d.pprof", w.name, c, t.server, round)), r.logf)
			}
			cpu0 := cpuSeconds(t.pid)
			st := runLoad(ctx, t, w, lo)
			cpu[t.server] += cpuSeconds(t.pid) - cpu0
			wait()
			if t.server == "hkgraph" {
				after, _ := requestRoundTrips(ctx, "http://"+r.hkAddr)
				roundTrips += after - before
			}
			if acc[t.server] == nil {
				acc[t.server] = &Stats{}
			}
			acc[t.server].add(st)
		}
	}
	for _, t := range r.targets {
		st := acc[t.server]
		if st == nil && w.peerCannot != "" {
			continue // not the peer's workload: null, the note says why
		}
		if st == nil { // the peer failed this workload: the JSON keeps its shape
			zero := 0.0
			wr.Neo4jGraphQL = &Stats{Errors: 1, RSSMB: &zero, failed: r.rep.peerFailures[w.name]}
			continue
		}
		st.finish()
		if cpu[t.server] > 0 && st.allCalls > 0 {
			v := round(1000*cpu[t.server]/float64(st.allCalls), 3)
			st.CPUMs = &v
		}
		r.logf("%-6s c=%-2d %-13s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  CPU %s ms/req  errors %d %s", w.name, c, t.server, st.RPS, st.P50, st.P99,
			num(st, func(s *Stats) float64 { return deref(s.CPUMs) }, "%.2f"), st.Errors, st.firstErr)
		switch t.server {
		case "hkgraph":
			if st.allCalls > 0 {
				rt := round(roundTrips/float64(st.allCalls), 2)
				st.RoundTrips = &rt
			}
			wr.Hkgraph = st
		case "neo4j_graphql":
			wr.Neo4jGraphQL = st
		case "driver":
			st.RSSMB = nil
			wr.Driver = st
		}
	}
	return wr
}

// hubRatio times page 1 on the hub against page 1 on a 100-relationship node.
func (r *runner) hubRatio(ctx context.Context) error {
	rep := r.rep
	rep.hub100 = runLoad(ctx, r.targets[0], degree100Workload(r.m), loadOptions{Concurrency: 1, Warmup: r.o.Warmup, Duration: r.o.Duration}).finish()
	if rep.hubC1 != nil && rep.hub100.P50 > 0 {
		rep.HubPagingRatio = round(rep.hubC1.P50/rep.hub100.P50, 2)
		r.logf("hub paging ratio %.2f (p50 %.2f ms on %d relationships, %.2f ms on 100)", rep.HubPagingRatio, rep.hubC1.P50, r.m.HubDegree, rep.hub100.P50)
	}
	return nil
}

// write writes the JSON results and appends the Markdown table.
func (r *runner) write() error {
	if r.o.JSON != "" {
		if err := os.MkdirAll(filepath.Dir(r.o.JSON), 0o755); err != nil {
			return err
		}
		b, _ := json.MarshalIndent(r.rep, "", "  ")
		if err := os.WriteFile(r.o.JSON, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	if r.o.Markdown != "" {
		f, err := os.OpenFile(r.o.Markdown, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, r.rep.Markdown())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	return nil
}

// checkExpected checks the agreed results against what the generator made.
func checkExpected(m *Manifest, name, canonical string) error {
	switch name {
	case "hub", "hub100":
		var r entityResult
		_ = json.Unmarshal([]byte(canonical), &r)
		want := m.HubDegree
		if name == "hub100" {
			want = m.Degree100
		}
		if r.Total == nil || *r.Total != want || len(r.Rels) != 20 {
			return fmt.Errorf("%s: total %v and %d relationships; want %d and 20", name, r.Total, len(r.Rels), want)
		}
	case "entity":
		var r entityResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if len(r.Rels) != min(10, m.EntityDegree) {
			return fmt.Errorf("entity: %d relationships, want %d", len(r.Rels), min(10, m.EntityDegree))
		}
	case "search":
		var r searchResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if len(r.IDs) != m.SearchHits {
			return fmt.Errorf("search: %d hits, want %d", len(r.IDs), m.SearchHits)
		}
	case "path":
		var r pathResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if r.Length != m.PathLength {
			return fmt.Errorf("path: length %d, want %d", r.Length, m.PathLength)
		}
	case "deal_flow", "entity_filter":
		return checkDealsAndFilter(m, name, canonical)
	case "list":
		var r listResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if len(r.IDs) != 20 || r.Total < 20 {
			return fmt.Errorf("list: %d of %d, want 20 of at least 20", len(r.IDs), r.Total)
		}
	}
	return nil
}

var importLine = regexp.MustCompile(`in \d+ batches \(([0-9.]+)s, ([0-9.]+) records/s\)`)

// hkgraphImport runs `hkgraph import` on files and returns its throughput and duration.
// At a log level other than warn (Options.ImportLog), the import's output is copied to echo.
func hkgraphImport(ctx context.Context, hkBin string, env, files []string, level string, echo io.Writer) (rps, seconds float64, err error) {
	imp := exec.CommandContext(ctx, hkBin, append([]string{"import"}, files...)...)
	if level == "" {
		level = "warn"
	}
	imp.Env = append(os.Environ(), append(env, "HKGRAPH_LOG_LEVEL="+level)...)
	out, err := imp.CombinedOutput()
	if level != "warn" {
		echo.Write(out)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("hkgraph import: %v\n%s", err, out)
	}
	return parseImport(string(out))
}

func parseImport(out string) (rps, seconds float64, err error) {
	mm := importLine.FindStringSubmatch(out)
	if mm == nil {
		return 0, 0, errors.New("hkgraph import printed no summary:\n" + out)
	}
	seconds, _ = strconv.ParseFloat(mm[1], 64)
	rps, _ = strconv.ParseFloat(mm[2], 64)
	return rps, seconds, nil
}

// machine describes the computer: cores, memory, CPU model.
func machine() string {
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(l, "MemTotal:"); ok {
				kb, _ := strconv.ParseFloat(strings.Fields(rest)[0], 64)
				mem = fmt.Sprintf("%.0f GiB", kb/1024/1024)
			}
		}
	}
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(l, "model name"); ok {
				model = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
				break
			}
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return fmt.Sprintf("%d cores (%s), %s memory, %s/%s; load average at the end %s", runtime.NumCPU(), model, mem, runtime.GOOS, runtime.GOARCH, load)
}

// The bench's own Neo4j's memory.
const benchHeapMB, benchPageCacheMB = 4096, 2048

func versions(ctx context.Context, repo, peerDir string, peer bool, uri string, ownNeo4j bool) string {
	run := func(name string, args ...string) string {
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir = repo
		b, err := cmd.Output()
		if err != nil {
			return "?"
		}
		return strings.TrimSpace(string(b))
	}
	goVer := run("go", "env", "GOVERSION")
	driverVer := run("go", "list", "-m", "-f", "{{.Version}}", "github.com/neo4j/neo4j-go-driver/v5")
	gqlgenVer := run("go", "list", "-m", "-f", "{{.Version}}", "github.com/99designs/gqlgen")
	neo := neo4jVersion(ctx, uri)
	setup := "an existing instance"
	if ownNeo4j {
		setup = fmt.Sprintf("devdb, %d GB heap, %d GB page cache", benchHeapMB/1024, benchPageCacheMB/1024)
	}
	s := fmt.Sprintf("Neo4j %s (%s), %s, neo4j-go-driver %s, gqlgen %s", neo, setup, goVer, driverVer, gqlgenVer)
	if peer {
		pkg := func(name string) string {
			var p struct {
				Version string `json:"version"`
			}
			b, _ := os.ReadFile(filepath.Join(peerDir, "node_modules", filepath.FromSlash(name), "package.json"))
			_ = json.Unmarshal(b, &p)
			return p.Version
		}
		s += fmt.Sprintf(", @neo4j/graphql %s, @apollo/server %s, neo4j-driver (JS) %s, Node %s", pkg("@neo4j/graphql"),
			pkg("@apollo/server"), pkg("neo4j-driver"), strings.TrimPrefix(run("node", "--version"), "v"))
	}
	return s
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func commit(repo string) string {
	cmd := exec.Command("git", "describe", "--always", "--dirty")
	cmd.Dir = repo
	b, err := cmd.Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}

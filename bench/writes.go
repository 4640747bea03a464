package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The curation_writes workload: editors upserting entities and adding relationships through
// the API, each write one transaction with its audit event. The driver endpoint runs the same
// store calls (the audit sequence included) with no GraphQL, no authentication and no
// middleware; the peer is not asked (its schema is read-only, and @neo4j/graphql's generated
// mutations write no audit event, so they would not be the same work).

// editors is how many editors write at once, each with an API key of its own.
const editors = 8

// writeOp is one write, as both servers receive it: hkgraph as a GraphQL mutation, the driver
// endpoint as this JSON.
type writeOp struct {
	Op    string `json:"op"` // "upsertEntity" or "addRelationship"
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
	Date  string `json:"date,omitempty"`
	Actor string `json:"actor"`
}

// writeResult is the canonical answer to a write.
type writeResult struct {
	Op      string `json:"op"`
	Version int    `json:"version"`
}

const (
	upsertMutation = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id version } }`
	relateMutation = `mutation($input: RelationshipInput!) { addRelationship(input: $input) { id version } }`
)

// nthWrite is a server's n-th write: even ones create an organisation, odd ones add an
// investment between existing organisations, each a new fact (its date is unique to the
// server and n), so every write commits and records an audit event.
func nthWrite(m *Manifest, server string, n int64) writeOp {
	actor := fmt.Sprintf("bench-editor-%d", n%editors)
	prefix, base := "hk", time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	if server == "driver" {
		prefix, base = "drv", time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	k := n / 2
	if n%2 == 0 {
		return writeOp{Op: "upsertEntity", ID: fmt.Sprintf("cw-%s-%d", prefix, k), Name: fmt.Sprintf("Curation write %d", k), Actor: actor}
	}
	pairs := int64(len(m.WriteFrom) * len(m.WriteTo))
	pair := k % pairs
	day := base.AddDate(0, 0, int(k/pairs))
	return writeOp{Op: "addRelationship", From: m.WriteFrom[pair/int64(len(m.WriteTo))], To: m.WriteTo[pair%int64(len(m.WriteTo))],
		Date: day.Format("2006-01-02"), Actor: actor}
}

// graphQL phrases a write as hkgraph's mutation; the source cites the shared document's alias.
func (o writeOp) graphQL(m *Manifest) gqlRequest {
	src := map[string]any{"documentId": m.DocumentID, "start": 0, "end": len([]rune(m.SharedAlias)), "quote": m.SharedAlias}
	if o.Op == "upsertEntity" {
		return gqlRequest{Query: upsertMutation, Variables: map[string]any{"input": map[string]any{
			"id": o.ID, "kind": "ORGANIZATION", "name": o.Name, "roles": []string{"STARTUP"}, "source": src}}}
	}
	return gqlRequest{Query: relateMutation, Variables: map[string]any{"input": map[string]any{
		"type": "INVESTED_IN", "from": o.From, "to": o.To, "date": o.Date, "amountHKD": 1e6, "source": src}}}
}

// curationWritesWorkload builds each request afresh: the server's next write, hkgraph's with
// its editor's API key (keys[i] is bench-editor-i's).
func curationWritesWorkload(m *Manifest, keys []string) workload {
	counters := map[string]*atomic.Int64{"hkgraph": {}, "driver": {}}
	return workload{
		name:        "curation_writes",
		concurrency: []int{editors},
		peerCannot:  "the peer's schema is read-only, and @neo4j/graphql's generated mutations record no audit event: not the same work",
		next: func(ctx context.Context, t target) (*http.Request, error) {
			c := counters[t.server]
			if c == nil {
				return nil, fmt.Errorf("curation_writes: no writes for %s", t.server)
			}
			n := c.Add(1) - 1
			op := nthWrite(m, t.server, n)
			var body []byte
			url := t.url
			if t.server == "driver" {
				body, url = mustJSON(op), t.url+"/write"
			} else {
				body = mustJSON(op.graphQL(m))
			}
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
			if err != nil {
				return nil, err
			}
			req.Header.Set("Content-Type", "application/json")
			if t.server == "hkgraph" {
				req.Header.Set("Authorization", "Bearer "+keys[n%editors])
			}
			return req, nil
		},
		canonical: canonicalWrite,
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func canonicalWrite(server string, body []byte) (string, error) {
	var out writeResult
	if server == "driver" {
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
		return canon(out)
	}
	var d map[string]struct {
		Version int `json:"version"`
	}
	if err := gqlData(body, &d); err != nil {
		return "", err
	}
	for op, v := range d {
		out = writeResult{Op: op, Version: v.Version}
	}
	return canon(out)
}

// createEditorKeys creates the editors' API keys with `hkgraph apikey create`.
func createEditorKeys(ctx context.Context, hkBin string, env []string) ([]string, error) {
	keys := make([]string, editors)
	for i := range keys {
		cmd := exec.CommandContext(ctx, hkBin, "apikey", "create", "--role", "editor", "--name", fmt.Sprintf("bench-editor-%d", i))
		cmd.Env = append(cmd.Environ(), append(env, "HKGRAPH_LOG_LEVEL=warn")...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("hkgraph apikey create: %v\n%s", err, stderr.String())
		}
		keys[i] = strings.TrimSpace(string(out))
	}
	return keys, nil
}

// checkAuditGapFree checks that the audit events number 1…n with no gap and no repeat: what a
// subscriber reading "everything after n" relies on, after writers raced each other.
func checkAuditGapFree(ctx context.Context, uri string, logf func(string, ...any)) error {
	d, err := driver(uri)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, `MATCH (a:AuditEvent) RETURN count(a) AS n, count(DISTINCT a.seq) AS distinct, min(a.seq) AS lo, max(a.seq) AS hi`,
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		return err
	}
	rec := res.Records[0]
	n, _ := rec.Get("n")
	distinct, _ := rec.Get("distinct")
	lo, _ := rec.Get("lo")
	hi, _ := rec.Get("hi")
	count, _ := n.(int64)
	first, _ := lo.(int64)
	last, _ := hi.(int64)
	if dd, _ := distinct.(int64); count == 0 || dd != count || last-first+1 != count {
		return fmt.Errorf("curation_writes: %d audit events numbered %v–%v (%v distinct): the sequence has a gap or a repeat", count, lo, hi, distinct)
	}
	logf("curation_writes: %d audit events, numbered %d–%d without a gap", count, first, last)
	return nil
}

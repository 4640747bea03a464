package neo4jstore

import (
	"context"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

// An import run is one (:ImportRun) node written before its first batch, and one
// (:ImportBatch) node per committed batch, created in that batch's transaction. Batches commit
// concurrently and in any order; a node of their own (not a counter or a list on the run)
// keeps them from queueing on one lock. When the run finishes the batch nodes give way to
// finished = true.
const (
	cypherStartImport = `MERGE (r:ImportRun {id: $id})
ON CREATE SET r.fingerprint = $fp, r.batchSize = $size, r.total = $total, r.startedAt = $at, r.finished = false`

	cypherMarkBatch = `CREATE (:ImportBatch {runId: $run, index: $index})`

	cypherGetImportProgress = `MATCH (r:ImportRun {id: $id})
RETURN r.fingerprint AS fp, r.batchSize AS size, r.total AS total, coalesce(r.finished, false) AS finished,
  r.done AS prefix, COLLECT { MATCH (b:ImportBatch {runId: $id}) RETURN b.index } AS done`

	cypherFinishImport = `MATCH (r:ImportRun {id: $id})
SET r.finished = true, r.finishedAt = $at, r.done = r.total
WITH r
MATCH (b:ImportBatch {runId: $id})
DELETE b`
)

// StartImport records a run before its first batch; a run that exists already (a resumed
// one) is left as it is.
func (s *Store) StartImport(ctx context.Context, p kg.ImportProgress) error {
	_, err := s.writeRows(ctx, cypherStartImport, map[string]any{"id": p.RunID, "fp": p.Fingerprint, "size": p.BatchSize,
		"total": p.Total, "at": time.Now().UTC().Format(time.RFC3339)})
	return err
}

// ImportProgress returns how far the import run got (nil when it never started).
func (s *Store) ImportProgress(ctx context.Context, runID string) (*kg.ImportProgress, error) {
	recs, err := s.readRows(ctx, cypherGetImportProgress, map[string]any{"id": runID})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	r := cols{rec: recs[0]}
	p := &kg.ImportProgress{RunID: runID}
	p.Fingerprint = col[string](&r, "fp")
	p.BatchSize, p.Total = count(&r, "size"), count(&r, "total")
	p.Finished = col[bool](&r, "finished")
	// Runs recorded before batches committed concurrently kept a count of the first n; a
	// finished run's count is its total (FinishImport sets both).
	prefix := count(&r, "prefix")
	done := list[int64](&r, "done")
	if r.err != nil {
		return nil, r.err
	}
	for i := range prefix {
		p.Done = append(p.Done, i)
	}
	for _, i := range done {
		if int(i) >= prefix {
			p.Done = append(p.Done, int(i))
		}
	}
	slices.Sort(p.Done)
	p.Done = slices.Compact(p.Done)
	return p, nil
}

// FinishImport marks the run finished and drops its per-batch records.
func (s *Store) FinishImport(ctx context.Context, runID string) error {
	_, err := s.writeRows(ctx, cypherFinishImport, map[string]any{"id": runID, "at": time.Now().UTC().Format(time.RFC3339)})
	return err
}

// cypherCountData counts the nodes that hold data: everything but the schema's bookkeeping
// (applied migrations, the audit counter a migration creates).
const cypherCountData = `MATCH (n) WHERE NOT n:Migration AND NOT n:AuditSequence RETURN count(n) AS n`

// CountData returns how many nodes hold data (0: the database is empty but for its schema).
func (s *Store) CountData(ctx context.Context) (int64, error) {
	recs, err := s.readRows(ctx, cypherCountData, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	n, _, err := neo4j.GetRecordValue[int64](recs[0], "n")
	return n, err
}

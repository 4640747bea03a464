package neo4jstore

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// migration is one versioned schema change. Applied versions are recorded as (:Migration)
// nodes, so a newer binary brings an older database up to date and a second run does nothing.
type migration struct {
	version    int
	name       string
	statements []string
}

func migrations() []migration {
	relIndexes := make([]string, 0, len(kg.RelTypes))
	for _, t := range kg.RelTypes {
		relIndexes = append(relIndexes, relIndex("id", "id", t).create)
	}
	return []migration{
		{1, "unique ids", []string{
			"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
			"CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE",
		}},
		{2, "name ordering and full-text search", []string{entityLoadIndexes[0].create, entityLoadIndexes[1].create}},
		{3, "relationship ids", relIndexes},
		{4, "API keys", []string{
			"CREATE CONSTRAINT apikey_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE",
			"CREATE INDEX apikey_hash IF NOT EXISTS FOR (k:ApiKey) ON (k.hash)",
		}},
		{5, "audit log", []string{
			"CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.seq IS UNIQUE",
			"CREATE CONSTRAINT audit_sequence_name IF NOT EXISTS FOR (s:AuditSequence) REQUIRE s.name IS UNIQUE",
			"CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEvent) ON (a.targetId)",
			"CREATE INDEX audit_actor IF NOT EXISTS FOR (a:AuditEvent) ON (a.actor)",
			// The counter every write increments first; created here so writers never race to.
			"MERGE (s:AuditSequence {name: 'audit'}) ON CREATE SET s.value = 0",
		}},
		{6, "import runs", []string{
			"CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE",
		}},
		{7, "relationship keys for paging dense nodes", relKeyMigration()},
		{8, "import batches committed in any order", []string{
			"CREATE INDEX import_batch_run IF NOT EXISTS FOR (b:ImportBatch) ON (b.runId)",
		}},
		{9, "fact status and deal-flow indexes", dealFlowMigration()},
		{10, "proposals read from ingested documents", []string{
			"CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE",
			"CREATE INDEX proposal_document IF NOT EXISTS FOR (p:Proposal) ON (p.documentId, p.start)",
		}},
		{11, "role labels", roleLabelMigration()},
		{12, "search keys refolded for Hong Kong standard characters", []string{refoldSearchKeysMigration()}},
	}
}

// moneyRelTypes are the relationship types that carry amounts, so the ones whose amountHKD is
// indexed for Query.relationships(where: {amountHKDMin}).
var moneyRelTypes = []kg.RelType{"INVESTED_IN", "FUNDS", "ANNOUNCED", "MANAGES"}

// addedAfterMigration7 are the relationship types added since migrations 3 and 7 ran, whose id
// and key indexes a database migrated before them lacks.
var addedAfterMigration7 = []kg.RelType{"ATTRACTED"}

// dealFlowMigration backfills every relationship's status (ENDED where its end date has
// passed, else CURRENT, as kg.StatusFor decides) and adds the range indexes that let
// Query.relationships seek by date and amount instead of scanning a type. It also creates the
// id and key indexes of types added since migration 7.
func dealFlowMigration() []string {
	var out []string
	for _, t := range addedAfterMigration7 {
		for _, ix := range relLoadIndexes(t) {
			out = append(out, ix.create)
		}
	}
	for _, t := range kg.RelTypes {
		out = append(out, relIndex("date", "date", t).create)
	}
	for _, t := range moneyRelTypes {
		out = append(out, relIndex("amount", "amountHKD", t).create)
	}
	// An end date compares at its own precision: "2016" has passed in 2024, "2024" has not.
	return append(out, fmt.Sprintf("MATCH ()-[r:%s]->() WHERE r.status IS NULL CALL (r) { SET r.status = CASE "+
		"WHEN r.endDate IS NOT NULL AND r.endDate < left(toString(date()), size(r.endDate)) THEN 'ENDED' "+
		"ELSE 'CURRENT' END } IN TRANSACTIONS OF 10000 ROWS", relTypes(nil)))
}

// roleLabelMigration gives every organisation written before role labels existed the labels
// of its roles (cypherRoleLabels), in batches; running it again changes nothing.
func roleLabelMigration() []string {
	return []string{fmt.Sprintf("MATCH (n:%s) WHERE size(n.roles) > 0 CALL (n) {\n%s\n} IN TRANSACTIONS OF 10000 ROWS",
		label(kg.KindOrganization), cypherRoleLabels("n", kg.KindOrganization, "n.roles"))}
}

// relKeyMigration indexes each type's outKey and inKey and fills them in on relationships
// written before they existed.
func relKeyMigration() []string {
	var out []string
	for _, t := range kg.RelTypes {
		rt := relTypes([]kg.RelType{t})
		out = append(out, relIndex("out", "outKey", t).create, relIndex("in", "inKey", t).create,
			fmt.Sprintf("MATCH (a)-[r:%s]->(b) WHERE r.outKey IS NULL CALL (a, r, b) { SET %s } IN TRANSACTIONS OF 10000 ROWS", rt, relKeys("a", "r", "b", t)))
	}
	return out
}

// refoldSearchKeysMigration rewrites the search keys of entities written before textnorm.Fold
// mapped the Hong Kong standard characters OpenCC keeps (衞生署 is found as 卫生署 since): the
// fold is one rune for one, so replacing those runes in the stored keys gives what SearchKeys
// gives now (deduplicated and sorted as it does). The runes are the fold's own constants, not
// input, so they are written into the statement.
func refoldSearchKeysMigration() string {
	folded, class := "k", ""
	for _, p := range textnorm.HKVariantFolds() {
		folded = fmt.Sprintf("replace(%s, '%c', '%c')", folded, p[0], p[1])
		class += string(p[0])
	}
	return fmt.Sprintf(`MATCH (n:Entity) WHERE any(k IN n.searchNames WHERE k =~ '.*[%s].*')
CALL (n) {
  UNWIND n.searchNames AS k
  WITH DISTINCT %s AS f ORDER BY f
  WITH collect(f) AS keys
  SET n.searchNames = keys, n.searchText = reduce(s = head(keys), x IN tail(keys) | s + '\n' + x)
} IN TRANSACTIONS OF 10000 ROWS`, class, folded)
}

const (
	cypherMigrations      = "MATCH (m:Migration) RETURN m.version AS v"
	cypherRecordMigration = "MERGE (m:Migration {version: $v}) SET m.name = $name, m.appliedAt = $at"
	cypherAwaitIndexes    = "CALL db.awaitIndexes(300)"
)

// Migrate applies every migration the database lacks, then waits for indexes to come online.
func (s *Store) Migrate(ctx context.Context, log *slog.Logger) error {
	versions, err := readAll(ctx, s, cypherMigrations, nil, func(r *cols) int { return count(r, "v") })
	if err != nil {
		return err
	}
	applied := map[int]bool{}
	for _, v := range versions {
		applied[v] = true
	}
	for _, m := range migrations() {
		if applied[m.version] {
			continue
		}
		log.Info("applying migration", "version", m.version, "name", m.name)
		for _, stmt := range m.statements {
			// Schema changes cannot share a transaction with data writes, and backfills commit in
			// batches (CALL … IN TRANSACTIONS): each statement runs in its own auto-commit
			// transaction.
			if err := s.autocommit(ctx, stmt); err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		if _, err := s.writeRows(ctx, cypherRecordMigration,
			map[string]any{"v": m.version, "name": m.name, "at": time.Now().UTC().Format(time.RFC3339)}); err != nil {
			return err
		}
	}
	// Indexes an import dropped for its load and died before it created them again.
	if n, err := s.RestoreIndexes(ctx); err != nil {
		return err
	} else if n > 0 {
		log.Info("created the indexes an unfinished import had suspended", "relationshipTypes", n)
	}
	// Outside a managed transaction: the per-transaction timeout would cut the wait short.
	return s.autocommit(ctx, cypherAwaitIndexes)
}

// autocommit runs one statement in an auto-commit transaction with no timeout.
func (s *Store) autocommit(ctx context.Context, stmt string) error {
	start := time.Now()
	defer func() { s.metrics.ObserveQuery(ctx, time.Since(start)) }()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, stmt, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return mapError(ctx, err)
}

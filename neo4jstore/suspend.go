package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

// A first load writes faster without the indexes that every created record updates one by
// one: Neo4j builds an index over records already stored in one pass, far cheaper than as
// many inserts at commit (a B-tree's for a relationship's id and paging keys, Lucene's for an
// entity's searchable names). So an import may drop the indexes of what is empty when it
// starts (a relationship type, or every entity), write, and create them again before it
// reports done. What is down is noted on the import run first, so that when the process dies
// between the drop and the create, the next import or `hkgraph migrate` (RestoreIndexes)
// brings it back.
//
// Meanwhile the graph answers everything but search, only more slowly: no read names the
// suspended relationship indexes (the deal-flow query hints rel_date and rel_amount, which
// stay), and search says the index is being built (errSearchIndexBuilding). An import that
// looks rows up by id (a type that was not empty) hints rel_id, so one running beside a first
// load of the same type fails and resumes later.

// schemaIndex is one index by name, with the statement that creates it.
type schemaIndex struct{ name, create string }

// relIndex is the index named rel_<short>_<type> on property prop of relationship type t.
func relIndex(short, prop string, t kg.RelType) schemaIndex {
	name := fmt.Sprintf("rel_%s_%s", short, t)
	return schemaIndex{name, fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)", name, relTypes([]kg.RelType{t}), prop)}
}

// relLoadIndexes are the indexes of type t that a first load of it drops.
func relLoadIndexes(t kg.RelType) []schemaIndex {
	return []schemaIndex{relIndex("id", "id", t), relIndex("out", "outKey", t), relIndex("in", "inKey", t)}
}

// entityLoadIndexes are the indexes a first load of entities (into a graph with none) drops.
// The entity_id constraint stays: it is what refuses a duplicate id.
var entityLoadIndexes = []schemaIndex{
	{"entity_name", "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)"},
	// cjk: bigrams for Chinese, lower-cased words for English; names are stored folded
	// (Simplified, lower case) in searchText so both scripts meet in one key.
	{"entity_search", "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText, n.description] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"},
}

// loadIndexes is every index a load may suspend, by name: the allow-list SuspendIndexes and
// RestoreIndexes hold names to.
func loadIndexes() map[string]schemaIndex {
	all := map[string]schemaIndex{}
	for _, t := range kg.RelTypes {
		for _, ix := range relLoadIndexes(t) {
			all[ix.name] = ix
		}
	}
	for _, ix := range entityLoadIndexes {
		all[ix.name] = ix
	}
	return all
}

const (
	cypherNoteSuspended = `MATCH (r:ImportRun {id: $id})
SET r.suspendedIndexes = coalesce(r.suspendedIndexes, []) + [n IN $names WHERE NOT n IN coalesce(r.suspendedIndexes, [])]
RETURN r.id AS id`
	cypherSuspendedIndexes = `MATCH (r:ImportRun) WHERE r.suspendedIndexes IS NOT NULL UNWIND r.suspendedIndexes AS n RETURN DISTINCT n`
	cypherClearSuspended   = `MATCH (r:ImportRun) WHERE r.suspendedIndexes IS NOT NULL REMOVE r.suspendedIndexes`
)

// loadIndexesOf are the indexes a load of types (and, with entities, of entities) suspends.
func loadIndexesOf(types []kg.RelType, entities bool) ([]schemaIndex, error) {
	var ixs []schemaIndex
	for _, t := range types {
		if !slices.Contains(kg.RelTypes, t) {
			return nil, fmt.Errorf("unknown relationship type %q", t)
		}
		ixs = append(ixs, relLoadIndexes(t)...)
	}
	if entities {
		ixs = append(ixs, entityLoadIndexes...)
	}
	return ixs, nil
}

// SuspendIndexes drops, for the import run runID (recorded by StartImport), the id and key
// indexes of types and, with entities, the entities' name and search indexes, after noting
// them on the run. Call it only for what holds nothing (relationships of those types, any
// entity), and RestoreIndexes once the load is written.
func (s *Store) SuspendIndexes(ctx context.Context, runID string, types []kg.RelType, entities bool) error {
	ixs, err := loadIndexesOf(types, entities)
	if err != nil || len(ixs) == 0 {
		return err
	}
	names := make([]string, len(ixs))
	for i, ix := range ixs {
		names[i] = ix.name
	}
	recs, err := s.writeRows(ctx, cypherNoteSuspended, map[string]any{"id": runID, "names": names})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return fmt.Errorf("suspending indexes: no import run %q (StartImport records it first)", runID)
	}
	for _, ix := range ixs {
		if err := s.autocommit(ctx, "DROP INDEX "+ix.name+" IF EXISTS"); err != nil {
			return fmt.Errorf("suspending index %s: %w", ix.name, err)
		}
	}
	return nil
}

// BuildIndexes creates the suspended indexes of types (and, with entities, the entities')
// once their load is written, without waiting: Neo4j fills them in the background while the
// import writes what remains, and RestoreIndexes waits for them and clears the notes.
func (s *Store) BuildIndexes(ctx context.Context, types []kg.RelType, entities bool) error {
	ixs, err := loadIndexesOf(types, entities)
	if err != nil {
		return err
	}
	for _, ix := range ixs {
		if err := s.autocommit(ctx, ix.create); err != nil {
			return fmt.Errorf("creating index %s: %w", ix.name, err)
		}
	}
	return nil
}

// RestoreIndexes creates the indexes any import run suspended and did not restore, waits
// until they are online, and clears the notes. It returns how many it created.
func (s *Store) RestoreIndexes(ctx context.Context) (int, error) {
	names, err := readAll(ctx, s, cypherSuspendedIndexes, nil, func(r *cols) string { return col[string](r, "n") })
	if err != nil || len(names) == 0 {
		return 0, err
	}
	known := loadIndexes()
	for _, name := range names {
		ix, ok := known[name]
		if !ok {
			continue // of a relationship type this binary no longer has: nothing to index
		}
		if err := s.autocommit(ctx, ix.create); err != nil {
			return 0, fmt.Errorf("creating index %s again: %w", ix.name, err)
		}
	}
	// The notes go only once the indexes are online: a wait cut short leaves them for the
	// next call, which finds the indexes there (IF NOT EXISTS) and waits again.
	if err := s.autocommit(ctx, cypherAwaitIndexes); err != nil {
		return 0, fmt.Errorf("waiting for the indexes created again: %w", err)
	}
	if _, err := s.writeRows(ctx, cypherClearSuspended, nil); err != nil {
		return 0, err
	}
	return len(names), nil
}

// errSearchIndexBuilding is search's answer while a first load has the full-text index down.
var errSearchIndexBuilding = &kg.Error{Code: kg.CodeDatabaseUnavailable,
	Message: "the search index is being built (an import is loading the graph); try again when it finishes"}

// searchIndexMissing: err is Neo4j's for a full-text query on an index that does not exist.
func searchIndexMissing(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.Contains(ne.Msg, "no such fulltext schema index: entity_search")
}

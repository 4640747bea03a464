package neo4jstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/hkgraph/hkgraph/kg"
)

// Cypher for `hkgraph export`: the whole graph, read in pages ordered by id (keyset paging on
// the id constraint and each relationship type's id index), inside one read transaction.

const exportPage = 2000

const cypherExportDocuments = `MATCH (d:Document) WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
RETURN ` + documentMap + ` AS d`

var cypherExportEntities = `MATCH (n:Entity) WHERE n.id > $after AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n ORDER BY n.id LIMIT $limit
RETURN ` + entityMap("n") + ` AS e`

func cypherExportRelationships(t kg.RelType) string {
	return fmt.Sprintf(`MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE r.id > $after
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
WITH r ORDER BY r.id LIMIT $limit
RETURN %s AS r`, relTypes([]kg.RelType{t}), relMap("r"))
}

// Snapshot is the whole graph (or the part of it of some kinds), each list ordered by id.
type Snapshot struct {
	Documents     []*kg.Document
	Entities      []*kg.Entity
	Relationships []*kg.Relationship
}

// Export reads every document, every entity of the given kinds (all when empty) and every
// relationship between two of them.
func (s *Store) Export(ctx context.Context, kinds []kg.Kind) (*Snapshot, error) {
	var kindParam any // nil: every kind
	if len(kinds) > 0 {
		ks := make([]string, len(kinds))
		for i, k := range kinds {
			ks[i] = string(k)
		}
		kindParam = ks
	}
	return readTx(ctx, s, func(q querier) (*Snapshot, error) {
		snap := &Snapshot{}
		err := q.pages(cypherExportDocuments, nil, "d", func(v map[string]any) string {
			d := decodeDocument(v)
			snap.Documents = append(snap.Documents, d)
			return d.ID
		})
		if err != nil {
			return nil, err
		}
		err = q.pages(cypherExportEntities, kindParam, "e", func(v map[string]any) string {
			e := decodeEntity(v)
			snap.Entities = append(snap.Entities, e)
			return e.ID
		})
		if err != nil {
			return nil, err
		}
		for _, t := range kg.RelTypes {
			err = q.pages(cypherExportRelationships(t), kindParam, "r", func(v map[string]any) string {
				r := decodeRelationship(v)
				snap.Relationships = append(snap.Relationships, r)
				return r.ID
			})
			if err != nil {
				return nil, err
			}
		}
		sort.Slice(snap.Relationships, func(i, j int) bool { return snap.Relationships[i].ID < snap.Relationships[j].ID })
		return snap, nil
	})
}

// pages runs a keyset-paged statement to the end, handing each row's value under key to add,
// which returns the row's id (the next page starts after the last one).
func (q querier) pages(cypher string, kinds any, key string, add func(map[string]any) string) error {
	after := ""
	for {
		recs, err := q.rows(cypher, map[string]any{"after": after, "limit": exportPage, "kinds": kinds})
		if err != nil {
			return err
		}
		for _, r := range recs {
			m, err := value[map[string]any](r, key)
			if err != nil {
				return err
			}
			after = add(m)
		}
		if len(recs) < exportPage {
			return nil
		}
	}
}

// What `hkgraph import --replace` deletes before it imports: every entity and document with
// their relationships and mentions, and the records of earlier import runs. API keys, the
// audit log and migrations stay.
var cypherDeleteGraph = []string{
	"MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
	"MATCH (d:Document) CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 5000 ROWS",
	// A proposal cites a span of its document: with the documents gone it would cite nothing.
	"MATCH (p:Proposal) CALL (p) { DELETE p } IN TRANSACTIONS OF 5000 ROWS",
	"MATCH (r:ImportRun) CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
	"MATCH (b:ImportBatch) CALL (b) { DELETE b } IN TRANSACTIONS OF 5000 ROWS",
}

// DeleteGraph deletes every entity, relationship, document, mention, proposal and import-run
// record; API keys and the audit log stay.
func (s *Store) DeleteGraph(ctx context.Context) error {
	for _, stmt := range cypherDeleteGraph {
		if err := s.autocommit(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

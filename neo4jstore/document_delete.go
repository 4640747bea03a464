package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/hkgraph/hkgraph/kg"
)

// Citations are stored as JSON text (see decode.go), so "cites document X" is a substring
// test on that text: a scan of every entity and relationship. Deleting a document is a rare
// admin action; reads never need this.
const (
	cypherDocumentExists = `MATCH (d:Document {id: $id}) RETURN ` + documentMap + ` AS d`

	cypherEntitiesCiting = `MATCH (n:Entity) WHERE n.citations CONTAINS $needle OR n.figures CONTAINS $needle
RETURN ` + "%s" + ` AS e`

	cypherSetEntityCitations = `MATCH (n:Entity {id: $id})
SET n.citations = $citations, n.figures = $figures, n.version = n.version + 1, n.updatedAt = $at, n.updatedBy = $actor`

	cypherDeleteDocument = `MATCH (d:Document {id: $id}) DETACH DELETE d`
)

func cypherRelationshipsCiting() string {
	return fmt.Sprintf(`MATCH (:Entity)-[r:%s]->(:Entity) WHERE r.citations CONTAINS $needle RETURN %s AS r`, relTypes(nil), relMap("r"))
}

func cypherSetRelationshipCitations(t kg.RelType) string {
	return fmt.Sprintf(`MATCH ()-[r:%s {id: $id}]->()
SET r.citations = $citations, r.version = r.version + 1, r.updatedAt = $at, r.updatedBy = $actor`, relTypes([]kg.RelType{t}))
}

// DeleteDocument deletes a document and its mentions in one audited transaction. While
// citations quote it, it is refused with CONFLICT unless force, which removes them (and the
// relationships and figures left without a citation: the data model needs one). nil: no such
// document.
func (s *Store) DeleteDocument(ctx context.Context, id string, force bool, actor string) (*kg.DocumentDeletion, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.DocumentDeletion, error) {
		rec, err := q.one(cypherDocumentExists, map[string]any{"id": id})
		if err != nil || rec == nil {
			return nil, nil, err
		}
		doc, err := decodeOne(rec, documentD)
		if err != nil {
			return nil, nil, err
		}
		needle := fmt.Sprintf(`"doc":%q`, id)
		erecs, err := q.rows(fmt.Sprintf(cypherEntitiesCiting, entityMap("n")), map[string]any{"needle": needle})
		if err != nil {
			return nil, nil, err
		}
		rrecs, err := q.rows(cypherRelationshipsCiting(), map[string]any{"needle": needle})
		if err != nil {
			return nil, nil, err
		}
		citing, err := decodeAll(erecs, entityE)
		if err != nil {
			return nil, nil, err
		}
		citingRels, err := decodeAll(rrecs, func(r *cols) *kg.Relationship { return relationshipCol(r, "r") })
		if err != nil {
			return nil, nil, err
		}
		del := &kg.DocumentDeletion{DocumentID: id, Forced: force, RelationshipsDeleted: []string{}, FiguresRemoved: []string{},
			EntitiesChanged: []string{}}
		var entities []*kg.Entity
		for _, e := range citing {
			if del.EntityWithoutDocument(e) {
				entities = append(entities, e)
			}
		}
		var rels []*kg.Relationship
		touched := map[string]bool{}
		for _, rel := range citingRels {
			if n := len(rel.Citations); !del.RelationshipWithoutDocument(rel) && len(rel.Citations) == n {
				continue // the text matched without a citation of the document: nothing to change
			}
			rels = append(rels, rel)
			touched[rel.FromID], touched[rel.ToID] = true, true
		}
		if err := del.Refusal(len(entities), len(rels)); err != nil {
			return nil, nil, err
		}
		for _, e := range entities {
			if _, err := q.rows(cypherSetEntityCitations, map[string]any{"id": e.ID, "citations": encodeCitations(e.Citations),
				"figures": encodeFigures(e.Figures), "at": at, "actor": actor}); err != nil {
				return nil, nil, err
			}
			touched[e.ID] = true
		}
		for _, rel := range rels {
			cypher, params := cypherSetRelationshipCitations(rel.Type), map[string]any{"id": rel.ID,
				"citations": encodeCitations(rel.Citations), "at": at, "actor": actor}
			if len(rel.Citations) == 0 {
				cypher, params = cypherDeleteRelationship(rel.Type), map[string]any{"id": rel.ID}
			}
			if _, err := q.rows(cypher, params); err != nil {
				return nil, nil, err
			}
		}
		if _, err := q.rows(cypherDeleteDocument, map[string]any{"id": id}); err != nil {
			return nil, nil, err
		}
		// What was read from the document goes with it: a proposal cites the document.
		if _, err := q.rows(cypherDeleteProposalsOf, map[string]any{"id": id}); err != nil {
			return nil, nil, err
		}
		meta := *doc
		meta.Text = ""
		ids := slices.Sorted(maps.Keys(touched))
		ev := &kg.AuditEvent{Actor: actor, Operation: "deleteDocument", TargetID: id,
			Before: jsonText(map[string]any{"document": meta, "removed": del}), EntityIDs: ids}
		return ev, del, nil
	})
}

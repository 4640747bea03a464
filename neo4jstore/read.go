package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

var _ kg.Reader = (*Store)(nil)

// readRows runs one read statement and returns its records.
func (s *Store) readRows(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return readTx(ctx, s, func(q querier) ([]*neo4j.Record, error) { return q.rows(cypher, params) })
}

// writeRows runs one write statement in its own transaction and returns its records.
func (s *Store) writeRows(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return writeTx(ctx, s, func(q querier) ([]*neo4j.Record, error) { return q.rows(cypher, params) })
}

// readAll runs one read statement and decodes each of its records.
func readAll[T any](ctx context.Context, s *Store, cypher string, params map[string]any, decode func(*cols) T) ([]T, error) {
	recs, err := s.readRows(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return decodeAll(recs, decode)
}

// byID indexes items by their id.
func byID[T any](items []T, id func(T) string) map[string]T {
	out := make(map[string]T, len(items))
	for _, v := range items {
		out[id(v)] = v
	}
	return out
}

func entityID(e *kg.Entity) string { return e.ID }

// EntitiesByID returns the entities that exist among ids.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) (map[string]*kg.Entity, error) {
	es, err := readAll(ctx, s, cypherEntitiesByID, map[string]any{"ids": ids}, entityE)
	if err != nil {
		return nil, err
	}
	return byID(es, entityID), nil
}

// windowParams sets $k0..$kn from the window's cursor (nil when absent) and $limit to one more
// than the page size, so the extra row tells whether another page follows.
func windowParams(params map[string]any, w kg.Window, keys int) {
	c := w.After
	if w.Backward() {
		c = w.Before
	}
	for i := range keys {
		var v any
		if c != nil {
			v = c.Key[i]
		}
		params[keyName(i)] = v
	}
	params["limit"] = w.Size() + 1
}

// cursorKey is a sort key as a JSON cursor carries it back: numbers as float64.
func cursorKey(k any) any {
	if i, ok := k.(int64); ok {
		return float64(i)
	}
	return k
}

func keyName(i int) string { return "k" + string(rune('0'+i)) }

// page trims the extra row, restores forward order for backward windows and fills PageInfo.
func page[T any](items []T, keys [][]any, on string, w kg.Window, total int) *kg.Page[T] {
	more := len(items) > w.Size()
	if more {
		items, keys = items[:w.Size()], keys[:w.Size()]
	}
	if w.Backward() {
		slices.Reverse(items)
		slices.Reverse(keys)
	}
	p := &kg.Page[T]{Items: items, TotalCount: total, Cursors: make([]string, len(items))}
	for i, k := range keys {
		p.Cursors[i] = kg.Cursor{On: on, Key: k}.Encode()
	}
	if w.Backward() {
		p.PageInfo.HasPreviousPage, p.PageInfo.HasNextPage = more, w.Before != nil
	} else {
		p.PageInfo.HasNextPage, p.PageInfo.HasPreviousPage = more, w.After != nil
	}
	if n := len(p.Cursors); n > 0 {
		p.PageInfo.StartCursor, p.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return p
}

// Relationships pages the relationships of each entity in entityIDs: one round trip, plus one
// per dense entity (more than DenseDegree relationships), which pages by index seeks instead of
// sorting all its relationships.
func (s *Store) Relationships(ctx context.Context, entityIDs []string, q kg.RelQuery) (map[string]*kg.Page[*kg.Relationship], error) {
	pages, _, err := s.relationships(ctx, entityIDs, q)
	return pages, err
}

// EntityWithRelationships returns an entity and a page of its relationships in the round
// trips Relationships takes (one, or two for a dense entity), since that statement reads the
// entity anyway: `entity(id:) { relationships { … } }` needs no separate entity look-up. The
// entity is nil when there is none.
func (s *Store) EntityWithRelationships(ctx context.Context, id string, q kg.RelQuery) (*kg.Entity, *kg.Page[*kg.Relationship], error) {
	pages, selves, err := s.relationships(ctx, []string{id}, q)
	if err != nil || selves[id] == nil {
		return nil, nil, err
	}
	return selves[id], pages[id], nil
}

func (s *Store) relationships(ctx context.Context, entityIDs []string, q kg.RelQuery) (map[string]*kg.Page[*kg.Relationship], map[string]*kg.Entity, error) {
	params := map[string]any{"ids": entityIDs, "dense": s.dense}
	windowParams(params, q.Window, 3)
	res, err := readTx(ctx, s, func(tx querier) (relResult, error) {
		recs, err := tx.rows(cypherRelationships(q), params)
		if err != nil {
			return relResult{}, err
		}
		res := relResult{make(map[string]*kg.Page[*kg.Relationship], len(recs)), make(map[string]*kg.Entity, len(recs))}
		for _, rec := range recs {
			r := cols{rec: rec}
			self := entityCol(&r, "self")
			rows, dense, total := col[[]any](&r, "rows"), list[string](&r, "denseTypes"), count(&r, "total")
			if r.err != nil {
				return relResult{}, r.err
			}
			if len(dense) > 0 {
				present := make([]kg.RelType, len(dense))
				for i, t := range dense {
					present[i] = kg.RelType(t)
				}
				dp := map[string]any{"id": self.ID}
				for k, v := range params {
					dp[k] = v
				}
				rec, err := tx.one(cypherDenseRelationships(q, present), dp)
				if err != nil {
					return relResult{}, err
				}
				if rows, err = value[[]any](rec, "rows"); err != nil {
					return relResult{}, err
				}
			}
			res.selves[self.ID] = self
			res.pages[self.ID] = relationshipPage(self, rows, q.Window, total)
		}
		return res, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return res.pages, res.selves, nil
}

type relResult struct {
	pages  map[string]*kg.Page[*kg.Relationship]
	selves map[string]*kg.Entity
}

// relationshipPage decodes rows of {r, m} around self into a page.
func relationshipPage(self *kg.Entity, rows []any, w kg.Window, total int) *kg.Page[*kg.Relationship] {
	rels := make([]*kg.Relationship, 0, len(rows))
	keys := make([][]any, 0, len(rows))
	for _, row := range rows {
		m := asMap(row)
		rel, other := decodeRelationship(m["r"]), decodeEntity(m["m"])
		rel.From, rel.To = self, other
		if rel.FromID != self.ID || rel.FromID == rel.ToID {
			rel.From, rel.To = other, self
		}
		rels = append(rels, rel)
		keys = append(keys, []any{string(rel.Type), other.ID, rel.ID})
	}
	return page(rels, keys, "rel", w, total)
}

// RelationshipsByID returns the relationships that exist among ids, with both endpoints.
func (s *Store) RelationshipsByID(ctx context.Context, ids []string) (map[string]*kg.Relationship, error) {
	idsOf := map[kg.RelType][]string{}
	var types []kg.RelType
	for _, id := range ids {
		t, ok := kg.RelTypeOfID(id)
		if !ok {
			continue
		}
		if idsOf[t] == nil {
			types = append(types, t)
		}
		idsOf[t] = append(idsOf[t], id)
	}
	params := make(map[string]any, len(types))
	for t, ids := range idsOf {
		params["ids_"+string(t)] = ids
	}
	out := make(map[string]*kg.Relationship, len(ids))
	if len(types) == 0 {
		return out, nil
	}
	recs, err := s.readRows(ctx, cypherRelationshipsByID(types), params)
	if err != nil {
		return nil, err
	}
	rels, err := decodeAll(recs, func(r *cols) *kg.Relationship {
		rel := relationshipCol(r, "r")
		rel.From, rel.To = entityCol(r, "a"), entityCol(r, "b")
		return rel
	})
	if err != nil {
		return nil, err
	}
	return byID(rels, func(r *kg.Relationship) string { return r.ID }), nil
}

// Mentions pages where documents name each entity.
func (s *Store) Mentions(ctx context.Context, entityIDs []string, w kg.Window) (map[string]*kg.Page[kg.Mention], error) {
	params := map[string]any{"ids": entityIDs}
	windowParams(params, w, 2)
	recs, err := s.readRows(ctx, cypherMentions, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*kg.Page[kg.Mention], len(recs))
	for _, rec := range recs {
		r := cols{rec: rec}
		id, rows, total := col[string](&r, "id"), col[[]any](&r, "rows"), count(&r, "total")
		if r.err != nil {
			return nil, r.err
		}
		ms := make([]kg.Mention, 0, len(rows))
		keys := make([][]any, 0, len(rows))
		for _, row := range rows {
			m := asMap(row)
			mention := kg.Mention{DocumentID: str(m, "doc"), EntityID: id, Start: intOf(m, "start"), End: intOf(m, "end"), Quote: str(m, "quote")}
			ms = append(ms, mention)
			keys = append(keys, []any{mention.DocumentID, float64(mention.Start)})
		}
		out[id] = page(ms, keys, "men", w, total)
	}
	return out, nil
}

// DocumentsByID returns the documents that exist among ids.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) (map[string]*kg.Document, error) {
	docs, err := readAll(ctx, s, cypherDocumentsByID, map[string]any{"ids": ids}, documentD)
	if err != nil {
		return nil, err
	}
	return byID(docs, func(d *kg.Document) string { return d.ID }), nil
}

// Documents lists every stored document.
func (s *Store) Documents(ctx context.Context) ([]*kg.Document, error) {
	return readAll(ctx, s, cypherDocuments, nil, documentD)
}

// Entities pages entities matching q.Where in q's order.
func (s *Store) Entities(ctx context.Context, q kg.EntityQuery) (*kg.Page[*kg.Entity], error) {
	params := map[string]any{}
	cypher := cypherEntities(q, params)
	windowParams(params, q.Window, 2)
	recs, err := s.readRows(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	r := cols{rec: recs[0]}
	rows, total := list[map[string]any](&r, "rows"), count(&r, "total")
	if r.err != nil {
		return nil, r.err
	}
	es := make([]*kg.Entity, 0, len(rows))
	keys := make([][]any, 0, len(rows))
	for _, m := range rows {
		e := decodeEntity(m["e"])
		es = append(es, e)
		keys = append(keys, []any{cursorKey(m["k"]), e.ID})
	}
	return page(es, keys, "ent", q.Window, total), nil
}

// Stats counts the whole graph in one round trip.
func (s *Store) Stats(ctx context.Context) (*kg.Stats, error) {
	recs, err := s.readRows(ctx, cypherStats(), nil)
	if err != nil {
		return nil, err
	}
	return decodeOne(recs[0], decodeStats)
}

// decodeStats reads cypherStats' row: counts by kind and by type in kg.Kinds and kg.RelTypes
// order, and [role, count] pairs.
func decodeStats(r *cols) *kg.Stats {
	st := &kg.Stats{EntityCount: count(r, "entities"), DocumentCount: count(r, "documents")}
	for i, c := range list[int64](r, "kinds") {
		st.ByKind = append(st.ByKind, kg.Count[kg.Kind]{Key: kg.Kinds[i], Count: int(c)})
	}
	for i, c := range list[int64](r, "types") {
		st.ByRelationshipType = append(st.ByRelationshipType, kg.Count[kg.RelType]{Key: kg.RelTypes[i], Count: int(c)})
		st.RelationshipCount += int(c)
	}
	for i, pair := range list[[]any](r, "roles") {
		var (
			role    string
			n       int64
			ok, ok2 bool
		)
		if len(pair) == 2 {
			role, ok = pair[0].(string)
			n, ok2 = pair[1].(int64)
		}
		if !ok || !ok2 {
			r.fail(fmt.Errorf("neo4jstore: column \"roles\": element %d is %v, not [role, count]", i, pair))
			continue
		}
		if kg.Role(role).Valid() {
			st.ByRole = append(st.ByRole, kg.Count[kg.Role]{Key: kg.Role(role), Count: int(n)})
		}
	}
	return st
}

// MostConnected returns the entities with the most relationships.
func (s *Store) MostConnected(ctx context.Context, kind *kg.Kind, first int) ([]kg.EntityDegree, error) {
	return readAll(ctx, s, cypherMostConnected(kind), map[string]any{"first": first}, func(r *cols) kg.EntityDegree {
		return kg.EntityDegree{Entity: entityE(r), Degree: count(r, "d")}
	})
}

// Paths returns up to q.K shortest paths between two entities, ignoring direction.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	return readTx(ctx, s, func(tx querier) ([]kg.Path, error) {
		if q.From == q.To {
			es, err := tx.rows(cypherEntitiesByID, map[string]any{"ids": []string{q.From}})
			if err != nil || len(es) == 0 {
				return nil, err
			}
			e, err := decodeOne(es[0], entityE)
			return []kg.Path{{Entities: []*kg.Entity{e}}}, err
		}
		recs, err := tx.rows(cypherPaths(q), map[string]any{"from": q.From, "to": q.To})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		type hops struct {
			ids  []string
			rels []any
		}
		found, err := decodeAll(recs, func(r *cols) hops { return hops{list[string](r, "ids"), col[[]any](r, "rels")} })
		if err != nil {
			return nil, err
		}
		// Fetch each entity on the paths once, in the same transaction.
		var ids []string
		for _, h := range found {
			ids = append(ids, h.ids...)
		}
		erecs, err := tx.rows(cypherEntitiesByID, map[string]any{"ids": uniq(ids)})
		if err != nil {
			return nil, err
		}
		es, err := decodeAll(erecs, entityE)
		if err != nil {
			return nil, err
		}
		entities := byID(es, entityID)
		paths := make([]kg.Path, len(found))
		for i, h := range found {
			for _, id := range h.ids {
				paths[i].Entities = append(paths[i].Entities, entities[id])
			}
			for _, rv := range h.rels {
				rel := decodeRelationship(rv)
				rel.From, rel.To = entities[rel.FromID], entities[rel.ToID]
				paths[i].Relationships = append(paths[i].Relationships, rel)
			}
		}
		return paths, nil
	})
}

func uniq(ids []string) []string {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// Neighborhood returns the closed subgraph within q.Hops of an entity (nil if it is unknown).
func (s *Store) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Subgraph, error) {
	recs, err := s.readRows(ctx, cypherNeighborhood(q), map[string]any{"id": q.ID, "limit": q.Limit})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	type hood struct {
		e    *kg.Entity
		rels []any
	}
	rows, err := decodeAll(recs, func(r *cols) hood { return hood{entityE(r), col[[]any](r, "rels")} })
	if err != nil {
		return nil, err
	}
	g := &kg.Subgraph{}
	for _, h := range rows {
		g.Entities = append(g.Entities, h.e)
	}
	entities := byID(g.Entities, entityID)
	for _, h := range rows {
		for _, rv := range h.rels {
			rel := decodeRelationship(rv)
			rel.From, rel.To = entities[rel.FromID], entities[rel.ToID]
			g.Relationships = append(g.Relationships, rel)
		}
	}
	return g, nil
}

// EntityNames returns every entity with just its id and names, for matching names in text.
func (s *Store) EntityNames(ctx context.Context) ([]*kg.Entity, error) {
	return readAll(ctx, s, cypherEntityNames, nil, entityE)
}

// RelationshipGroups groups an entity's relationships by type, the other end's kind or region,
// or year.
func (s *Store) RelationshipGroups(ctx context.Context, q kg.GroupQuery) ([]kg.Group, error) {
	return readAll(ctx, s, cypherRelationshipGroups(q), map[string]any{"id": q.ID, "by": q.By}, func(r *cols) kg.Group {
		g := kg.Group{Count: count(r, "count")}
		if k := col[string](r, "key"); k != "" {
			g.Key = &k
		}
		for _, e := range list[map[string]any](r, "entities") {
			g.Entities = append(g.Entities, decodeEntity(e))
		}
		return g
	})
}

package neo4jstore

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

var _ kg.Reader = (*Store)(nil)

// readRows runs one read statement and returns its records.
func (s *Store) readRows(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	out, err := s.read(ctx, func(q querier) (any, error) { return q.rows(cypher, params) })
	if err != nil {
		return nil, err
	}
	return out.([]*neo4j.Record), nil
}

// writeRows runs one write statement in its own transaction and returns its records.
func (s *Store) writeRows(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	out, err := s.write(ctx, func(q querier) (any, error) { return q.rows(cypher, params) })
	if err != nil {
		return nil, err
	}
	return out.([]*neo4j.Record), nil
}

func get(r *neo4j.Record, key string) any { v, _ := r.Get(key); return v }

// EntitiesByID returns the entities that exist among ids.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) (map[string]*kg.Entity, error) {
	recs, err := s.readRows(ctx, cypherEntitiesByID, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*kg.Entity, len(recs))
	for _, r := range recs {
		e := decodeEntity(get(r, "e"))
		out[e.ID] = e
	}
	return out, nil
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
	out, err := s.read(ctx, func(tx querier) (any, error) {
		recs, err := tx.rows(cypherRelationships(q), params)
		if err != nil {
			return nil, err
		}
		pages := make(map[string]*kg.Page[*kg.Relationship], len(recs))
		selves := make(map[string]*kg.Entity, len(recs))
		for _, r := range recs {
			self := decodeEntity(get(r, "self"))
			selves[self.ID] = self
			rows, _ := get(r, "rows").([]any)
			if dense, _ := get(r, "denseTypes").([]any); len(dense) > 0 {
				present := make([]kg.RelType, len(dense))
				for i, t := range dense {
					present[i] = kg.RelType(t.(string))
				}
				dp := map[string]any{"id": self.ID}
				for k, v := range params {
					dp[k] = v
				}
				rec, err := tx.one(cypherDenseRelationships(q, present), dp)
				if err != nil {
					return nil, err
				}
				rows, _ = get(rec, "rows").([]any)
			}
			total, _ := get(r, "total").(int64)
			pages[self.ID] = relationshipPage(self, rows, q.Window, int(total))
		}
		return relResult{pages, selves}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	res := out.(relResult)
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
	params := map[string]any{}
	var types []kg.RelType
	for _, id := range ids {
		t, ok := kg.RelTypeOfID(id)
		if !ok {
			continue
		}
		key := "ids_" + string(t)
		if params[key] == nil {
			types = append(types, t)
			params[key] = []string{}
		}
		params[key] = append(params[key].([]string), id)
	}
	out := make(map[string]*kg.Relationship, len(ids))
	if len(types) == 0 {
		return out, nil
	}
	recs, err := s.readRows(ctx, cypherRelationshipsByID(types), params)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		rel := decodeRelationship(get(r, "r"))
		rel.From, rel.To = decodeEntity(get(r, "a")), decodeEntity(get(r, "b"))
		out[rel.ID] = rel
	}
	return out, nil
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
	for _, r := range recs {
		id, _ := get(r, "id").(string)
		rows, _ := get(r, "rows").([]any)
		ms := make([]kg.Mention, 0, len(rows))
		keys := make([][]any, 0, len(rows))
		for _, row := range rows {
			m := asMap(row)
			mention := kg.Mention{DocumentID: str(m, "doc"), EntityID: id, Start: intOf(m, "start"), End: intOf(m, "end"), Quote: str(m, "quote")}
			ms = append(ms, mention)
			keys = append(keys, []any{mention.DocumentID, float64(mention.Start)})
		}
		total, _ := get(r, "total").(int64)
		out[id] = page(ms, keys, "men", w, int(total))
	}
	return out, nil
}

// DocumentsByID returns the documents that exist among ids.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) (map[string]*kg.Document, error) {
	recs, err := s.readRows(ctx, cypherDocumentsByID, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*kg.Document, len(recs))
	for _, r := range recs {
		d := decodeDocument(get(r, "d"))
		out[d.ID] = d
	}
	return out, nil
}

// Documents lists every stored document.
func (s *Store) Documents(ctx context.Context) ([]*kg.Document, error) {
	recs, err := s.readRows(ctx, cypherDocuments, nil)
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Document, len(recs))
	for i, r := range recs {
		out[i] = decodeDocument(get(r, "d"))
	}
	return out, nil
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
	r := recs[0]
	rows, _ := get(r, "rows").([]any)
	es := make([]*kg.Entity, 0, len(rows))
	keys := make([][]any, 0, len(rows))
	for _, row := range rows {
		m := asMap(row)
		e := decodeEntity(m["e"])
		k := m["k"]
		if i, ok := k.(int64); ok { // JSON cursors carry numbers as float64
			k = float64(i)
		}
		es = append(es, e)
		keys = append(keys, []any{k, e.ID})
	}
	total, _ := get(r, "total").(int64)
	return page(es, keys, "ent", q.Window, int(total)), nil
}

// Stats counts the whole graph in one round trip.
func (s *Store) Stats(ctx context.Context) (*kg.Stats, error) {
	recs, err := s.readRows(ctx, cypherStats(), nil)
	if err != nil {
		return nil, err
	}
	r := recs[0]
	st := &kg.Stats{}
	n, _ := get(r, "entities").(int64)
	d, _ := get(r, "documents").(int64)
	st.EntityCount, st.DocumentCount = int(n), int(d)
	kinds, _ := get(r, "kinds").([]any)
	for i, c := range kinds {
		st.ByKind = append(st.ByKind, kg.Count[kg.Kind]{Key: kg.Kinds[i], Count: int(c.(int64))})
	}
	types, _ := get(r, "types").([]any)
	for i, c := range types {
		st.ByRelationshipType = append(st.ByRelationshipType, kg.Count[kg.RelType]{Key: kg.RelTypes[i], Count: int(c.(int64))})
		st.RelationshipCount += int(c.(int64))
	}
	roles, _ := get(r, "roles").([]any)
	for _, rc := range roles {
		pair, _ := rc.([]any)
		role, _ := pair[0].(string)
		if kg.Role(role).Valid() {
			st.ByRole = append(st.ByRole, kg.Count[kg.Role]{Key: kg.Role(role), Count: int(pair[1].(int64))})
		}
	}
	return st, nil
}

// MostConnected returns the entities with the most relationships.
func (s *Store) MostConnected(ctx context.Context, kind *kg.Kind, first int) ([]kg.EntityDegree, error) {
	recs, err := s.readRows(ctx, cypherMostConnected(kind), map[string]any{"first": first})
	if err != nil {
		return nil, err
	}
	out := make([]kg.EntityDegree, len(recs))
	for i, r := range recs {
		d, _ := get(r, "d").(int64)
		out[i] = kg.EntityDegree{Entity: decodeEntity(get(r, "e")), Degree: int(d)}
	}
	return out, nil
}

// Paths returns up to q.K shortest paths between two entities, ignoring direction.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	out, err := s.read(ctx, func(tx querier) (any, error) {
		if q.From == q.To {
			es, err := tx.rows(cypherEntitiesByID, map[string]any{"ids": []string{q.From}})
			if err != nil || len(es) == 0 {
				return []kg.Path(nil), err
			}
			return []kg.Path{{Entities: []*kg.Entity{decodeEntity(get(es[0], "e"))}}}, nil
		}
		recs, err := tx.rows(cypherPaths(q), map[string]any{"from": q.From, "to": q.To})
		if err != nil || len(recs) == 0 {
			return []kg.Path(nil), err
		}
		// Fetch each entity on the paths once, in the same transaction.
		var ids []string
		for _, r := range recs {
			for _, id := range get(r, "ids").([]any) {
				ids = append(ids, id.(string))
			}
		}
		erecs, err := tx.rows(cypherEntitiesByID, map[string]any{"ids": uniq(ids)})
		if err != nil {
			return nil, err
		}
		byID := map[string]*kg.Entity{}
		for _, er := range erecs {
			e := decodeEntity(get(er, "e"))
			byID[e.ID] = e
		}
		paths := make([]kg.Path, len(recs))
		for i, r := range recs {
			for _, id := range get(r, "ids").([]any) {
				paths[i].Entities = append(paths[i].Entities, byID[id.(string)])
			}
			for _, rv := range get(r, "rels").([]any) {
				rel := decodeRelationship(rv)
				rel.From, rel.To = byID[rel.FromID], byID[rel.ToID]
				paths[i].Relationships = append(paths[i].Relationships, rel)
			}
		}
		return paths, nil
	})
	if err != nil {
		return nil, err
	}
	return out.([]kg.Path), nil
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
	g := &kg.Subgraph{}
	byID := map[string]*kg.Entity{}
	for _, r := range recs {
		e := decodeEntity(get(r, "e"))
		byID[e.ID] = e
		g.Entities = append(g.Entities, e)
	}
	for _, r := range recs {
		for _, rv := range get(r, "rels").([]any) {
			rel := decodeRelationship(rv)
			rel.From, rel.To = byID[rel.FromID], byID[rel.ToID]
			g.Relationships = append(g.Relationships, rel)
		}
	}
	return g, nil
}

// EntityNames returns every entity with just its id and names, for matching names in text.
func (s *Store) EntityNames(ctx context.Context) ([]*kg.Entity, error) {
	recs, err := s.readRows(ctx, cypherEntityNames, nil)
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Entity, len(recs))
	for i, r := range recs {
		out[i] = decodeEntity(get(r, "e"))
	}
	return out, nil
}

// RelationshipGroups groups an entity's relationships by type, the other end's kind or region,
// or year.
func (s *Store) RelationshipGroups(ctx context.Context, q kg.GroupQuery) ([]kg.Group, error) {
	recs, err := s.readRows(ctx, cypherRelationshipGroups(q), map[string]any{"id": q.ID, "by": q.By})
	if err != nil {
		return nil, err
	}
	out := make([]kg.Group, len(recs))
	for i, r := range recs {
		k, _ := get(r, "key").(string)
		if k != "" {
			out[i].Key = &k
		}
		n, _ := get(r, "count").(int64)
		out[i].Count = int(n)
		for _, e := range get(r, "entities").([]any) {
			out[i].Entities = append(out[i].Entities, decodeEntity(e))
		}
	}
	return out, nil
}

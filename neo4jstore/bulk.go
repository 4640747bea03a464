package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

func addCounters(c *kg.WriteCounts, s neo4j.Counters) {
	c.NodesCreated += s.NodesCreated()
	c.RelationshipsCreated += s.RelationshipsCreated()
	c.PropertiesSet += s.PropertiesSet()
	c.LabelsAdded += s.LabelsAdded()
}

// Each bulk statement MERGEs by id and sets properties only when their content hash differs,
// so loading the same data twice writes nothing and leaves versions alone.
const (
	cypherUpsertDocuments = `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
WITH d, row WHERE d.contentHash IS NULL OR d.contentHash <> row.hash
SET d += row.props, d.contentHash = row.hash`

	cypherUpsertEntitiesTemplate = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row WHERE n.contentHash IS NULL OR n.contentHash <> row.hash
WITH n, row, CASE WHEN n.contentHash IS NULL THEN coalesce(n.version, 1) ELSE n.version + 1 END AS version
SET n += row.props, n:%s, n.contentHash = row.hash, n.version = version
%s
%s`

	// Relationships are found by id through the type's id index rather than MERGEd between
	// their endpoints: MERGE expands the endpoints' relationships inside the transaction, which
	// goes quadratic when a batch adds thousands to one dense node (a city, a festival). The id
	// is a hash of type, endpoints and date, so the relationship with an id has those endpoints.
	// The missing ones are created first, every row looked up before any is created (collect),
	// since a look-up in an index the same statement adds to walks the transaction's additions;
	// the statement returns how many existed, and only then are those updated where their
	// content changed — a first import, the common bulk case, pays for one look-up per row.
	// The hints keep a plan made while the type was empty from scanning the whole index for
	// every row.
	cypherCreateRelationshipsTemplate = `UNWIND $rows AS row
OPTIONAL MATCH ()-[old:%[1]s {id: row.id}]->() USING INDEX SEEK old:%[1]s(id)
WITH collect(CASE WHEN old IS NULL THEN row END) AS missing, count(old) AS existing
CALL (missing) {
  UNWIND missing AS row
  MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
  CREATE (a)-[r:%[1]s]->(b)
  SET r = row.props, r.id = row.id, r.contentHash = row.hash, r.version = 1, r.outKey = row.outKey, r.inKey = row.inKey
}
RETURN existing`

	cypherUpdateRelationshipsTemplate = `UNWIND $rows AS row
MATCH ()-[r:%[1]s {id: row.id}]->() USING INDEX SEEK r:%[1]s(id)
WITH r, row WHERE r.contentHash IS NULL OR r.contentHash <> row.hash
WITH r, row, CASE WHEN r.contentHash IS NULL THEN coalesce(r.version, 1) ELSE r.version + 1 END AS version
SET r += row.props, r.contentHash = row.hash, r.version = version, r.outKey = row.outKey, r.inKey = row.inKey`

	// A type that had no relationship when the import began needs no look-up by id: its rows
	// (unique by id, see kg.Batch.FreshTypes) are all new. Rows are lists, not maps (no key
	// strings to pack and decode, no map look-ups per property), and the properties go into
	// CREATE's own map instead of a SET after it, where Neo4j replaces the new relationship's
	// empty property set; CREATE leaves out the null ones, as SET r = map does. JFR of the
	// look-up path on QUICK (200k relationships into empty types): the look-up and its eager
	// collect, SET r = map and Bolt's map decoding were a fifth of Neo4j's samples; this
	// statement cut Neo4j's CPU for the import by about a fifth (interleaved on one Neo4j:
	// 29.2 and 22.3 s → 21.1 and 20.2 s; issue 16).
	cypherCreateFreshRelationshipsTemplate = `UNWIND $rows AS row
MATCH (a:Entity {id: row[0]}), (b:Entity {id: row[1]})
CREATE (a)-[:%[1]s {%[2]s}]->(b)`

	// When no entity existed as the import began, every entity row is new (unique by id, see
	// kg.Batch.FreshEntities): CREATE instead of MERGE, the properties in CREATE's map instead
	// of a SET after it, rows as Bolt lists (as fresh relationships'), and an organisation's
	// role labels as one dynamic label list (kg.Role.Label, checked in Go) instead of a FOREACH
	// per role; no other kind's or role's label to remove from a node just made. The entity_id
	// constraint still stands behind it: a row whose id exists fails rather than duplicating.
	cypherCreateFreshEntitiesTemplate = `UNWIND $rows AS row
CREATE (n:Entity:%[1]s%[2]s {%[3]s})`

	cypherUpsertMentions = `UNWIND $rows AS row
MATCH (d:Document {id: row.doc}), (e:Entity {id: row.entity})
MERGE (d)-[m:MENTIONS {start: row.start}]->(e)
WITH m, row WHERE m.end IS NULL OR m.end <> row.end OR m.quote <> row.quote
SET m.end = row.end, m.quote = row.quote`
)

// statement is one bulk statement and its rows, built before the transaction opens so that a
// retried transaction (a deadlock between concurrent import batches) does not build them again.
type statement struct {
	cypher string
	rows   any // []map[string]any, or [][]any for freshEntityRows and freshRelationshipRows
	// then runs when the statement returns a positive count (relationships that existed).
	then *statement
}

// WriteBatch writes b in one write transaction: documents, entities (by kind), relationships
// (by type), mentions, then b's mark.
func (s *Store) WriteBatch(ctx context.Context, b kg.Batch) (kg.WriteCounts, error) {
	stmts := batchStatements(b)
	return writeTx(ctx, s, func(q querier) (kg.WriteCounts, error) {
		var c kg.WriteCounts
		for _, st := range stmts {
			if err := q.runBulk(st, &c); err != nil {
				return c, err
			}
		}
		if m := b.Mark; m != nil {
			if _, err := q.rows(cypherMarkBatch, map[string]any{"run": m.RunID, "index": m.Index}); err != nil {
				return c, err
			}
		}
		return c, nil
	})
}

func batchStatements(b kg.Batch) []statement {
	out := withRows(nil, cypherUpsertDocuments, documentRows(b.Documents), nil)
	for _, k := range kg.Kinds {
		if b.FreshEntities {
			out = withRows(out, freshEntityStatement(k), freshEntityRows(b.Entities, k), nil)
			continue
		}
		out = withRows(out, fmt.Sprintf(cypherUpsertEntitiesTemplate, label(k), cypherRoleLabels("n", k, "row.props.roles"), cypherOtherKindLabels("n", k)),
			entityRows(b.Entities, k), nil)
	}
	for _, t := range kg.RelTypes {
		rt := relTypes([]kg.RelType{t})
		if b.FreshTypes[t] {
			out = withRows(out, fmt.Sprintf(cypherCreateFreshRelationshipsTemplate, rt, freshRelationshipMap), freshRelationshipRows(b.Relationships, t), nil)
			continue
		}
		rows := relationshipRows(b.Relationships, t)
		out = withRows(out, fmt.Sprintf(cypherCreateRelationshipsTemplate, rt), rows,
			&statement{cypher: fmt.Sprintf(cypherUpdateRelationshipsTemplate, rt), rows: rows})
	}
	return withRows(out, cypherUpsertMentions, mentionRows(b.Mentions), nil)
}

// withRows appends the statement for rows, as maps or as lists, when there are any.
func withRows[R any](out []statement, cypher string, rows []R, then *statement) []statement {
	if len(rows) == 0 {
		return out
	}
	return append(out, statement{cypher: cypher, rows: rows, then: then})
}

// runBulk runs st, adds its counters to c, and runs st.then when st counted existing rows.
func (q querier) runBulk(st statement, c *kg.WriteCounts) error {
	start := time.Now()
	defer func() { q.store.metrics.ObserveQuery(q.ctx, time.Since(start)) }()
	res, err := q.tx.Run(q.ctx, st.cypher, map[string]any{"rows": st.rows})
	if err != nil {
		return err
	}
	existing := int64(0)
	if st.then != nil {
		rec, err := res.Single(q.ctx)
		if err != nil {
			return err
		}
		existing, _ = rec.Values[0].(int64)
	}
	sum, err := res.Consume(q.ctx)
	if err != nil {
		return err
	}
	addCounters(c, sum.Counters())
	if existing > 0 {
		return q.runBulk(*st.then, c)
	}
	return nil
}

// row pairs properties with a hash of them, for change detection.
func row(id string, props map[string]any, extra map[string]any) map[string]any {
	r := map[string]any{"id": id, "props": props, "hash": contentHash(props)}
	for k, v := range extra {
		r[k] = v
	}
	return r
}

// setOpt adds p's value under key when p is not nil.
func setOpt[T any](m map[string]any, key string, p *T) {
	if p != nil {
		m[key] = *p
	}
}

func documentRows(docs []*kg.Document) []map[string]any {
	rows := make([]map[string]any, 0, len(docs))
	for _, d := range docs {
		props := map[string]any{"title": d.Title, "language": d.Language, "text": d.Text,
			"textPublic": d.TextPublic, "sha256": d.SHA256, "length": len([]rune(d.Text))}
		setOpt(props, "url", d.URL)
		setOpt(props, "publisher", d.Publisher)
		setOpt(props, "published", d.Published)
		rows = append(rows, row(d.ID, props, nil))
	}
	return rows
}

// EntityProps is how an entity is stored, including its folded search keys.
func EntityProps(e *kg.Entity) map[string]any {
	roles := make([]string, len(e.Roles))
	for i, r := range e.Roles {
		roles[i] = string(r)
	}
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	keys := SearchKeys(e)
	props := map[string]any{
		"kind": string(e.Kind), "name": e.Name, "aliases": aliases, "roles": roles,
		"figures": encodeFigures(e.Figures), "citations": encodeCitations(e.Citations),
		"searchNames": keys, "searchText": strings.Join(keys, "\n"),
	}
	setOpt(props, "nameZhHans", e.NameZhHans)
	setOpt(props, "nameZhHant", e.NameZhHant)
	setOpt(props, "description", e.Description)
	setOpt(props, "founded", e.Founded)
	setOpt(props, "region", e.Region)
	setOpt(props, "sector", e.Sector)
	setOpt(props, "date", e.Date)
	setOpt(props, "endDate", e.EndDate)
	return props
}

// SearchKeys are the entity's names and aliases folded (Simplified, lower case), deduplicated.
func SearchKeys(e *kg.Entity) []string {
	seen := map[string]bool{}
	var keys []string
	for _, n := range e.Names() {
		if k := textnorm.Fold(n); k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func entityRows(es []*kg.Entity, kind kg.Kind) []map[string]any {
	var rows []map[string]any
	for _, e := range es {
		if e.Kind == kind {
			rows = append(rows, row(e.ID, EntityProps(e), nil))
		}
	}
	return rows
}

// freshEntityStatement is cypherCreateFreshEntitiesTemplate for kind k: organisations take
// their role labels from a freshEntityRows row's third item.
func freshEntityStatement(k kg.Kind) string {
	roles := ""
	if k == kg.KindOrganization {
		roles = ":$(row[2])"
	}
	return fmt.Sprintf(cypherCreateFreshEntitiesTemplate, label(k), roles, freshEntityMap)
}

// freshEntityMap is CREATE's property map over a freshEntityRows row: the properties
// entityRows' statement sets, with the same values.
var freshEntityMap = freshMap([]string{"id: row[0]", "contentHash: row[1]", "version: 1"}, 3, entityColumns)

// freshMap is a fresh statement's CREATE map: fixed, then each of cols from the row's item at
// first on.
func freshMap(fixed []string, first int, cols []column) string {
	parts := slices.Clone(fixed)
	for i, c := range cols {
		parts = append(parts, fmt.Sprintf("%s: row[%d]", c.prop, first+i))
	}
	return strings.Join(parts, ", ")
}

// appendColumns appends the values of props under cols (nil where props has none).
func appendColumns(l []any, props map[string]any, cols []column) []any {
	for _, c := range cols {
		l = append(l, props[c.prop])
	}
	return l
}

// freshEntityRows are the rows of cypherCreateFreshEntitiesTemplate for kind's entities: id,
// content hash (as row computes it), role labels (roleLabelName), then the values of the offline CSV's entityColumns, the one list of
// EntityProps' keys (nil where an entity has none).
func freshEntityRows(es []*kg.Entity, kind kg.Kind) [][]any {
	var rows [][]any
	for _, e := range es {
		if e.Kind != kind {
			continue
		}
		props := EntityProps(e)
		labels := make([]string, 0, len(e.Roles))
		if kind == kg.KindOrganization {
			for _, r := range e.Roles {
				labels = append(labels, roleLabelName(r))
			}
		}
		l := make([]any, 0, 3+len(entityColumns))
		l = append(l, e.ID, contentHash(props), labels)
		rows = append(rows, appendColumns(l, props, entityColumns))
	}
	return rows
}

// RelationshipProps is how a relationship is stored.
func RelationshipProps(r *kg.Relationship) map[string]any {
	props := map[string]any{"citations": encodeCitations(r.Citations)}
	setOpt(props, "date", r.Date)
	setOpt(props, "endDate", r.EndDate)
	setOpt(props, "dateNote", r.DateNote)
	setOpt(props, "amountHKD", r.AmountHKD)
	setOpt(props, "role", r.Role)
	setOpt(props, "note", r.Note)
	props["status"] = string(statusOf(r))
	if r.Round != nil {
		props["round"] = string(*r.Round)
	}
	setOpt(props, "amount", r.Amount)
	setOpt(props, "currency", r.Currency)
	setOpt(props, "lead", r.Lead)
	return props
}

// statusOf is r's status, or the one its end date implies when it was written without one
// (what migration 9 backfills on older relationships).
func statusOf(r *kg.Relationship) kg.FactStatus {
	if r.Status != "" {
		return r.Status
	}
	return kg.StatusFor(r.EndDate, time.Now().UTC().Format(time.DateOnly))
}

// RelationshipKeys are r's outKey and inKey (see relKeys), computed as the Cypher would.
func RelationshipKeys(r *kg.Relationship) (outKey, inKey string) {
	t := string(r.Type)
	return r.FromID + " " + t + " " + r.ToID + " " + r.ID, r.ToID + " " + t + " " + r.FromID + " " + r.ID
}

func relationshipRows(rs []*kg.Relationship, t kg.RelType) []map[string]any {
	var rows []map[string]any
	for _, r := range rs {
		if r.Type == t {
			out, in := RelationshipKeys(r)
			rows = append(rows, row(r.ID, RelationshipProps(r), map[string]any{"from": r.FromID, "to": r.ToID, "outKey": out, "inKey": in}))
		}
	}
	return rows
}

// freshRelationshipMap is CREATE's property map over a freshRelationshipRows row: the
// properties relationshipRows' statement sets, with the same values.
var freshRelationshipMap = freshMap([]string{"id: row[2]", "contentHash: row[3]", "version: 1", "outKey: row[4]", "inKey: row[5]"},
	6, relationshipColumns)

// freshRelationshipRows are the rows of cypherCreateFreshRelationshipsTemplate: from, to, id,
// content hash (as row computes it), outKey, inKey, then the values of the offline CSV's
// relationshipColumns, the one list of RelationshipProps' keys (nil where a relationship has none).
func freshRelationshipRows(rs []*kg.Relationship, t kg.RelType) [][]any {
	var rows [][]any
	for _, r := range rs {
		if r.Type != t {
			continue
		}
		props := RelationshipProps(r)
		out, in := RelationshipKeys(r)
		l := make([]any, 0, 6+len(relationshipColumns))
		l = append(l, r.FromID, r.ToID, r.ID, contentHash(props), out, in)
		rows = append(rows, appendColumns(l, props, relationshipColumns))
	}
	return rows
}

func mentionRows(ms []kg.Mention) []map[string]any {
	rows := make([]map[string]any, len(ms))
	for i, m := range ms {
		rows[i] = map[string]any{"doc": m.DocumentID, "entity": m.EntityID, "start": m.Start, "end": m.End, "quote": m.Quote}
	}
	return rows
}

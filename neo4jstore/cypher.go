package neo4jstore

// The Cypher every file shares: the label and type splicing (label, relTypes), the map
// projections the decoders read (entityMap, relMap, documentMap) and the statements of the
// read side (read.go, search.go). Writers keep their own statements at the top of their file;
// doc.go says where each is. Values always travel as parameters; the only text spliced into
// statements is labels and relationship types from kg's allow-lists (through label and
// relTypes below) and small integers the caller validated.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// label returns the backquoted label for a kind; unknown kinds panic because every caller
// validates them first, and nothing else may reach a statement.
func label(k kg.Kind) string {
	l := k.Label()
	if l == "" {
		panic(fmt.Sprintf("neo4jstore: kind %q is not in the allow-list", k))
	}
	return "`" + l + "`"
}

// roleLabel returns the backquoted label for a role, for Cypher text.
func roleLabel(r kg.Role) string { return "`" + roleLabelName(r) + "`" }

// roleLabelName returns a role's label (kg.Role.Label) as a value: a dynamic label of a fresh
// entity's row, or the offline importer's :LABEL field. Unknown roles panic, as label's kinds do.
func roleLabelName(r kg.Role) string {
	l := r.Label()
	if l == "" {
		panic(fmt.Sprintf("neo4jstore: role %q is not in the allow-list", r))
	}
	return l
}

// hasRole is the predicate "n holds any of roles" on n's role labels: n:`RoleA`|`RoleB`, each
// role once in sorted order, so the same set is always the same statement. Role labels sit on
// organisations alone, beside the roles property they mirror (cypherRoleLabels), so Neo4j
// finds the holders by scanning the labels' nodes instead of reading every organisation's
// roles.
func hasRole(n string, roles []kg.Role) string {
	roles = kg.Canonical(roles)
	parts := make([]string, len(roles))
	for i, r := range roles {
		parts[i] = roleLabel(r)
	}
	return n + ":" + strings.Join(parts, "|")
}

// cypherRoleLabels are the clauses that give n, just written as an entity of kind whose roles
// property is the list expression roles, the role labels of exactly those roles, removing any
// it no longer holds. Only organisations hold roles (kg.ApplyEntityWrite, curation and the
// loaders refuse them elsewhere), and any other kind loses every role label, so the labels
// are always a subset of the organisations and the count of a role's label is the count of
// its holders.
func cypherRoleLabels(n string, kind kg.Kind, roles string) string {
	var b strings.Builder
	if kind != kg.KindOrganization {
		b.WriteString("REMOVE " + n)
		for _, r := range kg.Roles {
			b.WriteString(":" + roleLabel(r))
		}
		return b.String()
	}
	for i, r := range kg.Roles {
		if i > 0 {
			b.WriteString("\n")
		}
		// r is from the allow-list, never input.
		fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN '%[1]s' IN %[2]s THEN [1] ELSE [] END | SET %[3]s:%[4]s)\n"+
			"FOREACH (_ IN CASE WHEN '%[1]s' IN %[2]s THEN [] ELSE [1] END | REMOVE %[3]s:%[4]s)", r, roles, n, roleLabel(r))
	}
	return b.String()
}

// cypherOtherKindLabels removes every kind label but kind's from n: a bulk upsert that changes
// an entity's kind (a re-import, a restore) must not leave it listed under its old kind too.
func cypherOtherKindLabels(n string, kind kg.Kind) string {
	var b strings.Builder
	b.WriteString("REMOVE " + n)
	for _, k := range kg.Kinds {
		if k != kind {
			b.WriteString(":" + label(k))
		}
	}
	return b.String()
}

// relTypes returns "`A`|`B`" for the given types (all types when empty), each type once in
// sorted order: the same set of types is always the same statement, so one Neo4j plan.
func relTypes(types []kg.RelType) string {
	types = kg.Canonical(types)
	if len(types) == 0 {
		types = kg.Canonical(kg.RelTypes)
	}
	parts := make([]string, len(types))
	for i, t := range types {
		if !t.Valid() {
			panic(fmt.Sprintf("neo4jstore: relationship type %q is not in the allow-list", t))
		}
		parts[i] = "`" + string(t) + "`"
	}
	return strings.Join(parts, "|")
}

// pattern returns the relationship pattern from n to m for a direction.
func pattern(n, r, types, m string, dir kg.Direction) string {
	switch dir {
	case kg.DirectionOut:
		return fmt.Sprintf("(%s)-[%s:%s]->(%s)", n, r, types, m)
	case kg.DirectionIn:
		return fmt.Sprintf("(%s)<-[%s:%s]-(%s)", n, r, types, m)
	}
	return fmt.Sprintf("(%s)-[%s:%s]-(%s)", n, r, types, m)
}

// degreeOf counts n's relationships of every allowed type. Without a label on the far end,
// Neo4j answers it from the node's degree counts instead of walking the relationships.
func degreeOf(n string) string {
	return fmt.Sprintf("COUNT { (%s)-[:%s]-() }", n, relTypes(nil))
}

// entityMap projects an entity node to the map decodeEntity reads (search keys left out).
func entityMap(n string) string {
	return fmt.Sprintf("%s { .id, .kind, .name, .nameZhHans, .nameZhHant, .aliases, .description, .roles, "+
		".founded, .region, .sector, .date, .endDate, .figures, .citations, .version, .updatedAt, .updatedBy, "+
		"degree: %s }", n, degreeOf(n))
}

// relMap projects a relationship to the map decodeRelationship reads.
func relMap(r string) string {
	return fmt.Sprintf("%s { .id, .date, .endDate, .dateNote, .amountHKD, .role, .note, .citations, .version, "+
		".updatedAt, .updatedBy, .status, .round, .amount, .currency, .lead, type: type(%s), from: startNode(%s).id, to: endNode(%s).id }", r, r, r, r)
}

const documentMap = "d { .id, .title, .url, .publisher, .published, .language, .text, .textPublic, .sha256 }"

var (
	cypherEntitiesByID = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN " + entityMap("n") + " AS e"

	cypherDocumentsByID = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN " + documentMap + " AS d"

	cypherDocuments = "MATCH (d:Document) RETURN " + documentMap + " AS d ORDER BY d.id"
)

// cypherRelationshipsByID looks relationships up by id through each type's id index; the
// caller passes the ids of each type as $ids_<TYPE>.
func cypherRelationshipsByID(types []kg.RelType) string {
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE r.id IN $ids_%s RETURN r, a, b", relTypes([]kg.RelType{t}), t)
	}
	return "CALL () {\n" + strings.Join(parts, "\nUNION ALL\n") + "\n}\nRETURN " +
		relMap("r") + " AS r, " + entityMap("a") + " AS a, " + entityMap("b") + " AS b"
}

// DenseDegree is the default degree above which an entity's relationships are paged through the
// relationship-key indexes instead of by expanding and sorting all of them.
const DenseDegree = 1000

// Relationship keys make paging on dense nodes O(page): every relationship carries
//
//	outKey = from.id ␠ TYPE ␠ to.id ␠ rel.id   and   inKey = to.id ␠ TYPE ␠ from.id ␠ rel.id
//
// (␠ is a space, which sorts below every character of an id), indexed per type. From either
// end n, the keys that start with "n.id ␠" list n's relationships in exactly the connection's
// order (type, other end's id, relationship id), so a page is an index range seek.
func relKeys(a, r, b string, t kg.RelType) string {
	return fmt.Sprintf("%[2]s.outKey = %[1]s.id + ' %[4]s ' + %[3]s.id + ' ' + %[2]s.id, %[2]s.inKey = %[3]s.id + ' %[4]s ' + %[1]s.id + ' ' + %[2]s.id", a, r, b, t)
}

// cypherRelationships pages the relationships of many entities at once, in the order
// (type, other end's id, relationship id), forwards after a key or backwards before one, by
// expanding and sorting. Dense entities (more than DenseDegree relationships) are left out of
// that: the statement returns the types they have instead, and cypherDenseRelationships pages
// them with index seeks.
func cypherRelationships(q kg.RelQuery) string {
	types := relTypes(q.Types)
	cmp, order := ">", "ASC"
	if q.Window.Backward() {
		cmp, order = "<", "DESC"
	}
	keyset := fmt.Sprintf("($k0 IS NULL OR type(r) %[1]s $k0 OR (type(r) = $k0 AND (m.id %[1]s $k1 OR (m.id = $k1 AND r.id %[1]s $k2))))", cmp)
	allowed := q.Types
	if len(allowed) == 0 {
		allowed = kg.RelTypes
	}
	present := make([]string, len(allowed))
	for i, t := range allowed {
		present[i] = fmt.Sprintf("['%s', COUNT { %s }]", t, pattern("n", "", relTypes([]kg.RelType{t}), "", q.Direction))
	}
	return fmt.Sprintf(`UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, COUNT { %[6]s } AS total
CALL (n, total) {
  WITH n WHERE total <= $dense
  MATCH %[1]s
  WHERE %[2]s
  WITH r, m ORDER BY type(r) %[3]s, m.id %[3]s, r.id %[3]s LIMIT $limit
  RETURN collect({r: %[4]s, m: %[5]s}) AS rows
}
RETURN id, %[7]s AS self, rows, total,
  CASE WHEN total > $dense THEN [x IN [%[8]s] WHERE x[1] > 0 | x[0]] ELSE [] END AS denseTypes`,
		pattern("n", "r", types, "m:Entity", q.Direction), keyset, order,
		relMap("r"), entityMap("m"), countPatternOf(q), entityMap("n"), strings.Join(present, ", "))
}

func countPatternOf(q kg.RelQuery) string {
	return pattern("n", "", relTypes(q.Types), "", q.Direction)
}

// cypherDenseRelationships pages one dense entity's relationships of the given types (those it
// has) through the relationship-key indexes: one range seek per type and direction, each
// limited to a page, merged.
func cypherDenseRelationships(q kg.RelQuery, present []kg.RelType) string {
	cmp, order := ">", "ASC"
	if q.Window.Backward() {
		cmp, order = "<", "DESC"
	}
	return fmt.Sprintf(`WITH $id + ' ' AS prefix,
     CASE WHEN $k0 IS NULL THEN null ELSE $id + ' ' + $k0 + ' ' + $k1 + ' ' + $k2 END AS from
CALL (prefix, from) {
%s
}
WITH r, m, k ORDER BY k %s LIMIT $limit
RETURN collect({r: %s, m: %s}) AS rows`, keySeeks(kg.RelQuery{Types: present, Direction: q.Direction}, cmp, order), order, relMap("r"), entityMap("m"))
}

// keySeeks is one index range seek per relationship type and direction, each limited to a
// page, merged by the caller.
func keySeeks(q kg.RelQuery, cmp, order string) string {
	types := q.Types
	if len(types) == 0 {
		types = kg.RelTypes
	}
	// Past the last key with this prefix: "~" sorts above every character of an id or type.
	bound := "coalesce(from, prefix)"
	if cmp == "<" {
		bound = "coalesce(from, prefix + '~')"
	}
	var parts []string
	for _, t := range types {
		rt := relTypes([]kg.RelType{t})
		if q.Direction != kg.DirectionIn {
			parts = append(parts, fmt.Sprintf(`    MATCH ()-[r:%s]->(m:Entity) WHERE r.outKey STARTS WITH prefix AND r.outKey %s %s
    WITH r, m, r.outKey AS k ORDER BY k %s LIMIT $limit RETURN r, m, k`, rt, cmp, bound, order))
		}
		if q.Direction != kg.DirectionOut {
			parts = append(parts, fmt.Sprintf(`    MATCH (m:Entity)-[r:%s]->() WHERE r.inKey STARTS WITH prefix AND r.inKey %s %s
    WITH r, m, r.inKey AS k ORDER BY k %s LIMIT $limit RETURN r, m, k`, rt, cmp, bound, order))
		}
	}
	return strings.Join(parts, "\n    UNION ALL\n")
}

// cypherMentions pages the mentions of many entities, in (document id, start) order.
const cypherMentions = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (d:Document)-[m:MENTIONS]->(n)
  WHERE $k0 IS NULL OR d.id > $k0 OR (d.id = $k0 AND m.start > $k1)
  WITH d, m ORDER BY d.id, m.start LIMIT $limit
  RETURN collect({doc: d.id, start: m.start, end: m.end, quote: m.quote}) AS rows
}
RETURN id, rows, COUNT { (:Document)-[:MENTIONS]->(n) } AS total`

// whereBuilder compiles an EntityWhere into a Cypher predicate with numbered parameters.
type whereBuilder struct{ params map[string]any }

func (b *whereBuilder) param(v any) string {
	name := fmt.Sprintf("w%d", len(b.params))
	b.params[name] = v
	return "$" + name
}

func (b *whereBuilder) build(n string, w kg.EntityWhere) string {
	var parts []string
	if w.Kind != nil {
		parts = append(parts, n+":"+label(*w.Kind))
	}
	if len(w.RolesAny) > 0 {
		parts = append(parts, hasRole(n, w.RolesAny))
	}
	if w.NameContains != nil {
		parts = append(parts, fmt.Sprintf("any(x IN %s.searchNames WHERE x CONTAINS %s)", n, b.param(*w.NameContains)))
	}
	if w.NameStartsWith != nil {
		parts = append(parts, fmt.Sprintf("any(x IN %s.searchNames WHERE x STARTS WITH %s)", n, b.param(*w.NameStartsWith)))
	}
	if w.FoundedFrom != nil {
		parts = append(parts, fmt.Sprintf("%s.founded >= %s", n, b.param(*w.FoundedFrom)))
	}
	if w.FoundedTo != nil {
		parts = append(parts, fmt.Sprintf("%s.founded <= %s", n, b.param(*w.FoundedTo)))
	}
	if h := w.HasRelationship; h != nil {
		var types []kg.RelType
		if h.Type != nil {
			types = []kg.RelType{*h.Type}
		}
		p := pattern(n, "", relTypes(types), "o:Entity", h.Direction)
		if h.To != nil {
			parts = append(parts, fmt.Sprintf("EXISTS { MATCH %s WHERE o.id = %s }", p, b.param(*h.To)))
		} else {
			parts = append(parts, fmt.Sprintf("EXISTS { %s }", p))
		}
	}
	for _, sub := range w.And {
		parts = append(parts, "("+b.build(n, sub)+")")
	}
	if len(w.Or) > 0 {
		ors := make([]string, len(w.Or))
		for i, sub := range w.Or {
			ors[i] = "(" + b.build(n, sub) + ")"
		}
		parts = append(parts, "("+strings.Join(ors, " OR ")+")")
	}
	if w.Not != nil {
		parts = append(parts, "NOT ("+b.build(n, *w.Not)+")")
	}
	if len(parts) == 0 {
		return "true"
	}
	return strings.Join(parts, " AND ")
}

// cypherEntities pages entities matching where, sorted by q.OrderBy then id, with the total.
func cypherEntities(q kg.EntityQuery, params map[string]any) string {
	b := &whereBuilder{params: params}
	where := b.build("n", q.Where)
	var key string
	switch q.OrderBy {
	case kg.OrderFounded:
		key = "coalesce(n.founded, 0)"
	case kg.OrderDegree:
		key = degreeOf("n")
	default:
		key = "n.name"
	}
	// Descending order and backward paging each flip the comparison; both flip it back.
	desc := q.Descending != q.Window.Backward()
	cmp, order := ">", "ASC"
	if desc {
		cmp, order = "<", "DESC"
	}
	if !onlyLabels(q.Where) {
		// A filter beyond labels (names, years, relationships) is evaluated on every entity of
		// the kind anyway: one scan counts the matches and keeps those after the cursor, and
		// only those are sorted for the page, rather than scanning twice.
		return fmt.Sprintf(`MATCH (n:Entity) WHERE %[1]s
WITH n, %[2]s AS k
WITH count(*) AS total, collect(CASE WHEN $k0 IS NULL OR k %[3]s $k0 OR (k = $k0 AND n.id %[3]s $k1) THEN [k, n] END) AS after
CALL (after) {
  UNWIND after AS x
  WITH x[1] AS n, x[0] AS k ORDER BY k %[4]s, n.id %[4]s LIMIT $limit
  RETURN collect({e: %[5]s, k: k}) AS rows
}
RETURN total, rows`, where, key, cmp, order, entityMap("n"))
	}
	// Labels alone (kinds, roles): the count and the page each scan the nodes of one label (a
	// kind's, or for organisations with any of some roles, those roles'), checking no other,
	// the page sorting them (top-k); the count of one label is in Neo4j's count store.
	match := "MATCH (n:Entity) WHERE " + where
	if m := labelMatch(q.Where); m != "" {
		match = "MATCH " + m
	}
	return fmt.Sprintf(`CALL () { %[5]s RETURN count(n) AS total }
CALL () {
  %[5]s
  WITH n, %[1]s AS k
  WHERE $k0 IS NULL OR k %[2]s $k0 OR (k = $k0 AND n.id %[2]s $k1)
  WITH n, k ORDER BY k %[3]s, n.id %[3]s LIMIT $limit
  RETURN collect({e: %[4]s, k: k}) AS rows
}
RETURN total, rows`, key, cmp, order, entityMap("n"), match)
}

// onlyLabels reports whether w filters on kinds and roles alone: a conjunction of labels.
func onlyLabels(w kg.EntityWhere) bool {
	if w.NameContains != nil || w.NameStartsWith != nil || w.FoundedFrom != nil ||
		w.FoundedTo != nil || w.HasRelationship != nil || w.Or != nil || w.Not != nil {
		return false
	}
	for _, a := range w.And {
		if !onlyLabels(a) {
			return false
		}
	}
	return true
}

// labelMatch is the pattern of exactly the nodes w (a conjunction of labels, onlyLabels)
// matches, on as few labels as that takes: (n:Entity) for no filter, (n:`Kind`) for one kind
// (kind labels sit on entities alone), and for organisations (or any entity) holding any of
// one set of roles (n:`RoleA`|`RoleB`), since role labels sit on organisations alone
// (cypherRoleLabels). "" when w names two kinds, several different sets of roles, or roles of
// another kind than ORGANIZATION (which none holds).
func labelMatch(w kg.EntityWhere) string {
	var kinds []kg.Kind
	var roles []kg.Role
	ok := true
	var walk func(kg.EntityWhere)
	walk = func(w kg.EntityWhere) {
		if w.Kind != nil && !slices.Contains(kinds, *w.Kind) {
			kinds = append(kinds, *w.Kind)
		}
		if rs := kg.Canonical(w.RolesAny); len(rs) > 0 {
			if roles != nil && !slices.Equal(roles, rs) {
				ok = false
			}
			roles = rs
		}
		for _, a := range w.And {
			walk(a)
		}
	}
	walk(w)
	switch {
	case !ok || len(kinds) > 1:
		return ""
	case roles != nil && len(kinds) == 1 && kinds[0] != kg.KindOrganization:
		return ""
	case roles != nil:
		return "(" + hasRole("n", roles) + ")"
	case len(kinds) == 1:
		return "(n:" + label(kinds[0]) + ")"
	}
	return "(n:Entity)"
}

// cypherSearch fetches full-text candidates; the caller ranks them. The kinds travel as the
// parameter $kinds (empty: all), so every kind filter is one statement and one plan.
func cypherSearch() string {
	return fmt.Sprintf(`CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $candidates}) YIELD node AS n, score
WHERE size($kinds) = 0 OR n.kind IN $kinds
RETURN %s AS e, score, n.searchNames AS keys
ORDER BY score DESC`, entityMap("n"))
}

// cypherPaths finds up to k shortest paths, ignoring direction.
func cypherPaths(q kg.PathQuery) string {
	return fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST %d (a)-[:%s]-{1,%d}(b)
WITH p ORDER BY length(p)
RETURN [x IN nodes(p) | x.id] AS ids, [r IN relationships(p) | %s] AS rels`,
		q.K, relTypes(q.Types), q.MaxHops, relMap("r"))
}

// cypherNeighborhood walks out breadth-first, hop by hop, keeping at most $limit entities, then
// returns every relationship among them (a closed subgraph).
func cypherNeighborhood(q kg.NeighborhoodQuery) string {
	types := relTypes(q.Types)
	var b strings.Builder
	b.WriteString("MATCH (c:Entity {id: $id})\nWITH [c] AS seen, [c] AS frontier\n")
	for range q.Hops {
		fmt.Fprintf(&b, `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:%s]-(m:Entity)
  WHERE NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH seen + next[..($limit - size(seen))] AS seen, next[..($limit - size(seen))] AS frontier
`, types)
	}
	fmt.Fprintf(&b, `UNWIND seen AS a
CALL (a, seen) {
  MATCH (a)-[r:%s]->(z:Entity) WHERE z IN seen
  RETURN collect(%s) AS rels
}
RETURN %s AS e, rels`, types, relMap("r"), entityMap("a"))
	return b.String()
}

// cypherStats counts entities per kind, organisations per role and relationships per type in
// one statement; label (kind and role) and type counts come from Neo4j's count store. Roles
// come as [role, count] pairs in the roles' order, those no organisation holds left out.
func cypherStats() string {
	var b strings.Builder
	b.WriteString("CALL () { MATCH (n:Entity) RETURN count(n) AS entities }\n")
	b.WriteString("CALL () { MATCH (d:Document) RETURN count(d) AS documents }\n")
	roles := make([]string, 0, len(kg.Roles))
	for i, r := range slices.Sorted(slices.Values(kg.Roles)) {
		fmt.Fprintf(&b, "CALL () { MATCH (n:%s) RETURN count(n) AS r%d }\n", roleLabel(r), i)
		roles = append(roles, fmt.Sprintf("['%s', r%d]", r, i))
	}
	kinds := make([]string, len(kg.Kinds))
	for i, k := range kg.Kinds {
		fmt.Fprintf(&b, "CALL () { MATCH (n:%s) RETURN count(n) AS k%d }\n", label(k), i)
		kinds[i] = fmt.Sprintf("k%d", i)
	}
	types := make([]string, len(kg.RelTypes))
	for i, t := range kg.RelTypes {
		fmt.Fprintf(&b, "CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS t%d }\n", relTypes([]kg.RelType{t}), i)
		types[i] = fmt.Sprintf("t%d", i)
	}
	fmt.Fprintf(&b, "RETURN entities, documents, [x IN [%s] WHERE x[1] > 0] AS roles, [%s] AS kinds, [%s] AS types",
		strings.Join(roles, ", "), strings.Join(kinds, ", "), strings.Join(types, ", "))
	return b.String()
}

// cypherMostConnected ranks entities by degree; it touches every entity of the kind.
func cypherMostConnected(kind *kg.Kind) string {
	match := "MATCH (n:Entity)"
	if kind != nil {
		match = "MATCH (n:" + label(*kind) + ")"
	}
	return fmt.Sprintf("%s WITH n, %s AS d ORDER BY d DESC, n.id LIMIT $first RETURN %s AS e, d",
		match, degreeOf("n"), entityMap("n"))
}

const cypherEntityNames = "MATCH (n:Entity) RETURN n { .id, .kind, .name, .nameZhHans, .nameZhHant, .aliases } AS e"

// cypherRelationshipGroups groups an entity's relationships by a key chosen from a fixed set.
func cypherRelationshipGroups(q kg.GroupQuery) string {
	return fmt.Sprintf(`MATCH %s
WITH CASE $by WHEN 'TYPE' THEN type(r) WHEN 'KIND' THEN m.kind WHEN 'REGION' THEN m.region
  WHEN 'YEAR' THEN left(r.date, 4) END AS key, m
WITH key, count(*) AS count, collect(DISTINCT m)[..50] AS ms
CALL (ms) { UNWIND ms AS x RETURN collect(%s) AS entities }
RETURN key, count, entities
ORDER BY count DESC, key`, pattern("n:Entity {id: $id}", "r", relTypes(q.Types), "m:Entity", q.Direction), entityMap("x"))
}

// cypherPing is the cheapest statement that proves Neo4j answers.
const cypherPing = "RETURN 1"

package neo4jstore

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"

	"github.com/hkgraph/hkgraph/kg"
)

// The deal-flow query (Query.relationships) reads relationships across the whole graph. Each
// type is matched on its own, so a date or amount filter is a range seek on that type's
// rel_date_<TYPE> or rel_amount_<TYPE> index (migration 9) rather than a scan of the type,
// and only then are the ends checked.

// dealFlowKey is the sort key: a partial date as its earliest day (kg.EarliestDay), or the
// amount in HKD; null when the relationship has none.
func dealFlowKey(q kg.RelationshipsQuery) string {
	if q.OrderBy == kg.RelOrderAmountHKD {
		return "r.amountHKD"
	}
	return "CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END"
}

// dealFlowPredicates are the filters as Cypher over a, r and b, with their parameters. Only the
// filters given appear, so the planner sees plain range predicates it can seek on.
func dealFlowPredicates(w kg.RelationshipWhere, params map[string]any) []string {
	var out []string
	// A relationship's date overlaps [dateFrom, dateTo] when it starts no later than dateTo ends
	// (r.date < dateTo + '~': '~' sorts above every digit and '-') and ends no earlier than
	// dateFrom starts (r.date >= dateFrom, or dateFrom lies inside it: "2024" ⊇ "2024-06").
	// The year bound r.date >= left(dateFrom, 4) is implied; it gives the seek its lower end.
	if w.DateFrom != nil {
		params["dateLo"], params["dateFrom"] = (*w.DateFrom)[:4], *w.DateFrom
		out = append(out, "r.date >= $dateLo", "(r.date >= $dateFrom OR $dateFrom STARTS WITH r.date)")
	}
	if w.DateTo != nil {
		params["dateHi"] = *w.DateTo + "~"
		out = append(out, "r.date < $dateHi")
	}
	if w.AmountHKDMin != nil {
		params["amountMin"] = *w.AmountHKDMin
		out = append(out, "r.amountHKD >= $amountMin")
	}
	if len(w.Status) > 0 {
		params["status"] = strList(w.Status)
		out = append(out, "r.status IN $status")
	}
	if len(w.FromIDs) > 0 {
		params["fromIds"] = w.FromIDs
		out = append(out, "a.id IN $fromIds")
	}
	if len(w.ToIDs) > 0 {
		params["toIds"] = w.ToIDs
		out = append(out, "b.id IN $toIds")
	}
	if len(w.FromKinds) > 0 {
		params["fromKinds"] = strList(w.FromKinds)
		out = append(out, "a.kind IN $fromKinds")
	}
	if len(w.ToKinds) > 0 {
		params["toKinds"] = strList(w.ToKinds)
		out = append(out, "b.kind IN $toKinds")
	}
	if len(w.FromRolesAny) > 0 {
		out = append(out, hasRole("a", w.FromRolesAny))
	}
	if len(w.ToRolesAny) > 0 {
		out = append(out, hasRole("b", w.ToRolesAny))
	}
	return out
}

func strList[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// maxSeekBranches is how many types a seekable filter seeks one by one. Each is a branch of a
// UNION, and planning more branches costs Neo4j more than scanning a graph of this size (22
// seeking branches took over 5 s to plan on a busy 2-core machine), so a date or amount filter
// over more types, or over all, expands those types once and filters.
const maxSeekBranches = 4

// seekable reports whether w has a filter a range index answers (a date range, or a minimum
// amount) on few enough types to seek each.
func seekable(w kg.RelationshipWhere) bool {
	return (w.DateFrom != nil || w.DateTo != nil || w.AmountHKDMin != nil) && len(w.Types) > 0 && len(w.Types) <= maxSeekBranches
}

// dealFlowMatch matches the relationships of w's types (all when none) that meet preds and
// returns r, for a seekable filter: each type whose index answers the filter gets a branch of
// its own that seeks it (the hint
// holds the planner to the seek, which on a type with few statistics it may otherwise trade
// for a scan of the whole index); the types no index answers (a minimum amount on a type that
// carries no money) share one branch.
func dealFlowMatch(w kg.RelationshipWhere, preds []string) string {
	types := w.Types
	if len(types) == 0 {
		types = kg.RelTypes
	}
	where := ""
	if len(preds) > 0 {
		where = "\n  WHERE " + strings.Join(preds, " AND ")
	}
	branch := func(ts []kg.RelType, hint string) string {
		return fmt.Sprintf("  MATCH (a:Entity)-[r:%s]->(b:Entity)%s%s\n  RETURN r", relTypes(ts), hint, where)
	}
	var parts []string
	var rest []kg.RelType
	for _, t := range types {
		rt := relTypes([]kg.RelType{t})
		switch {
		case w.DateFrom != nil || w.DateTo != nil:
			parts = append(parts, branch([]kg.RelType{t}, fmt.Sprintf(" USING INDEX SEEK r:%s(date)", rt)))
		case slices.Contains(moneyRelTypes, t):
			parts = append(parts, branch([]kg.RelType{t}, fmt.Sprintf(" USING INDEX SEEK r:%s(amountHKD)", rt)))
		default:
			rest = append(rest, t)
		}
	}
	if len(rest) > 0 {
		parts = append(parts, branch(rest, ""))
	}
	return strings.Join(parts, "\n  UNION ALL\n")
}

// cypherDealFlow counts the matches and returns one page of them after the cursor, sorted by
// the key (those without one last, in either direction), then id. The ends are left to the
// caller's batched entity loader: projecting them here makes a statement the planner takes
// seconds over on a busy machine.
//
// Without a seekable filter the count and the page are two passes, the page a top-k sort that
// keeps only $limit rows while the matches stream past. With one, the matches are few by
// design and a branch per type is costly to plan twice: one pass counts them and keeps those
// after the cursor, and only those are sorted.
func cypherDealFlow(q kg.RelationshipsQuery, params map[string]any) string {
	preds := dealFlowPredicates(q.Where, params)
	cmp, order := ">", "ASC"
	if q.Descending {
		cmp, order = "<", "DESC"
	}
	after := "true"
	if c := q.Window.After; c != nil {
		params["k0"], params["k1"] = c.Key[0], c.Key[1]
		if c.Key[0] == nil {
			after = "k IS NULL AND r.id > $k1"
		} else {
			after = fmt.Sprintf("k IS NULL OR k %s $k0 OR (k = $k0 AND r.id > $k1)", cmp)
		}
	}
	params["limit"] = q.Window.Size() + 1
	if seekable(q.Where) {
		return fmt.Sprintf(`CALL () {
%[1]s
}
WITH r, %[2]s AS k
WITH count(*) AS total, collect(CASE WHEN %[3]s THEN {r: r, k: k} END) AS rest
CALL (rest) {
  UNWIND rest AS x
  WITH x.r AS r, x.k AS k ORDER BY k IS NULL, k %[4]s, r.id LIMIT $limit
  RETURN collect({r: %[5]s, k: k}) AS rows
}
RETURN total, rows`, dealFlowMatch(q.Where, preds), dealFlowKey(q), after, order, relMap("r"))
	}
	return fmt.Sprintf(`CALL () {
  MATCH (a:Entity)-[r:%[1]s]->(b:Entity)%[2]s
  RETURN count(r) AS total
}
CALL () {
  MATCH (a:Entity)-[r:%[1]s]->(b:Entity)%[2]s
  WITH r, %[3]s AS k
  WHERE %[4]s
  WITH r, k ORDER BY k IS NULL, k %[5]s, r.id LIMIT $limit
  RETURN collect({r: %[6]s, k: k}) AS rows
}
RETURN total, rows`, relTypes(q.Where.Types), whereClause(preds), dealFlowKey(q), after, order, relMap("r"))
}

func whereClause(preds []string) string {
	if len(preds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(preds, " AND ")
}

// FindRelationships pages relationships across the graph (Query.relationships).
func (s *Store) FindRelationships(ctx context.Context, q kg.RelationshipsQuery) (*kg.Page[*kg.Relationship], error) {
	params := map[string]any{}
	recs, err := s.readRows(ctx, cypherDealFlow(q, params), params)
	if err != nil {
		return nil, err
	}
	r := cols{rec: recs[0]}
	rows, total := list[map[string]any](&r, "rows"), count(&r, "total")
	if r.err != nil {
		return nil, r.err
	}
	rels := make([]*kg.Relationship, 0, len(rows))
	keys := make([][]any, 0, len(rows))
	for _, m := range rows {
		rel := decodeRelationship(m["r"]) // the ends are loaded by the caller, batched
		rels = append(rels, rel)
		keys = append(keys, []any{cursorKey(m["k"]), rel.ID})
	}
	return page(rels, keys, q.CursorTag(), q.Window, total), nil
}

// ExplainDealFlow returns the operators of the plan Neo4j makes for q (EXPLAIN: nothing runs),
// so tests can show which indexes the query seeks.
func (s *Store) ExplainDealFlow(ctx context.Context, q kg.RelationshipsQuery) ([]string, error) {
	params := map[string]any{}
	return s.explain(ctx, cypherDealFlow(q, params), params)
}

// explain plans cypher without running it and lists the plan's operators, each as
// "Operator: details", depth first.
func (s *Store) explain(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	return readTx(ctx, s, func(q querier) ([]string, error) {
		res, err := q.tx.Run(q.ctx, "EXPLAIN "+cypher, params)
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(q.ctx)
		if err != nil {
			return nil, err
		}
		var ops []string
		var walk func(p *db.Plan)
		walk = func(p *db.Plan) {
			details, _ := p.Arguments["Details"].(string)
			ops = append(ops, p.Operator+": "+details)
			for i := range p.Children {
				walk(&p.Children[i])
			}
		}
		if p := rawPlan(sum); p != nil {
			walk(p)
		}
		return ops, nil
	})
}

// rawPlan is the summary's plan as the driver decoded it. neo4j.Plan.Children cannot be used:
// in driver v5.28 it takes the address of its range variable (the module is on Go 1.18
// semantics), so every child reads as the last one and a branching plan loses its left side.
func rawPlan(sum neo4j.ResultSummary) *db.Plan {
	v := reflect.ValueOf(sum)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("sum")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*db.Summary)(nil)) || f.IsNil() {
		return nil
	}
	return (*db.Summary)(unsafe.Pointer(f.Pointer())).Plan
}

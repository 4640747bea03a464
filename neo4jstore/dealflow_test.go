package neo4jstore

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/kg"
)

func migrated(t *testing.T) *Store {
	t.Helper()
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	// Planning (EXPLAIN) on a busy shared machine can outlast the default 5 s transaction timeout.
	s := New(d, Options{TxTimeout: time.Minute})
	if err := s.Migrate(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t *testing.T, s *Store, cypher string, params map[string]any) {
	t.Helper()
	if _, err := s.writeRows(context.Background(), cypher, params); err != nil {
		t.Fatal(err)
	}
}

// Migration 9 gives relationships written before statuses existed one: ENDED where the end
// date has passed (at its own precision), else CURRENT; a status already set stays.
func TestMigrationBackfillsStatus(t *testing.T) {
	s := migrated(t)
	write(t, s, `CREATE (a:Entity:Organization {id: 'st-a', kind: 'ORGANIZATION'}), (b:Entity:Programme {id: 'st-b', kind: 'PROGRAMME'})
CREATE (a)-[:PARTICIPATED_IN {id: 'ended', date: '2014', endDate: '2016'}]->(b)
CREATE (a)-[:PARTICIPATED_IN {id: 'open', date: '2014'}]->(b)
CREATE (a)-[:PARTICIPATED_IN {id: 'this-year', endDate: left(toString(date()), 4)}]->(b)
CREATE (a)-[:OPERATES {id: 'planned', status: 'PLANNED'}]->(b)
WITH 1 AS x MATCH (m:Migration {version: 9}) DELETE m`, nil)
	if err := s.Migrate(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	type status struct{ id, status string }
	rows, err := readAll(context.Background(), s, "MATCH ()-[r]->() RETURN r.id AS id, r.status AS status", nil, func(r *cols) status {
		return status{col[string](r, "id"), col[string](r, "status")}
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[r.id] = r.status
	}
	want := map[string]string{"ended": "ENDED", "open": "CURRENT", "this-year": "CURRENT", "planned": "PLANNED"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: status %q, want %q", id, got[id], w)
		}
	}
}

// A selective deal-flow filter seeks the per-type range indexes of migration 9 (the plan is
// logged): a date range on rel_date_INVESTED_IN, a minimum amount on rel_amount_INVESTED_IN;
// the type is never scanned whole. Up to four types each seek their index.
func TestDealFlowPlanSeeksIndexes(t *testing.T) {
	s := migrated(t)
	// Enough relationships that the planner's estimates favour an index over a type scan.
	write(t, s, `UNWIND range(1, 300) AS i
MERGE (a:Entity:Organization {id: 'inv-' + (i % 10), kind: 'ORGANIZATION'})
MERGE (b:Entity:Organization {id: 'co-' + i, kind: 'ORGANIZATION'})
CREATE (a)-[:INVESTED_IN {id: 'rel:invested_in:' + i, status: 'CURRENT', amountHKD: i * 1000000.0,
  date: toString(2000 + i % 25) + '-0' + toString(1 + i % 9)}]->(b)`, nil)
	from, to, min := "2024", "2024", 250e6
	cases := []struct {
		name  string
		where kg.RelationshipWhere
		seek  string
	}{
		{"date range", kg.RelationshipWhere{Types: []kg.RelType{"INVESTED_IN"}, DateFrom: &from, DateTo: &to}, "INVESTED_IN(date)"},
		{"minimum amount", kg.RelationshipWhere{Types: []kg.RelType{"INVESTED_IN"}, AmountHKDMin: &min}, "INVESTED_IN(amountHKD)"},
	}
	money, err := s.ExplainDealFlow(context.Background(), kg.RelationshipsQuery{Where: kg.RelationshipWhere{DateFrom: &from, DateTo: &to,
		Types: []kg.RelType{"INVESTED_IN", "FUNDS", "ANNOUNCED", "MANAGES"}}, OrderBy: kg.RelOrderDate, Window: kg.Window{First: 10}})
	if err != nil {
		t.Fatal(err)
	}
	for _, rt := range []string{"INVESTED_IN", "FUNDS", "ANNOUNCED", "MANAGES"} {
		n := 0
		for _, op := range money {
			if strings.Contains(op, "IndexSeekByRange") && strings.Contains(op, ":"+rt+"(date)") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("four money types, dates of 2024: no range seek on %s(date)", rt)
		}
	}
	for _, c := range cases {
		for _, order := range []kg.RelOrderField{kg.RelOrderDate, kg.RelOrderAmountHKD} {
			ops, err := s.ExplainDealFlow(context.Background(), kg.RelationshipsQuery{Where: c.where, OrderBy: order, Window: kg.Window{First: 10}})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, order %s:\n  %s", c.name, order, strings.Join(short(ops), "\n  "))
			seeks := 0
			for _, op := range ops {
				if strings.Contains(op, "IndexSeekByRange") && strings.Contains(op, c.seek) {
					seeks++
				}
				if strings.Contains(op, "RelationshipTypeScan") || strings.Contains(op, "AllNodesScan") || strings.Contains(op, "NodeByLabelScan") {
					t.Errorf("%s: the plan scans: %s", c.name, op)
				}
			}
			// The planner may seek once (one pass counts the matches and keeps the page) or twice
			// (the count and the page apart), depending on its statistics at that moment: both
			// read the index. What must never happen is no seek, which the scan check above backs.
			if seeks < 1 || seeks > 2 {
				t.Errorf("%s, order %s: %d range seeks on %s, want 1 or 2", c.name, order, seeks, c.seek)
			}
		}
	}
}

// short drops the long projections from a plan for the log.
func short(ops []string) []string {
	out := make([]string, 0, len(ops))
	for _, op := range ops {
		if len(op) > 160 {
			op = op[:160] + "…"
		}
		out = append(out, strings.ReplaceAll(op, "\n", " "))
	}
	return out
}

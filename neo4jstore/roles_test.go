package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

// roleLabelsOf maps each entity id to its role labels, sorted.
func roleLabelsOf(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	recs, err := s.readRows(context.Background(), `MATCH (n:Entity)
RETURN n.id AS id, COLLECT { UNWIND labels(n) AS l WITH l WHERE l STARTS WITH 'Role' RETURN l ORDER BY l } AS labels`, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		ls, _ := rec.Get("labels")
		var labels []string
		for _, l := range ls.([]any) {
			labels = append(labels, l.(string))
		}
		out[id.(string)] = labels
	}
	return out
}

// labelsFor is the role labels roles should give, sorted.
func labelsFor(roles ...kg.Role) []string {
	var out []string
	for _, r := range kg.Canonical(roles) {
		out = append(out, r.Label())
	}
	slices.Sort(out)
	return out
}

// checkRoleLabels fails unless every entity's role labels are its roles' labels, and no node
// but an organisation has one.
func checkRoleLabels(t *testing.T, s *Store) {
	t.Helper()
	labels := roleLabelsOf(t, s)
	ents, err := s.EntitiesByID(context.Background(), slices.Collect(func(yield func(string) bool) {
		for id := range labels {
			if !yield(id) {
				return
			}
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	for id, got := range labels {
		if want := labelsFor(ents[id].Roles...); !slices.Equal(got, want) {
			t.Errorf("%s (roles %v) has role labels %v, want %v", id, ents[id].Roles, got, want)
		}
	}
	recs, err := s.readRows(context.Background(), `MATCH (n) WHERE NOT n:Organization
AND any(l IN labels(n) WHERE l STARTS WITH 'Role') RETURN n.id AS id`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) > 0 {
		t.Errorf("%d nodes other than organisations have role labels", len(recs))
	}
}

func upsertRoles(t *testing.T, s *Store, id string, kind kg.Kind, name string, roles []kg.Role) *kg.Entity {
	t.Helper()
	e, err := s.UpsertEntity(context.Background(), kg.EntityWrite{Entity: kg.Entity{ID: id, Kind: kind, Name: name, Roles: roles},
		Source: webSource("https://example.org/" + id)}, "tester")
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Every write that sets roles sets the role labels with them: a create, an update that
// removes a role (its label goes), an update that gives no roles (they stay), a kind change
// (an organisation's roles and labels go), a merge, a bulk import and its re-import with other
// roles.
func TestRoleLabelsFollowRoles(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsertRoles(t, s, "vc", kg.KindOrganization, "VC", []kg.Role{"INVESTOR", "CORPORATE"})
	upsertRoles(t, s, "lab", kg.KindOrganization, "Lab", []kg.Role{"UNIVERSITY", "RESEARCH_INSTITUTE"})
	upsert(t, s, "plain", kg.KindOrganization, "Plain")
	upsert(t, s, "person", kg.KindPerson, "Person")
	checkRoleLabels(t, s)
	if got := roleLabelsOf(t, s)["vc"]; !slices.Equal(got, []string{"RoleCorporate", "RoleInvestor"}) {
		t.Fatalf("vc's role labels: %v", got)
	}

	upsertRoles(t, s, "vc", kg.KindOrganization, "VC", []kg.Role{"INVESTOR"}) // CORPORATE removed
	upsertRoles(t, s, "lab", kg.KindOrganization, "Lab Renamed", nil)         // roles kept
	upsertRoles(t, s, "plain", kg.KindOrganization, "Plain", []kg.Role{"STARTUP", "UNICORN"})
	checkRoleLabels(t, s)
	if got := roleLabelsOf(t, s)["vc"]; !slices.Equal(got, []string{"RoleInvestor"}) {
		t.Errorf("vc's role labels after CORPORATE was removed: %v", got)
	}
	if got := roleLabelsOf(t, s)["lab"]; len(got) != 2 {
		t.Errorf("lab's role labels after an update without roles: %v", got)
	}

	upsertRoles(t, s, "plain", kg.KindFund, "Plain Fund", nil) // no longer an organisation
	checkRoleLabels(t, s)
	if got := roleLabelsOf(t, s)["plain"]; len(got) != 0 {
		t.Errorf("a fund kept role labels %v", got)
	}

	upsertRoles(t, s, "dup", kg.KindOrganization, "VC Ltd", []kg.Role{"MEDIA"})
	if _, err := s.MergeEntities(ctx, kg.Merge{Keep: "vc", Remove: "dup"}, "t"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeEntities(ctx, kg.Merge{Keep: "person", Remove: "lab", AllowKindChange: true}, "t"); err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)

	batch := func(roles map[string][]kg.Role) kg.Batch {
		var b kg.Batch
		for _, id := range slices.Sorted(func(yield func(string) bool) {
			for id := range roles {
				if !yield(id) {
					return
				}
			}
		}) {
			b.Entities = append(b.Entities, &kg.Entity{ID: id, Kind: kg.KindOrganization, Name: strings.ToUpper(id), Roles: roles[id]})
		}
		b.Entities = append(b.Entities, &kg.Entity{ID: "bulk-place", Kind: kg.KindPlace, Name: "Place"})
		return b
	}
	if _, err := s.WriteBatch(ctx, batch(map[string][]kg.Role{"bulk-a": {"STARTUP"}, "bulk-b": {"INVESTOR", "EXCHANGE"}, "vc": {"INVESTOR", "GOVERNMENT"}})); err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)
	c, err := s.WriteBatch(ctx, batch(map[string][]kg.Role{"bulk-a": {"INCUBATOR"}, "bulk-b": {"EXCHANGE"}, "vc": {"INVESTOR", "GOVERNMENT"}}))
	if err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)
	if got := roleLabelsOf(t, s)["bulk-a"]; !slices.Equal(got, []string{"RoleIncubator"}) {
		t.Errorf("bulk-a's role labels after a re-import with another role: %v", got)
	}
	if c.LabelsAdded != 1 {
		t.Errorf("the re-import added %d labels, want 1 (RoleIncubator)", c.LabelsAdded)
	}

	// A re-import that changes an entity's kind moves it: its old kind label goes.
	if _, err := s.WriteBatch(ctx, kg.Batch{Entities: []*kg.Entity{{ID: "bulk-a", Kind: kg.KindFund, Name: "BULK-A Fund"}}}); err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)
	recs, err := s.readRows(ctx, "MATCH (n:Entity {id: 'bulk-a'}) RETURN labels(n) AS l", nil)
	if err != nil || len(recs) != 1 {
		t.Fatalf("bulk-a: %d records, %v", len(recs), err)
	}
	labels, _ := recs[0].Get("l")
	if got := fmt.Sprint(labels); got != "[Entity Fund]" {
		t.Errorf("labels after a bulk kind change ORGANIZATION → FUND: %s, want [Entity Fund]", got)
	}
}

// Migration 11 gives organisations written before it their roles' labels, takes none away
// that their roles hold, and changes nothing when run again.
func TestRoleLabelMigration(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	write(t, s, `CREATE (:Entity:Organization {id: 'old-vc', kind: 'ORGANIZATION', name: 'Old VC', roles: ['INVESTOR', 'MEDIA']}),
(:Entity:Organization {id: 'old-su', kind: 'ORGANIZATION', name: 'Old Startup', roles: ['STARTUP']}),
(:Entity:Organization:RoleStartup {id: 'half', kind: 'ORGANIZATION', name: 'Half', roles: ['STARTUP', 'UNICORN']}),
(:Entity:Organization {id: 'none', kind: 'ORGANIZATION', name: 'None', roles: []}),
(:Entity:Person {id: 'who', kind: 'PERSON', name: 'Who'})
WITH 1 AS x MATCH (m:Migration {version: 11}) DELETE m`, nil)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := s.Migrate(ctx, log); err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)
	if got := roleLabelsOf(t, s)["old-vc"]; !slices.Equal(got, []string{"RoleInvestor", "RoleMedia"}) {
		t.Errorf("old-vc's role labels: %v", got)
	}
	sum := runAutocommit(t, s, roleLabelMigration()[0], nil)
	if n := sum.Counters().LabelsAdded() + sum.Counters().LabelsRemoved(); n != 0 {
		t.Errorf("the migration run again changed %d labels", n)
	}
}

// The role filter reads labels, and answers as the roles property says: a table of role
// filters alone, with a kind, nested in and, with name filters and under or/not, each paged
// forwards and backwards to the end, against the entities filtered and sorted here.
func TestEntitiesByRole(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	roleSets := [][]kg.Role{{"INVESTOR"}, {"STARTUP"}, {"INVESTOR", "CORPORATE"}, {"UNIVERSITY"}, nil, {"STARTUP", "UNICORN"}, {"MEDIA"}}
	var all []*kg.Entity
	for i := range 40 {
		// Repeated names: the id breaks ties.
		e := &kg.Entity{ID: fmt.Sprintf("org-%02d", i), Kind: kg.KindOrganization, Name: fmt.Sprintf("Name %d", (i*7)%13), Roles: roleSets[i%len(roleSets)]}
		if i%5 == 0 {
			e.Name = "Alpha " + e.Name
		}
		all = append(all, e)
	}
	all = append(all, &kg.Entity{ID: "person", Kind: kg.KindPerson, Name: "Name 1"})
	if _, err := s.WriteBatch(ctx, kg.Batch{Entities: all}); err != nil {
		t.Fatal(err)
	}
	checkRoleLabels(t, s)

	org, person := kg.KindOrganization, kg.KindPerson
	holds := func(rs ...kg.Role) func(*kg.Entity) bool {
		return func(e *kg.Entity) bool {
			return slices.ContainsFunc(e.Roles, func(r kg.Role) bool { return slices.Contains(rs, r) })
		}
	}
	isOrg := func(e *kg.Entity) bool { return e.Kind == kg.KindOrganization }
	for _, tc := range []struct {
		name  string
		where kg.EntityWhere
		keep  func(*kg.Entity) bool
	}{
		{"one role", kg.EntityWhere{RolesAny: []kg.Role{"INVESTOR"}}, holds("INVESTOR")},
		{"one role of organisations, as the bench asks", kg.EntityWhere{Kind: &org, And: []kg.EntityWhere{{RolesAny: []kg.Role{"INVESTOR"}}}}, holds("INVESTOR")},
		{"several roles", kg.EntityWhere{Kind: &org, RolesAny: []kg.Role{"UNICORN", "UNIVERSITY", "UNIVERSITY"}}, holds("UNICORN", "UNIVERSITY")},
		{"the same role twice", kg.EntityWhere{RolesAny: []kg.Role{"STARTUP"}, And: []kg.EntityWhere{{RolesAny: []kg.Role{"STARTUP"}}}}, holds("STARTUP")},
		{"two sets of roles", kg.EntityWhere{RolesAny: []kg.Role{"STARTUP", "INVESTOR"}, And: []kg.EntityWhere{{RolesAny: []kg.Role{"UNICORN", "CORPORATE"}}}},
			func(e *kg.Entity) bool { return holds("STARTUP", "INVESTOR")(e) && holds("UNICORN", "CORPORATE")(e) }},
		{"a role nobody holds", kg.EntityWhere{RolesAny: []kg.Role{"EXCHANGE"}}, holds("EXCHANGE")},
		{"a role of people", kg.EntityWhere{Kind: &person, RolesAny: []kg.Role{"INVESTOR"}}, func(*kg.Entity) bool { return false }},
		{"with a name filter", kg.EntityWhere{RolesAny: []kg.Role{"INVESTOR", "STARTUP"}, NameStartsWith: ptr("alpha")},
			func(e *kg.Entity) bool { return holds("INVESTOR", "STARTUP")(e) && strings.HasPrefix(e.Name, "Alpha") }},
		{"under or", kg.EntityWhere{Or: []kg.EntityWhere{{RolesAny: []kg.Role{"MEDIA"}}, {NameContains: ptr("name 3")}}},
			func(e *kg.Entity) bool { return holds("MEDIA")(e) || strings.Contains(e.Name, "Name 3") }},
		{"under not", kg.EntityWhere{Kind: &org, Not: &kg.EntityWhere{RolesAny: []kg.Role{"STARTUP", "INVESTOR"}}},
			func(e *kg.Entity) bool { return isOrg(e) && !holds("STARTUP", "INVESTOR")(e) }},
		{"organisations", kg.EntityWhere{Kind: &org}, isOrg},
	} {
		var want []string
		for _, e := range all {
			if tc.keep(e) {
				want = append(want, e.ID)
			}
		}
		byID := map[string]*kg.Entity{}
		for _, e := range all {
			byID[e.ID] = e
		}
		slices.SortFunc(want, func(a, b string) int {
			return cmp.Or(cmp.Compare(byID[a].Name, byID[b].Name), cmp.Compare(a, b))
		})
		for _, desc := range []bool{false, true} {
			w := slices.Clone(want)
			if desc {
				slices.Reverse(w)
			}
			// Forwards from the start, then backwards from the end.
			for _, back := range []bool{false, true} {
				var got []string
				win := kg.Window{First: 3}
				if back {
					win = kg.Window{Last: 3}
				}
				for range 30 {
					p, err := s.Entities(ctx, kg.EntityQuery{Where: tc.where, OrderBy: kg.OrderName, Descending: desc, Window: win})
					if err != nil {
						t.Fatalf("%s: %v", tc.name, err)
					}
					if p.TotalCount != len(want) {
						t.Errorf("%s: totalCount %d, want %d", tc.name, p.TotalCount, len(want))
					}
					if back {
						got = append(ids(p.Items), got...)
					} else {
						got = append(got, ids(p.Items)...)
					}
					more := p.PageInfo.HasNextPage
					if back {
						more = p.PageInfo.HasPreviousPage
					}
					if !more {
						break
					}
					c, err := kg.DecodeCursor(p.Cursors[len(p.Cursors)-1], "ent", 2, "after")
					if back {
						c, err = kg.DecodeCursor(p.Cursors[0], "ent", 2, "before")
						win.Before = &c
					} else {
						win.After = &c
					}
					if err != nil {
						t.Fatal(err)
					}
				}
				if !slices.Equal(got, w) {
					t.Errorf("%s (descending %v, backwards %v):\n got %v\nwant %v", tc.name, desc, back, got, w)
				}
			}
		}
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var wantRoles []kg.Count[kg.Role]
	for _, r := range slices.Sorted(slices.Values(kg.Roles)) {
		n := 0
		for _, e := range all {
			if slices.Contains(e.Roles, r) {
				n++
			}
		}
		if n > 0 {
			wantRoles = append(wantRoles, kg.Count[kg.Role]{Key: r, Count: n})
		}
	}
	if !slices.Equal(st.ByRole, wantRoles) {
		t.Errorf("stats by role %v, want %v", st.ByRole, wantRoles)
	}
}

// A role filter is a scan of its label's nodes, and one role's count comes from the count
// store, not from reading the organisations' roles.
func TestRoleFilterPlan(t *testing.T) {
	s := migrated(t)
	org := kg.KindOrganization
	params := map[string]any{}
	stmt := cypherEntities(kg.EntityQuery{Where: kg.EntityWhere{Kind: &org, And: []kg.EntityWhere{{RolesAny: []kg.Role{"INVESTOR"}}}},
		OrderBy: kg.OrderName, Window: kg.Window{First: 20}}, params)
	windowParams(params, kg.Window{First: 20}, 2)
	ops, err := s.explain(context.Background(), stmt, params)
	if err != nil {
		t.Fatal(err)
	}
	has := func(op, details string) bool {
		return slices.ContainsFunc(ops, func(o string) bool { return strings.Contains(o, op) && strings.Contains(o, details) })
	}
	if !has("NodeCountFromCountStore", ":RoleInvestor") || !has("NodeByLabelScan", "n:RoleInvestor") || has("", "IN n.roles") ||
		has("NodeByLabelScan", "Organization") {
		t.Errorf("the plan does not count RoleInvestor in the count store and scan its label alone:\n%s", strings.Join(ops, "\n"))
	}
}

// runAutocommit runs stmt in an auto-commit transaction and returns its summary.
func runAutocommit(t *testing.T, s *Store, stmt string, params map[string]any) neo4j.ResultSummary {
	t.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, stmt, params)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// The offline import's :LABEL column gives an organisation its roles' labels beside its kind's,
// split as the importer splits arrays, and nothing else a role label.
func TestOfflineCSVRoleLabels(t *testing.T) {
	b := kg.Batch{Entities: []*kg.Entity{
		{ID: "vc", Kind: kg.KindOrganization, Name: "VC", Roles: []kg.Role{"INVESTOR", "CORPORATE", "INVESTOR"}},
		{ID: "plain", Kind: kg.KindOrganization, Name: "Plain"},
		{ID: "who", Kind: kg.KindPerson, Name: "Who"},
	}}
	out, err := WriteOfflineCSV(t.TempDir(), b)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := readCSV(t, out.Args, "--nodes=Entity=")
	got := map[string][]string{}
	for _, r := range rows {
		got[r[2]] = strings.Split(r[1], string(arrayDelimiter))
	}
	want := map[string][]string{"vc": {"Organization", "RoleCorporate", "RoleInvestor"}, "plain": {"Organization"}, "who": {"Person"}}
	for id, w := range want {
		if !slices.Equal(got[id], w) {
			t.Errorf("%s's labels: %q, want %q", id, got[id], w)
		}
	}
}

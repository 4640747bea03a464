package httpserver_test

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/loaders"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

var (
	envOnce sync.Once
	shared  *apitest.Env
)

// readEnv is one seeded API shared by the read-only tests of this file.
func readEnv(t *testing.T) *apitest.Env {
	envOnce.Do(func() { shared = apitest.New(t) })
	if shared == nil {
		t.Fatal("test environment failed to start")
	}
	return shared
}

type entityRef struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Kind       string `json:"kind"`
	NameZhHans string `json:"nameZhHans"`
	NameZhHant string `json:"nameZhHant"`
}

func TestEntityByIDAndNode(t *testing.T) {
	e := readEnv(t)
	var out struct {
		Entity struct {
			entityRef
			Roles   []string `json:"roles"`
			Degree  int      `json:"degree"`
			Figures []struct {
				Key       string  `json:"key"`
				Value     float64 `json:"value"`
				Citations []cite  `json:"citations"`
			} `json:"figures"`
		} `json:"entity"`
		Node    *struct{ ID string } `json:"node"`
		Unknown *entityRef           `json:"unknown"`
	}
	e.Data(t, `{
	  entity(id: "cyberport") { id name kind nameZhHans nameZhHant degree ... on Organization { roles }
	    figures { key value citations { quote start end context document { id } } } }
	  node(id: "doc:cbj-2024-cyberport-ai-ecosystem") { id }
	  unknown: entity(id: "no-such-entity") { id }
	}`, nil, "", &out)
	c := out.Entity
	if c.ID != "cyberport" || c.Kind != "ORGANIZATION" || c.NameZhHans == "" || c.NameZhHant == "" {
		t.Errorf("cyberport: %+v", c.entityRef)
	}
	if !slices.Contains(c.Roles, "INCUBATOR") {
		t.Errorf("cyberport roles %v lack INCUBATOR", c.Roles)
	}
	if c.Degree < 20 {
		t.Errorf("cyberport degree %d; the article links it to dozens of entities", c.Degree)
	}
	if len(c.Figures) == 0 || len(c.Figures[0].Citations) == 0 {
		t.Fatalf("cyberport has no cited figures: %+v", c.Figures)
	}
	if out.Node == nil || out.Node.ID != "doc:cbj-2024-cyberport-ai-ecosystem" {
		t.Errorf("node(doc id) = %+v", out.Node)
	}
	if out.Unknown != nil {
		t.Errorf("unknown id gave %+v, want null", out.Unknown)
	}
}

type cite struct {
	Quote    string `json:"quote"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Context  string `json:"context"`
	Document struct {
		ID string `json:"id"`
	} `json:"document"`
}

// Every citation served is an exact span of the stored text, inside its context.
func TestCitationsAreExactSpans(t *testing.T) {
	e := readEnv(t)
	ds, err := loaders.SeedDataset()
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.Compile(loaders.SeedPath, loaders.Known{})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(c.Documents[0].Text)
	var out struct {
		Entities struct {
			Edges []struct {
				Node struct {
					ID            string `json:"id"`
					Relationships struct {
						Edges []struct {
							Node struct {
								Citations []cite `json:"citations"`
							} `json:"node"`
						} `json:"edges"`
					} `json:"relationships"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"entities"`
	}
	e.Data(t, `{ entities(first: 100) { edges { node { id relationships(first: 100) { edges { node { citations { quote start end context document { id } } } } } } } } }`, nil, "", &out)
	n := 0
	for _, en := range out.Entities.Edges {
		for _, r := range en.Node.Relationships.Edges {
			for _, ct := range r.Node.Citations {
				n++
				if got := string(text[ct.Start:ct.End]); got != ct.Quote {
					t.Errorf("%s: citation [%d,%d) quotes %q but the text there is %q", en.Node.ID, ct.Start, ct.End, ct.Quote, got)
				}
				if !strings.Contains(ct.Context, ct.Quote) {
					t.Errorf("%s: context %q does not contain quote %q", en.Node.ID, ct.Context, ct.Quote)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("checked only %d citations", n)
	}
}

func TestDocumentTextNeedsEditor(t *testing.T) {
	e := readEnv(t)
	q := `{ document(id: "doc:cbj-2024-cyberport-ai-ecosystem") { title text textPublic length } }`
	var anon, editor struct {
		Document struct {
			Text       *string `json:"text"`
			TextPublic bool    `json:"textPublic"`
			Length     int     `json:"length"`
		} `json:"document"`
	}
	e.Data(t, q, nil, "", &anon)
	e.Data(t, q, nil, apitest.EditorToken, &editor)
	if anon.Document.Text != nil || anon.Document.TextPublic {
		t.Error("anonymous callers must not read the copyrighted text whole")
	}
	if editor.Document.Text == nil || len([]rune(*editor.Document.Text)) != 6592 || editor.Document.Length != 6592 {
		t.Errorf("editors read the whole text (6592 code points); got length %d", editor.Document.Length)
	}
}

func TestSearchInThreeScripts(t *testing.T) {
	e := readEnv(t)
	for _, q := range []string{"數碼港", "数码港", "cyberport", "CYBERPORT", "Cyberprot", "港投公司", "港投公司 ", "HKIC"} {
		t.Run(q, func(t *testing.T) {
			var out struct {
				Search []struct {
					Score        float64   `json:"score"`
					MatchedField string    `json:"matchedField"`
					Entity       entityRef `json:"entity"`
				} `json:"search"`
			}
			e.Data(t, `query($q: String!) { search(query: $q, first: 5) { score matchedField entity { id name } } }`, map[string]any{"q": q}, "", &out)
			if len(out.Search) == 0 {
				t.Fatalf("no hits for %q", q)
			}
			want := "cyberport"
			if strings.Contains(q, "港投") || q == "HKIC" {
				want = "hkic"
			}
			if out.Search[0].Entity.ID != want {
				t.Errorf("top hit for %q is %s, want %s (hits %+v)", q, out.Search[0].Entity.ID, want, out.Search)
			}
		})
	}
	var kinds struct {
		Search []struct{ Entity entityRef } `json:"search"`
	}
	e.Data(t, `{ search(query: "数码港", kinds: [PROGRAMME]) { entity { id kind } } }`, nil, "", &kinds)
	for _, h := range kinds.Search {
		if h.Entity.Kind != "PROGRAMME" {
			t.Errorf("kinds filter let %s (%s) through", h.Entity.ID, h.Entity.Kind)
		}
	}
	// Lucene syntax in user text is searched for, never executed.
	for _, q := range []string{`name:*`, `"unterminated`, `a AND (b OR`, `\`, `*`} {
		r := e.Do(t, `query($q: String!) { search(query: $q) { entity { id } } }`, map[string]any{"q": q}, "")
		if len(r.Errors) > 0 {
			t.Errorf("search(%q) failed: %+v", q, r.Errors)
		}
	}
}

type connection struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage     bool    `json:"hasNextPage"`
		HasPreviousPage bool    `json:"hasPreviousPage"`
		StartCursor     *string `json:"startCursor"`
		EndCursor       *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string    `json:"cursor"`
		Node   entityRef `json:"node"`
	} `json:"edges"`
}

func ids(c connection) []string {
	out := make([]string, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node.ID
	}
	return out
}

// Paging forwards and backwards in pages of 7 gives exactly the full list, in every order —
// also FOUNDED, where many entities tie (no year).
func TestEntityPagingEqualsFullList(t *testing.T) {
	e := readEnv(t)
	// Orders, with labels alone and with a filter beyond labels (which Neo4j evaluates
	// otherwise); both keep the list under one full page of 100 (the seed has 106 entities).
	var cases []string
	for _, order := range []string{`{field: NAME}`, `{field: NAME, direction: DESC}`, `{field: FOUNDED}`, `{field: DEGREE, direction: DESC}`} {
		cases = append(cases, `kind: ORGANIZATION, orderBy: `+order, `where: {NOT: {kind: PLACE}}, orderBy: `+order)
	}
	for _, order := range cases {
		t.Run(order, func(t *testing.T) {
			page := func(args string) connection {
				var out struct{ Entities connection }
				e.Data(t, `{ entities(`+order+`, `+args+`) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`, nil, "", &out)
				return out.Entities
			}
			full := page("first: 100")
			if full.TotalCount != len(full.Edges) || full.TotalCount < 40 {
				t.Fatalf("totalCount %d, %d edges", full.TotalCount, len(full.Edges))
			}
			var fwd []string
			args := "first: 7"
			for i := 0; ; i++ {
				p := page(args)
				fwd = append(fwd, ids(p)...)
				if !p.PageInfo.HasNextPage {
					break
				}
				args = `first: 7, after: "` + *p.PageInfo.EndCursor + `"`
				if i > 50 {
					t.Fatal("paging does not end")
				}
			}
			if !slices.Equal(fwd, ids(full)) {
				t.Errorf("forward pages differ from the full list:\n%v\n%v", fwd, ids(full))
			}
			var back []string
			args = "last: 7"
			for i := 0; ; i++ {
				p := page(args)
				back = append(ids(p), back...)
				if !p.PageInfo.HasPreviousPage {
					break
				}
				args = `last: 7, before: "` + *p.PageInfo.StartCursor + `"`
				if i > 50 {
					t.Fatal("paging does not end")
				}
			}
			if !slices.Equal(back, ids(full)) {
				t.Errorf("backward pages differ from the full list:\n%v\n%v", back, ids(full))
			}
		})
	}
}

func TestEntityFilters(t *testing.T) {
	e := readEnv(t)
	var out struct {
		Startups connection `json:"startups"`
		Named    connection `json:"named"`
		Invested connection `json:"invested"`
		NotPlace connection `json:"notPlace"`
	}
	e.Data(t, `{
	  startups: entities(kind: ORGANIZATION, where: {rolesAny: [STARTUP]}, first: 100) { totalCount edges { node { id } } }
	  named: entities(where: {nameContains: "數碼港"}, first: 100) { totalCount edges { node { id } } }
	  invested: entities(where: {hasRelationship: {type: INVESTED_IN, direction: IN, to: "hkic"}}, first: 100) { totalCount edges { node { id } } }
	  notPlace: entities(where: {AND: [{nameStartsWith: "hong kong"}], NOT: {kind: PLACE}}, first: 100) { totalCount edges { node { id kind } } }
	}`, nil, "", &out)
	if !slices.Contains(ids(out.Startups), "gogox") || out.Startups.TotalCount != len(out.Startups.Edges) {
		t.Errorf("startups: %v", ids(out.Startups))
	}
	if !slices.Contains(ids(out.Named), "cyberport") {
		t.Errorf("nameContains 數碼港 (Traditional) misses cyberport: %v", ids(out.Named))
	}
	if got := ids(out.Invested); !slices.Contains(got, "biomap") || !slices.Contains(got, "galbot") {
		t.Errorf("HKIC's investees: %v", got)
	}
	for _, en := range out.NotPlace.Edges {
		if en.Node.Kind == "PLACE" {
			t.Errorf("NOT {kind: PLACE} let %s through", en.Node.ID)
		}
	}
}

// Relationship paging forwards and backwards on the biggest node equals the full list, both
// by sorting (ordinary nodes) and by index seeks (dense nodes: every node is dense when the
// threshold is 5).
func TestRelationshipPaging(t *testing.T) {
	var sorted, dense []string
	t.Run("sorted", func(t *testing.T) { sorted = testRelationshipPaging(t, readEnv(t)) })
	t.Run("dense", func(t *testing.T) {
		e := apitest.NewWith(t, neo4jstore.Options{DenseDegree: 5})
		dense = testRelationshipPaging(t, e)
		envOnce = sync.Once{} // the read-only tests get a freshly seeded database
	})
	if len(sorted) == 0 || !slices.Equal(sorted, dense) {
		t.Errorf("index seeks and sorting give different orders:\n%v\n%v", sorted, dense)
	}
}

// testRelationshipPaging checks paging on cyberport and returns its relationships in order.
func testRelationshipPaging(t *testing.T, e *apitest.Env) []string {
	type relConn struct {
		TotalCount int `json:"totalCount"`
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		} `json:"pageInfo"`
		Edges []struct {
			Node struct {
				ID   string              `json:"id"`
				Type string              `json:"type"`
				From struct{ ID string } `json:"from"`
				To   struct{ ID string } `json:"to"`
			} `json:"node"`
		} `json:"edges"`
	}
	get := func(args string) relConn {
		var out struct {
			Entity struct{ Relationships relConn } `json:"entity"`
		}
		e.Data(t, `{ entity(id: "cyberport") { relationships(`+args+`) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id type from { id } to { id } } } } } }`, nil, "", &out)
		return out.Entity.Relationships
	}
	relIDs := func(c relConn) (out []string) {
		for _, e := range c.Edges {
			out = append(out, e.Node.ID)
		}
		return
	}
	full := get("first: 100")
	if full.TotalCount != len(full.Edges) || full.TotalCount < 20 {
		t.Fatalf("totalCount %d with %d edges", full.TotalCount, len(full.Edges))
	}
	for _, ed := range full.Edges {
		if ed.Node.From.ID != "cyberport" && ed.Node.To.ID != "cyberport" {
			t.Errorf("%s does not touch cyberport", ed.Node.ID)
		}
	}
	var fwd, back []string
	for args := "first: 6"; ; {
		p := get(args)
		fwd = append(fwd, relIDs(p)...)
		if !p.PageInfo.HasNextPage {
			break
		}
		args = `first: 6, after: "` + *p.PageInfo.EndCursor + `"`
	}
	for args := "last: 6"; ; {
		p := get(args)
		back = append(relIDs(p), back...)
		if !p.PageInfo.HasPreviousPage {
			break
		}
		args = `last: 6, before: "` + *p.PageInfo.StartCursor + `"`
	}
	if !slices.Equal(fwd, relIDs(full)) || !slices.Equal(back, relIDs(full)) {
		t.Errorf("paged lists differ from the full list")
	}
	out := get("types: [PARTNERED_WITH], direction: OUT, first: 100")
	for _, ed := range out.Edges {
		if ed.Node.Type != "PARTNERED_WITH" || ed.Node.From.ID != "cyberport" {
			t.Errorf("filter let %+v through", ed.Node)
		}
	}
	if out.TotalCount != len(out.Edges) {
		t.Errorf("filtered totalCount %d, %d edges", out.TotalCount, len(out.Edges))
	}
	return relIDs(full)
}

func TestBadArguments(t *testing.T) {
	e := readEnv(t)
	tests := []struct{ name, query, arg string }{
		{"first too big", `{ entities(first: 101) { totalCount } }`, "first"},
		{"first zero", `{ entities(first: 0) { totalCount } }`, "first"},
		{"last negative", `{ entities(last: -1) { totalCount } }`, "last"},
		{"forged cursor", `{ entities(after: "not-a-cursor") { totalCount } }`, "after"},
		{"cursor of another connection", `{ entities(after: "eyJvbiI6InJlbCIsImtleSI6WyJBIiwiYiIsImMiXX0") { totalCount } }`, "after"},
		{"relationships first", `{ entity(id: "cyberport") { relationships(first: 1000) { totalCount } } }`, "first"},
		{"malformed id", `{ entity(id: "Not A Slug!") { id } }`, "id"},
		{"search empty", `{ search(query: "  ") { score } }`, "query"},
		{"search too long", `{ search(query: "` + strings.Repeat("x", 201) + `") { score } }`, "query"},
		{"hops", `{ neighborhood(id: "cyberport", hops: 4) { entities { id } } }`, "hops"},
		{"limit", `{ neighborhood(id: "cyberport", limit: 501) { entities { id } } }`, "limit"},
		{"maxHops", `{ path(from: "gogox", to: "hkic", maxHops: 7) { length } }`, "maxHops"},
		{"k", `{ paths(from: "gogox", to: "hkic", k: 6) { length } }`, "k"},
		{"where depth", `{ entities(where: {NOT: {NOT: {NOT: {NOT: {NOT: {NOT: {kind: PLACE}}}}}}}) { totalCount } }`, "where"},
		{"relationship id", `{ relationship(id: "rel:nope") { id } }`, "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg := e.ErrorCode(t, tt.query, nil, "")
			if code != "BAD_USER_INPUT" || !strings.Contains(msg, tt.arg) {
				t.Errorf("got %s %q, want BAD_USER_INPUT naming %s", code, msg, tt.arg)
			}
		})
	}
}

func TestPathsAndNeighbourhood(t *testing.T) {
	e := readEnv(t)
	var out struct {
		Path struct {
			Length        int         `json:"length"`
			Entities      []entityRef `json:"entities"`
			Relationships []struct {
				From struct{ ID string } `json:"from"`
				To   struct{ ID string } `json:"to"`
			} `json:"relationships"`
		} `json:"path"`
		Paths []struct {
			Length int `json:"length"`
		} `json:"paths"`
		Neighborhood struct {
			Entities      []entityRef `json:"entities"`
			Relationships []struct {
				From struct{ ID string } `json:"from"`
				To   struct{ ID string } `json:"to"`
			} `json:"relationships"`
		} `json:"neighborhood"`
		None *struct{ Length int } `json:"none"`
	}
	e.Data(t, `{
	  path(from: "gogox", to: "cyberport") { length entities { id } relationships { from { id } to { id } } }
	  paths(from: "gogox", to: "cyberport", k: 3) { length }
	  neighborhood(id: "hkic", hops: 2, limit: 50) { entities { id } relationships { from { id } to { id } } }
	  none: path(from: "gogox", to: "no-such-entity") { length }
	}`, nil, "", &out)
	p := out.Path
	if p.Length != 2 || len(p.Entities) != 3 || p.Entities[0].ID != "gogox" || p.Entities[2].ID != "cyberport" {
		t.Errorf("path gogox→cyberport: %+v", p)
	}
	for i, r := range p.Relationships {
		a, b := p.Entities[i].ID, p.Entities[i+1].ID
		if !(r.From.ID == a && r.To.ID == b || r.From.ID == b && r.To.ID == a) {
			t.Errorf("relationship %d joins %s-%s, not %s-%s", i, r.From.ID, r.To.ID, a, b)
		}
	}
	if len(out.Paths) < 2 || out.Paths[0].Length > out.Paths[len(out.Paths)-1].Length {
		t.Errorf("k shortest paths: %+v", out.Paths)
	}
	in := map[string]bool{}
	for _, en := range out.Neighborhood.Entities {
		in[en.ID] = true
	}
	if !in["hkic"] || !in["biomap"] || len(in) > 50 {
		t.Errorf("neighbourhood of hkic: %v", in)
	}
	for _, r := range out.Neighborhood.Relationships {
		if !in[r.From.ID] || !in[r.To.ID] {
			t.Errorf("neighbourhood not closed: %s→%s", r.From.ID, r.To.ID)
		}
	}
	if out.None != nil {
		t.Error("a path to an unknown entity must be null")
	}
}

func TestStatsMatchDataset(t *testing.T) {
	e := readEnv(t)
	ds, _ := loaders.SeedDataset()
	want := map[string]int{}
	for _, en := range ds.Entities {
		want[en.Kind]++
	}
	var out struct {
		Stats struct {
			EntityCount       int `json:"entityCount"`
			RelationshipCount int `json:"relationshipCount"`
			ByKind            []struct {
				Kind  string `json:"kind"`
				Count int    `json:"count"`
			} `json:"byKind"`
			MostConnected []struct {
				Degree int       `json:"degree"`
				Entity entityRef `json:"entity"`
			} `json:"mostConnected"`
		} `json:"stats"`
	}
	e.Data(t, `{ stats { entityCount relationshipCount byKind { kind count } mostConnected(first: 3) { degree entity { id } } } }`, nil, "", &out)
	if out.Stats.EntityCount != len(ds.Entities) {
		t.Errorf("entityCount %d, dataset has %d", out.Stats.EntityCount, len(ds.Entities))
	}
	for _, k := range out.Stats.ByKind {
		if k.Count != want[k.Kind] {
			t.Errorf("%s: %d in the graph, %d in the dataset", k.Kind, k.Count, want[k.Kind])
		}
	}
	if out.Stats.RelationshipCount < 100 || len(out.Stats.MostConnected) != 3 || out.Stats.MostConnected[0].Entity.ID != "cyberport" {
		t.Errorf("stats: %+v", out.Stats)
	}
}

// Round trips to Neo4j per operation are pinned: an entity with a page of its relationships
// costs 1 (the relationships statement reads the entity too); a nested page of entities with
// their relationships and the other ends costs 2, whatever the page sizes.
func TestRoundTripsPerOperation(t *testing.T) {
	e := readEnv(t)
	tests := []struct {
		name  string
		query string
		want  float64
	}{
		{"entity", `{ entity(id: "cyberport") { id name } }`, 1},
		{"entity with relationships", `{ entity(id: "cyberport") { name relationships(first: 10) { totalCount edges { node { type to { name } from { name } } } } } }`, 1},
		{"nested page", `{ entities(first: 50) { edges { node { id relationships(first: 10) { totalCount edges { node { type to { id name } from { id } } } } } } } }`, 2},
		{"nested page, three levels", `{ entities(first: 50) { edges { node { id relationships(first: 10) { edges { node { to { id relationships(first: 5) { totalCount } } } } } } } } }`, 3},
		{"search", `{ search(query: "数码港") { entity { id name } } }`, 1},
		{"stats", `{ stats { entityCount byKind { kind count } } }`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.RequestRoundTrips()
			var out json.RawMessage
			e.Data(t, tt.query, nil, "", &out)
			if got := e.RequestRoundTrips() - before; got != tt.want {
				t.Errorf("%s: %v round trips, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestRelationshipGroups(t *testing.T) {
	e := readEnv(t)
	var out struct {
		ByRegion []struct {
			Key      *string `json:"key"`
			Count    int     `json:"count"`
			Entities []struct {
				ID     string `json:"id"`
				Degree int    `json:"degree"`
			} `json:"entities"`
		} `json:"byRegion"`
		ByType []struct {
			Key   *string `json:"key"`
			Count int     `json:"count"`
		} `json:"byType"`
	}
	e.Data(t, `{
	  byRegion: relationshipGroups(id: "cyberport", by: REGION, types: [PARTNERED_WITH], direction: OUT) { key count entities { id degree } }
	  byType: relationshipGroups(id: "cyberport", by: TYPE) { key count }
	}`, nil, "", &out)
	total := 0
	for i, g := range out.ByRegion {
		total += g.Count
		if len(g.Entities) != g.Count || g.Entities[0].Degree < 1 {
			t.Errorf("group %v: count %d, %d entities", g.Key, g.Count, len(g.Entities))
		}
		if i > 0 && g.Count > out.ByRegion[i-1].Count {
			t.Error("groups must come largest first")
		}
	}
	sum := 0
	for _, g := range out.ByType {
		sum += g.Count
	}
	var deg struct {
		Entity struct{ Degree int } `json:"entity"`
	}
	e.Data(t, `{ entity(id: "cyberport") { degree } }`, nil, "", &deg)
	if total < 15 || sum != deg.Entity.Degree {
		t.Errorf("partners by region sum to %d; types sum to %d, degree %d", total, sum, deg.Entity.Degree)
	}
}

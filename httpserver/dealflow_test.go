package httpserver_test

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
)

type dealRel struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Date      *string  `json:"date"`
	EndDate   *string  `json:"endDate"`
	DateNote  *string  `json:"dateNote"`
	Note      *string  `json:"note"`
	Role      *string  `json:"role"`
	Status    string   `json:"status"`
	Round     *string  `json:"round"`
	AmountHKD *float64 `json:"amountHKD"`
	Lead      *bool    `json:"lead"`
	From      struct {
		ID    string   `json:"id"`
		Kind  string   `json:"kind"`
		Roles []string `json:"roles"`
	} `json:"from"`
	To struct {
		ID    string   `json:"id"`
		Kind  string   `json:"kind"`
		Roles []string `json:"roles"`
	} `json:"to"`
	Citations []struct {
		Quote string `json:"quote"`
	} `json:"citations"`
}

type dealPage struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string  `json:"cursor"`
		Node   dealRel `json:"node"`
	} `json:"edges"`
}

func (p dealPage) rels() []dealRel {
	out := make([]dealRel, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}

const dealFields = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type date endDate dateNote note role
  status round amountHKD lead from { id kind ... on Organization { roles } } to { id kind ... on Organization { roles } }
  citations { quote } } }`

// deals runs Query.relationships with args (the text inside the parentheses).
func deals(t *testing.T, e *apitest.Env, args string) dealPage {
	t.Helper()
	var out struct {
		Relationships dealPage `json:"relationships"`
	}
	e.Data(t, "{ relationships("+args+") { "+dealFields+" } }", nil, "", &out)
	return out.Relationships
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// overlaps reports whether partial date d's period meets [from, to] (each partial too).
func overlaps(d, from, to string) bool {
	return !kg.DateBefore(d, from) && !kg.DateBefore(to, d)
}

// Every investment of 2024, newest first, with round and lead: the README's first deal-flow
// query.
func TestDealFlowInvestmentsOf2024(t *testing.T) {
	e := readEnv(t)
	p := deals(t, e, `where: {types: [INVESTED_IN], dateFrom: "2024", dateTo: "2024"}, orderBy: {field: DATE, direction: DESC}`)
	got := []string{}
	for _, r := range p.rels() {
		got = append(got, r.From.ID+">"+r.To.ID+"@"+str(r.Date)+":"+str(r.Round))
		if r.Lead != nil || r.Status != "CURRENT" || len(r.Citations) == 0 {
			t.Errorf("%s: lead %v (the article does not say), status %s", r.ID, r.Lead, r.Status)
		}
	}
	want := []string{"hkic>galbot@2024-07:UNDISCLOSED", "hkic>biomap@2024-06:UNDISCLOSED"}
	if !slices.Equal(got, want) || p.TotalCount != 2 || p.PageInfo.HasNextPage {
		t.Errorf("investments of 2024: %v (total %d), want %v", got, p.TotalCount, want)
	}
}

// Partial dates compare as ranges: a filter of 2024 includes 2024, 2024-06 and 2024-10-16;
// a filter of June 2024 includes a relationship dated only 2024 (it may fall in June) and
// excludes July.
func TestDealFlowPartialDateRanges(t *testing.T) {
	e := readEnv(t)
	for _, c := range []struct{ from, to string }{{"2024", "2024"}, {"2024-06", "2024-06"}, {"2023-11", "2024-06-30"}, {"2024-07", "2025"}} {
		p := deals(t, e, fmt.Sprintf(`where: {dateFrom: %q, dateTo: %q}, first: 100`, c.from, c.to))
		lens := map[int]bool{}
		for _, r := range p.rels() {
			if r.Date == nil || !overlaps(*r.Date, c.from, c.to) {
				t.Errorf("[%s, %s]: %s dated %q does not overlap", c.from, c.to, r.ID, str(r.Date))
			}
			lens[len(str(r.Date))] = true
		}
		if p.TotalCount != len(p.Edges) || p.TotalCount == 0 {
			t.Errorf("[%s, %s]: total %d, %d edges", c.from, c.to, p.TotalCount, len(p.Edges))
		}
		if c.from == "2024" && !(lens[4] && lens[7] && lens[10]) {
			t.Errorf("2024 should include years, months and days; got lengths %v", lens)
		}
	}
	june := deals(t, e, `where: {dateFrom: "2024-06", dateTo: "2024-06"}, first: 100`)
	var ids []string
	for _, r := range june.rels() {
		ids = append(ids, r.To.ID+"@"+str(r.Date))
	}
	for _, want := range []string{"biomap@2024-06", "smartmore@2024-06", "kacst@2024"} {
		if !slices.Contains(ids, want) {
			t.Errorf("June 2024 lacks %s: %v", want, ids)
		}
	}
	if slices.Contains(ids, "galbot@2024-07") {
		t.Errorf("June 2024 includes July: %v", ids)
	}
	// Every dated relationship overlapping 2024 is in the 2024 filter, and no other.
	all := collect(t, e, `orderBy: {field: DATE}`)
	in2024 := deals(t, e, `where: {dateFrom: "2024", dateTo: "2024"}, first: 100`)
	n := 0
	for _, r := range all {
		if r.Date != nil && overlaps(*r.Date, "2024", "2024") {
			n++
		}
	}
	if n != in2024.TotalCount {
		t.Errorf("%d relationships overlap 2024, the filter returns %d", n, in2024.TotalCount)
	}
}

// collect pages forwards through Query.relationships, first: 7 at a time, and checks the pages
// join up: no duplicates, every page but the last full, totalCount constant.
func collect(t *testing.T, e *apitest.Env, args string) []dealRel {
	t.Helper()
	var out []dealRel
	seen := map[string]bool{}
	after := ""
	total := -1
	for pages := 0; ; pages++ {
		if pages > 100 {
			t.Fatal("paging does not end")
		}
		a := args + ", first: 7"
		if after != "" {
			a += fmt.Sprintf(", after: %q", after)
		}
		p := deals(t, e, a)
		if total >= 0 && p.TotalCount != total {
			t.Errorf("totalCount changed from %d to %d", total, p.TotalCount)
		}
		total = p.TotalCount
		for _, r := range p.rels() {
			if seen[r.ID] {
				t.Errorf("%s on two pages", r.ID)
			}
			seen[r.ID] = true
			out = append(out, r)
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		if len(p.Edges) != 7 {
			t.Errorf("a page before the last has %d edges", len(p.Edges))
		}
		after = *p.PageInfo.EndCursor
	}
	if len(out) != total {
		t.Errorf("paged through %d of totalCount %d", len(out), total)
	}
	return out
}

// Paging forwards by DATE and AMOUNT_HKD, either direction, yields one sorted list: keys in
// order (a partial date as its earliest day), ties by id, relationships without the key last.
func TestDealFlowOrderAndPaging(t *testing.T) {
	e := readEnv(t)
	var stats struct {
		Stats struct{ RelationshipCount int } `json:"stats"`
	}
	e.Data(t, `{ stats { relationshipCount } }`, nil, "", &stats)
	for _, c := range []struct {
		field string
		desc  bool
	}{{"DATE", false}, {"DATE", true}, {"AMOUNT_HKD", false}, {"AMOUNT_HKD", true}} {
		dir := "ASC"
		if c.desc {
			dir = "DESC"
		}
		rels := collect(t, e, fmt.Sprintf(`orderBy: {field: %s, direction: %s}`, c.field, dir))
		if len(rels) != stats.Stats.RelationshipCount {
			t.Errorf("%s %s: %d relationships, the graph has %d", c.field, dir, len(rels), stats.Stats.RelationshipCount)
		}
		type key struct {
			has bool
			s   string
			f   float64
			id  string
		}
		keys := make([]key, len(rels))
		for i, r := range rels {
			k := key{id: r.ID}
			if c.field == "DATE" && r.Date != nil {
				k.has, k.s = true, kg.EarliestDay(*r.Date)
			}
			if c.field == "AMOUNT_HKD" && r.AmountHKD != nil {
				k.has, k.f = true, *r.AmountHKD
			}
			keys[i] = k
		}
		withKey := 0
		for i := 1; i < len(keys); i++ {
			a, b := keys[i-1], keys[i]
			cmp := 0
			switch {
			case a.has && !b.has:
				cmp = -1
			case !a.has && b.has:
				cmp = 1
			case a.has && b.has:
				cmp = strings.Compare(a.s, b.s)
				if c.field == "AMOUNT_HKD" {
					cmp = map[bool]int{true: -1, false: 1}[a.f < b.f]
					if a.f == b.f {
						cmp = 0
					}
				}
				if c.desc {
					cmp = -cmp
				}
			}
			if cmp > 0 || cmp == 0 && a.id >= b.id {
				t.Errorf("%s %s: %+v before %+v", c.field, dir, a, b)
			}
		}
		for _, k := range keys {
			if k.has {
				withKey++
			}
		}
		if withKey < 3 {
			t.Errorf("%s: only %d relationships have the key", c.field, withKey)
		}
		if c.field == "AMOUNT_HKD" && c.desc && (keys[0].f != 62e9 || keys[1].f != 10e9) {
			t.Errorf("largest amounts first: %v, %v", keys[0], keys[1])
		}
	}
}

// Each filter keeps exactly what it says, and the filters combine.
func TestDealFlowFilters(t *testing.T) {
	e := readEnv(t)
	check := func(args string, min int, ok func(r dealRel) bool) []dealRel {
		t.Helper()
		p := deals(t, e, args+", first: 100")
		if p.TotalCount < min || p.TotalCount != len(p.Edges) {
			t.Errorf("%s: total %d, %d edges, want at least %d", args, p.TotalCount, len(p.Edges), min)
		}
		for _, r := range p.rels() {
			if !ok(r) {
				t.Errorf("%s: %+v does not match", args, r)
			}
		}
		return p.rels()
	}
	check(`where: {amountHKDMin: 5e9}`, 2, func(r dealRel) bool { return r.AmountHKD != nil && *r.AmountHKD >= 5e9 })
	check(`where: {types: [ANNOUNCED], fromKinds: [POLICY]}`, 3, func(r dealRel) bool { return r.Type == "ANNOUNCED" && r.From.Kind == "POLICY" })
	check(`where: {toKinds: [PLACE, FACILITY], types: [LOCATED_IN]}`, 20, func(r dealRel) bool {
		return r.Type == "LOCATED_IN" && (r.To.Kind == "PLACE" || r.To.Kind == "FACILITY")
	})
	check(`where: {toRolesAny: [STARTUP], types: [INVESTED_IN]}`, 2, func(r dealRel) bool { return slices.Contains(r.To.Roles, "STARTUP") })
	check(`where: {fromRolesAny: [UNICORN]}`, 3, func(r dealRel) bool { return slices.Contains(r.From.Roles, "UNICORN") })
	planned := check(`where: {status: [PLANNED]}`, 6, func(r dealRel) bool { return r.Status == "PLANNED" })
	check(`where: {status: [ENDED]}`, 1, func(r dealRel) bool { return r.Status == "ENDED" && r.EndDate != nil })
	signed := check(`where: {types: [PARTNERED_WITH], fromIds: ["cyberport"], dateFrom: "2024", dateTo: "2024"}, orderBy: {field: DATE, direction: DESC}`, 2,
		func(r dealRel) bool {
			return r.From.ID == "cyberport" && r.Type == "PARTNERED_WITH" && strings.HasPrefix(str(r.Date), "2024")
		})
	check(`where: {toIds: ["cyberport-campus", "hong-kong"], types: [LOCATED_IN], status: [PLANNED]}`, 2, func(r dealRel) bool {
		return r.Status == "PLANNED" && (r.To.ID == "cyberport-campus" || r.To.ID == "hong-kong")
	})
	var signedTo []string
	for _, r := range signed {
		signedTo = append(signedTo, r.To.ID)
	}
	slices.Sort(signedTo)
	if !slices.Equal(signedTo, []string{"dcamp", "kacst"}) {
		t.Errorf("partnerships Cyberport signed in 2024: %v", signedTo)
	}
	var plannedPairs []string
	for _, r := range planned {
		plannedPairs = append(plannedPairs, r.Type+" "+r.From.ID+">"+r.To.ID)
	}
	for _, want := range []string{"ESTABLISHED iflytek>iflytek-international-hq", "LOCATED_IN iflytek-international-hq>hong-kong",
		"ESTABLISHED iflytek-healthcare>iflytek-healthcare-research-institute",
		"LOCATED_IN iflytek-healthcare-research-institute>cyberport-campus",
		"ESTABLISHED hksar-government>lau-fau-shan-digital-tech-hub"} {
		if !slices.Contains(plannedPairs, want) {
			t.Errorf("not PLANNED: %s (planned: %v)", want, plannedPairs)
		}
	}
}

// Bad arguments are BAD_USER_INPUT naming the argument; a cursor is only good for the query
// order that returned it.
func TestDealFlowBadInput(t *testing.T) {
	e := readEnv(t)
	asc := deals(t, e, `orderBy: {field: DATE}, first: 2`)
	cursor := *asc.PageInfo.EndCursor
	forge := func(json string) string { return base64.RawURLEncoding.EncodeToString([]byte(json)) }
	for _, c := range []struct{ args, field string }{
		{`first: 0`, "first"},
		{`first: 101`, "first"},
		{`after: "not-a-cursor"`, "after"},
		{fmt.Sprintf(`orderBy: {field: DATE, direction: DESC}, after: %q`, cursor), "after"},
		{fmt.Sprintf(`orderBy: {field: AMOUNT_HKD}, after: %q`, cursor), "after"},
		{fmt.Sprintf(`after: %q`, forge(`{"on":"rels:DATE:ASC","key":[5,"rel:funds:0123456789abcdef"]}`)), "after"},
		{fmt.Sprintf(`after: %q`, forge(`{"on":"rels:DATE:ASC","key":["2024-01-01","cyberport"]}`)), "after"},
		{fmt.Sprintf(`after: %q`, forge(`{"on":"ent","key":["a","b"]}`)), "after"},
		{`where: {dateFrom: "2024-13"}`, "where.dateFrom"},
		{`where: {dateTo: "24"}`, "where.dateTo"},
		{`where: {dateFrom: "2024-06", dateTo: "2024-05"}`, "where.dateTo"},
		{`where: {amountHKDMin: -1}`, "where.amountHKDMin"},
		{`where: {fromIds: ["Not A Slug"]}`, "where.fromIds"},
	} {
		code, msg := e.ErrorCode(t, "{ relationships("+c.args+") { totalCount } }", nil, "")
		if code != "BAD_USER_INPUT" || !strings.Contains(msg, c.field) {
			t.Errorf("%s: %s %q, want BAD_USER_INPUT naming %s", c.args, code, msg, c.field)
		}
	}
	// The cursor of a page continues the same query.
	next := deals(t, e, fmt.Sprintf(`orderBy: {field: DATE}, first: 2, after: %q`, cursor))
	if len(next.Edges) != 2 || next.Edges[0].Node.ID == asc.Edges[1].Node.ID {
		t.Errorf("the second page: %+v", next.rels())
	}
}

package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// A workload is one kind of request, phrased for each of the three servers. Each server's
// answer is reduced to the same canonical form, so the bench can check once, before timing,
// that all three return the same results.
type workload struct {
	name      string
	hkgraph   gqlRequest // hkgraph's GraphQL
	peer      gqlRequest // @neo4j/graphql's GraphQL
	driver    string     // the driver endpoint's path and query
	canonical func(server string, body []byte) (string, error)
	// peerCannot says why the peer is not asked ("" = it is).
	peerCannot string
	// concurrency, when set, replaces the run's concurrencies (curation_writes: its editors).
	concurrency []int
	// next, when set, builds each request afresh (writes: a new fact each time).
	next func(ctx context.Context, t target) (*http.Request, error)
}

type gqlRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// Canonical results.
type (
	relResult struct {
		ID        string `json:"id"`
		Type      string `json:"type"`
		From      string `json:"from"`
		To        string `json:"to"`
		OtherName string `json:"otherName"`
	}
	entityResult struct {
		ID    string      `json:"id"`
		Name  string      `json:"name"`
		Total *int        `json:"total,omitempty"`
		Rels  []relResult `json:"rels"`
	}
	listResult struct {
		Total int      `json:"total"`
		IDs   []string `json:"ids"`
		Names []string `json:"names"`
	}
	searchResult struct {
		IDs []string `json:"ids"` // sorted: the peer ranks by Lucene score alone
	}
	pathResult struct {
		Length int      `json:"length"`
		IDs    []string `json:"ids"`
	}
)

// The peer models each relationship type and direction as its own field (the way
// @neo4j/graphql maps a graph); a client asking for "an entity's first n relationships in
// hkgraph's order (type, other end's id, relationship id)" asks every field for its first n
// in that order and merges them.
type peerField struct{ field, relType, dir string }

var peerFields = map[string][]peerField{
	"ORGANIZATION": {
		{"investedIn", "INVESTED_IN", "OUT"}, {"participatedIn", "PARTICIPATED_IN", "OUT"}, {"operates", "OPERATES", "OUT"},
		{"funds", "FUNDS", "OUT"}, {"manages", "MANAGES", "OUT"}, {"locatedIn", "LOCATED_IN", "OUT"}, {"attended", "ATTENDED", "OUT"},
		{"organized", "ORGANIZED", "OUT"}, {"partneredWith", "PARTNERED_WITH", "OUT"}, {"memberOf", "MEMBER_OF", "OUT"},
		{"investors", "INVESTED_IN", "IN"}, {"partners", "PARTNERED_WITH", "IN"}, {"members", "MEMBER_OF", "IN"},
		{"leaders", "LEADS", "IN"}, {"staff", "WORKED_AT", "IN"}, {"alumni", "EDUCATED_AT", "IN"},
	},
	"EVENT": {{"locatedIn", "LOCATED_IN", "OUT"}, {"attendees", "ATTENDED", "IN"}, {"organizers", "ORGANIZED", "IN"}},
	"PROGRAMME": {{"participants", "PARTICIPATED_IN", "IN"}, {"operators", "OPERATES", "IN"}, {"funders", "FUNDS", "IN"},
		{"announcedBy", "ANNOUNCED", "IN"}},
}

var peerRoots = map[string]string{"ORGANIZATION": "organizations", "EVENT": "events", "PROGRAMME": "programmes"}

const hkRelSelection = `edges { node { id type from { id name } to { id name } } }`

// peerEntityQuery asks the peer for an entity and the first n of each relationship field.
func peerEntityQuery(kind string, n int, total bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query($id: ID!) { %s(where: {id: {eq: $id}}) { id name", peerRoots[kind])
	count := ""
	if total {
		count = " totalCount"
	}
	for _, f := range peerFields[kind] {
		fmt.Fprintf(&b, " %sConnection(first: %d, sort: [{node: {id: ASC}}, {edge: {id: ASC}}]) {%s edges { properties { id } node { id name } } }",
			f.field, n, count)
	}
	b.WriteString(" } }")
	return b.String()
}

// relsWorkload asks for an entity's first n relationships, with their total when asked.
func relsWorkload(name, id, kind string, n int, total bool) workload {
	totalField := ""
	if total {
		totalField = "totalCount "
	}
	return workload{
		name: name,
		hkgraph: gqlRequest{Query: fmt.Sprintf(`query($id: ID!) { entity(id: $id) { id name relationships(first: %d) { %s%s } } }`, n, totalField, hkRelSelection),
			Variables: map[string]any{"id": id}},
		peer:   gqlRequest{Query: peerEntityQuery(kind, n, total), Variables: map[string]any{"id": id}},
		driver: fmt.Sprintf("/relationships?id=%s&first=%d&total=%t", url.QueryEscape(id), n, total),
		canonical: func(server string, body []byte) (string, error) {
			return canonicalRels(server, kind, body, n, total)
		},
	}
}

// readWorkloads are the reads the bench times, in order.
func readWorkloads(m *Manifest) []workload {
	return []workload{
		relsWorkload("entity", m.EntityID, m.EntityKind, 10, false),
		{
			name: "list",
			hkgraph: gqlRequest{Query: `query($role: OrganizationRole!) { entities(kind: ORGANIZATION, where: {rolesAny: [$role]}, first: 20) { totalCount edges { node { id name } } } }`,
				Variables: map[string]any{"role": m.ListRole}},
			peer: gqlRequest{Query: `query($role: OrganizationRole!) { organizationsConnection(first: 20, where: {roles: {includes: $role}}, sort: [{name: ASC}, {id: ASC}]) { totalCount edges { node { id name } } } }`,
				Variables: map[string]any{"role": m.ListRole}},
			driver:    "/list?role=" + url.QueryEscape(m.ListRole) + "&first=20",
			canonical: canonicalList,
		},
		relsWorkload("hub", m.HubID, "EVENT", 20, true),
		{
			name:      "search",
			hkgraph:   gqlRequest{Query: `query($q: String!) { search(query: $q, first: 10) { entity { id name } } }`, Variables: map[string]any{"q": m.SearchText}},
			peer:      gqlRequest{Query: `query($q: String!) { searchOrganizations(phrase: $q, first: 10) { edges { node { id name } } } }`, Variables: map[string]any{"q": m.SearchText}},
			driver:    "/search?q=" + url.QueryEscape(m.SearchText) + "&first=10",
			canonical: canonicalSearch,
		},
		{
			name:      "path",
			hkgraph:   gqlRequest{Query: `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length entities { id name } } }`, Variables: map[string]any{"from": m.PathFrom, "to": m.PathTo}},
			peer:      gqlRequest{Query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name } }`, Variables: map[string]any{"from": m.PathFrom, "to": m.PathTo}},
			driver:    "/path?from=" + url.QueryEscape(m.PathFrom) + "&to=" + url.QueryEscape(m.PathTo) + "&maxHops=4",
			canonical: canonicalPath,
		},
		dealFlowWorkload(m),
		entityFilterWorkload(m),
	}
}

// degree100Workload pages the 100-degree programme like `hub` pages the hub: the hub paging
// ratio compares the two.
func degree100Workload(m *Manifest) workload {
	return relsWorkload("hub100", m.Degree100ID, "PROGRAMME", 20, true)
}

// gqlData decodes a GraphQL response, failing on errors.
func gqlData(body []byte, into any) error {
	var resp struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return fmt.Errorf("not JSON: %.200s", body)
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("GraphQL errors: %.500s", resp.Errors[0])
	}
	return json.Unmarshal(resp.Data, into)
}

func canon(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

type idName struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func canonicalRels(server, kind string, body []byte, n int, total bool) (string, error) {
	var out entityResult
	switch server {
	case "driver":
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
	case "hkgraph":
		var d struct {
			Entity *struct {
				idName
				Relationships struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							ID, Type string
							From, To idName
						} `json:"node"`
					} `json:"edges"`
				} `json:"relationships"`
			} `json:"entity"`
		}
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		if d.Entity == nil {
			return "", fmt.Errorf("entity not found")
		}
		out.ID, out.Name = d.Entity.ID, d.Entity.Name
		if total {
			t := d.Entity.Relationships.TotalCount
			out.Total = &t
		}
		out.Rels = []relResult{}
		for _, e := range d.Entity.Relationships.Edges {
			other := e.Node.To
			if other.ID == out.ID {
				other = e.Node.From
			}
			out.Rels = append(out.Rels, relResult{ID: e.Node.ID, Type: e.Node.Type, From: e.Node.From.ID, To: e.Node.To.ID, OtherName: other.Name})
		}
	case "neo4j_graphql":
		var d map[string][]map[string]json.RawMessage
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		list := d[peerRoots[kind]]
		if len(list) != 1 {
			return "", fmt.Errorf("%d entities found", len(list))
		}
		ent := list[0]
		_ = json.Unmarshal(ent["id"], &out.ID)
		_ = json.Unmarshal(ent["name"], &out.Name)
		sum := 0
		var all []relResult
		for _, f := range peerFields[kind] {
			var conn struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Properties struct {
						ID string `json:"id"`
					} `json:"properties"`
					Node idName `json:"node"`
				} `json:"edges"`
			}
			if err := json.Unmarshal(ent[f.field+"Connection"], &conn); err != nil {
				return "", err
			}
			sum += conn.TotalCount
			for _, e := range conn.Edges {
				r := relResult{ID: e.Properties.ID, Type: f.relType, From: out.ID, To: e.Node.ID, OtherName: e.Node.Name}
				if f.dir == "IN" {
					r.From, r.To = e.Node.ID, out.ID
				}
				all = append(all, r)
			}
		}
		other := func(r relResult) string {
			if r.From == out.ID {
				return r.To
			}
			return r.From
		}
		slices.SortFunc(all, func(a, b relResult) int {
			if c := strings.Compare(a.Type, b.Type); c != 0 {
				return c
			}
			if c := strings.Compare(other(a), other(b)); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		})
		out.Rels = all[:min(n, len(all))]
		if out.Rels == nil {
			out.Rels = []relResult{}
		}
		if total {
			out.Total = &sum
		}
	}
	return canon(out)
}

func canonicalList(server string, body []byte) (string, error) {
	var out listResult
	if server == "driver" {
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
		return canon(out)
	}
	type conn struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node idName `json:"node"`
		} `json:"edges"`
	}
	var d map[string]conn
	if err := gqlData(body, &d); err != nil {
		return "", err
	}
	c := d["entities"]
	if server == "neo4j_graphql" {
		c = d["organizationsConnection"]
	}
	out.Total, out.IDs, out.Names = c.TotalCount, []string{}, []string{}
	for _, e := range c.Edges {
		out.IDs, out.Names = append(out.IDs, e.Node.ID), append(out.Names, e.Node.Name)
	}
	return canon(out)
}

func canonicalSearch(server string, body []byte) (string, error) {
	out := searchResult{IDs: []string{}}
	switch server {
	case "driver":
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
	case "hkgraph":
		var d struct {
			Search []struct {
				Entity idName `json:"entity"`
			} `json:"search"`
		}
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		for _, h := range d.Search {
			out.IDs = append(out.IDs, h.Entity.ID)
		}
	case "neo4j_graphql":
		var d struct {
			SearchOrganizations struct {
				Edges []struct {
					Node idName `json:"node"`
				} `json:"edges"`
			} `json:"searchOrganizations"`
		}
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		for _, e := range d.SearchOrganizations.Edges {
			out.IDs = append(out.IDs, e.Node.ID)
		}
	}
	slices.Sort(out.IDs)
	return canon(out)
}

func canonicalPath(server string, body []byte) (string, error) {
	out := pathResult{IDs: []string{}}
	switch server {
	case "driver":
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
	case "hkgraph":
		var d struct {
			Path *struct {
				Length   int      `json:"length"`
				Entities []idName `json:"entities"`
			} `json:"path"`
		}
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		if d.Path != nil {
			out.Length = d.Path.Length
			for _, e := range d.Path.Entities {
				out.IDs = append(out.IDs, e.ID)
			}
		}
	case "neo4j_graphql":
		var d struct {
			ShortestPath []idName `json:"shortestPath"`
		}
		if err := gqlData(body, &d); err != nil {
			return "", err
		}
		for _, e := range d.ShortestPath {
			out.IDs = append(out.IDs, e.ID)
		}
		out.Length = max(len(out.IDs)-1, 0)
	}
	return canon(out)
}

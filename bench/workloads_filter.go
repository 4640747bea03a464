package bench

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
)

// The deal-flow and entity-filter workloads: Query.relationships across the whole graph, and
// Query.entities with a filter.

// dealResult is deal_flow's canonical answer: the page in order, with the total.
type dealResult struct {
	Total int       `json:"total"`
	Deals []dealRow `json:"deals"`
}

type dealRow struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Date      string   `json:"date"`
	AmountHKD *float64 `json:"amountHKD"`
	From      idName   `json:"from"`
	To        idName   `json:"to"`
}

// dealFlowWorkload asks for the newest 20 investments dated in [m.DealFrom, m.DealTo], with
// their total. The peer cannot express it (bench/README.md): @neo4j/graphql 7 reaches a
// relationship only through one of its nodes, so a filtered, sorted page across the graph has
// no generated query.
func dealFlowWorkload(m *Manifest) workload {
	return workload{
		name: "deal_flow",
		hkgraph: gqlRequest{Query: `query($from: String!, $to: String!) { relationships(where: {types: [INVESTED_IN], dateFrom: $from, dateTo: $to}, orderBy: {field: DATE, direction: DESC}, first: 20) { totalCount edges { node { id type date amountHKD from { id name } to { id name } } } } }`,
			Variables: map[string]any{"from": m.DealFrom, "to": m.DealTo}},
		peerCannot: "@neo4j/graphql 7 reaches relationships only as fields of their nodes: no generated query pages them across the graph",
		driver:     "/deals?type=INVESTED_IN&from=" + url.QueryEscape(m.DealFrom) + "&to=" + url.QueryEscape(m.DealTo) + "&first=20",
		canonical:  canonicalDeals,
	}
}

func canonicalDeals(server string, body []byte) (string, error) {
	out := dealResult{Deals: []dealRow{}}
	if server == "driver" {
		if err := json.Unmarshal(body, &out); err != nil {
			return "", err
		}
		return canon(out)
	}
	var d struct {
		Relationships struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node dealRow `json:"node"`
			} `json:"edges"`
		} `json:"relationships"`
	}
	if err := gqlData(body, &d); err != nil {
		return "", err
	}
	out.Total = d.Relationships.TotalCount
	for _, e := range d.Relationships.Edges {
		out.Deals = append(out.Deals, e.Node)
	}
	return canon(out)
}

// entityFilterWorkload asks for organisations whose name contains m.FilterName founded in a
// range of years, page of 20 by name with totalCount. The generator keeps the name part in
// one case and out of every other name, alias and description, so hkgraph's case- and
// script-folded nameContains and the peer's plain CONTAINS select the same organisations.
func entityFilterWorkload(m *Manifest) workload {
	vars := map[string]any{"name": m.FilterName, "from": m.FilterFoundedFrom, "to": m.FilterFoundedTo}
	return workload{
		name: "entity_filter",
		hkgraph: gqlRequest{Query: `query($name: String!, $from: Int!, $to: Int!) { entities(where: {kind: ORGANIZATION, nameContains: $name, foundedFrom: $from, foundedTo: $to}, first: 20) { totalCount edges { node { id name } } } }`,
			Variables: vars},
		peer: gqlRequest{Query: `query($name: String!, $from: Int!, $to: Int!) { organizationsConnection(first: 20, where: {name: {contains: $name}, founded: {gte: $from, lte: $to}}, sort: [{name: ASC}, {id: ASC}]) { totalCount edges { node { id name } } } }`,
			Variables: vars},
		driver:    fmt.Sprintf("/filter?name=%s&from=%d&to=%d&first=20", url.QueryEscape(m.FilterName), m.FilterFoundedFrom, m.FilterFoundedTo),
		canonical: canonicalList,
	}
}

// checkDealsAndFilter checks deal_flow's and entity_filter's agreed answers against the generator.
func checkDealsAndFilter(m *Manifest, name, canonical string) error {
	switch name {
	case "deal_flow":
		var r dealResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if r.Total != m.DealCount || len(r.Deals) != min(20, m.DealCount) {
			return fmt.Errorf("deal_flow: %d of %d deals, want %d of %d", len(r.Deals), r.Total, min(20, m.DealCount), m.DealCount)
		}
		for i, d := range r.Deals {
			if d.Date < m.DealFrom || d.Date > m.DealTo+"~" || d.AmountHKD == nil || (i > 0 && d.Date > r.Deals[i-1].Date) {
				return fmt.Errorf("deal_flow: deal %d (%s, %v HKD) out of the window %s–%s, unpriced or out of order", i, d.Date, d.AmountHKD, m.DealFrom, m.DealTo)
			}
		}
	case "entity_filter":
		var r listResult
		_ = json.Unmarshal([]byte(canonical), &r)
		if r.Total != m.FilterCount || len(r.IDs) != min(20, m.FilterCount) {
			return fmt.Errorf("entity_filter: %d of %d, want %d of %d", len(r.IDs), r.Total, min(20, m.FilterCount), m.FilterCount)
		}
	}
	return nil
}

func atoiOr0(s string) int { n, _ := strconv.Atoi(s); return n }

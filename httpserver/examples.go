package httpserver

import "github.com/hkgraph/hkgraph/httpserver/graphiql"

// ExampleTabs open in GraphiQL on a first visit: the analyst questions the README answers.
var ExampleTabs = []graphiql.Tab{
	{Name: "Search in any script", Query: `query Search {
  search(query: "數碼港", first: 5) {
    score
    matchedField
    entity { id kind name nameZhHans nameZhHant }
  }
}`},
	{Name: "An investor's portfolio", Query: `query Portfolio {
  entity(id: "hkic") {
    name
    nameZhHant
    relationships(types: [INVESTED_IN, PARTNERED_WITH], direction: OUT, first: 20) {
      totalCount
      edges {
        node {
          type
          date
          dateNote
          to { id name nameZhHans }
          citations { quote context }
        }
      }
    }
  }
}`},
	{Name: "A startup's route", Query: `query Route {
  entity(id: "gogox") {
    name
    relationships(first: 20) {
      edges {
        node {
          type
          date
          endDate
          from { name }
          to { name kind }
          citations { quote }
        }
      }
    }
  }
}`},
	{Name: "Shortest path", Query: `query ShortestPath {
  path(from: "gogox", to: "hkic", maxHops: 4) {
    length
    entities { id name }
    relationships { type from { id } to { id } }
  }
}`},
	{Name: "Partners by region", Query: `query PartnersByRegion {
  relationshipGroups(id: "cyberport", by: REGION, types: [PARTNERED_WITH], direction: OUT) {
    key
    count
    entities { id name nameZhHant }
  }
}`},
	{Name: "Investments of 2024", Query: `query InvestmentsOf2024 {
  relationships(
    where: {types: [INVESTED_IN], dateFrom: "2024", dateTo: "2024"}
    orderBy: {field: DATE, direction: DESC}
    first: 20
  ) {
    totalCount
    edges {
      node {
        date
        round
        lead
        amount
        currency
        amountHKD
        status
        from { id name }
        to { id name }
        citations { quote }
      }
    }
  }
}`},
	{Name: "Cyberport's 2024 partnerships", Query: `query CyberportPartnerships2024 {
  relationships(
    where: {types: [PARTNERED_WITH], fromIds: ["cyberport"], dateFrom: "2024", dateTo: "2024"}
    orderBy: {field: DATE, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        date
        status
        note
        to { id name ... on Organization { region } }
        citations { quote }
      }
    }
  }
}`},
	{Name: "Graph stats", Query: `query Stats {
  stats {
    entityCount
    relationshipCount
    byKind { kind count }
    byRelationshipType { type count }
    mostConnected(first: 5) { degree entity { id name } }
  }
}`},
}

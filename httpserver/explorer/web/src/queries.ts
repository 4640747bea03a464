// The GraphQL operations the explorer sends. Each is named, so the server's metrics and logs
// tell the explorer's traffic apart.

const ENTITY_CORE = `
fragment EntityCore on Entity {
  id kind name nameZhHans nameZhHant degree
  ... on Organization { roles founded }
  ... on Programme { founded date endDate }
  ... on Fund { founded date }
  ... on Facility { founded date }
  ... on Event { date endDate }
  ... on Policy { date }
}`;

const REL_CORE = `
fragment RelCore on Relationship {
  id type from { id } to { id } date endDate dateNote role amountHKD
}`;

const CITATION = `
fragment CitationFields on Citation {
  start end quote context
  document { id title publisher published language textPublic length }
}`;

export const SEARCH = `query ExplorerSearch($q: String!, $first: Int) {
  search(query: $q, first: $first) {
    score matchedField highlight
    entity { id kind name nameZhHans nameZhHant ... on Organization { roles } }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $hops: Int, $types: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, hops: $hops, types: $types, limit: $limit) {
    entities { ...EntityCore }
    relationships { ...RelCore }
  }
}${ENTITY_CORE}${REL_CORE}`;

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $k: Int, $maxHops: Int) {
  paths(from: $from, to: $to, k: $k, maxHops: $maxHops) {
    length
    entities { ...EntityCore }
    relationships { ...RelCore }
  }
}${ENTITY_CORE}${REL_CORE}`;

export const ENTITY_DETAILS = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    ...EntityCore
    aliases description version updatedAt updatedBy
    ... on Organization { region sector }
    ... on Person { region }
    ... on Programme { sector }
    ... on Fund { region sector }
    ... on Facility { region }
    ... on Event { region }
    ... on Place { region }
    ... on Policy { region }
    figures { key value maxValue unit qualifier asOf note citations { ...CitationFields } }
    citations { ...CitationFields }
    relationships(first: 100) {
      totalCount
      edges { node {
        ...RelCore
        from { id name kind }
        to { id name kind }
      } }
    }
  }
}${ENTITY_CORE}${REL_CORE}${CITATION}`;

export const RELATIONSHIP_DETAILS = `query ExplorerRelationship($id: ID!) {
  relationship(id: $id) {
    ...RelCore
    note
    from { id name kind }
    to { id name kind }
    citations { ...CitationFields }
  }
}${REL_CORE}${CITATION}`;

export const DOCUMENT_TEXT = `query ExplorerDocument($id: ID!) {
  document(id: $id) { id title text textPublic }
}`;

export const ENTITY_CHANGED = `subscription ExplorerEntityChanged {
  entityChanged { operation id actor at entity { ...EntityCore } }
}${ENTITY_CORE}`;

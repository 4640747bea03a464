// Package kg holds hkgraph's domain: the kinds of entity and relationship the knowledge graph
// allows, the records it stores, the validation every write goes through, and the error codes
// that each transport maps (GraphQL extensions.code, CLI exit messages).
//
// It depends on nothing but the standard library; adapters (neo4jstore, graph, httpserver,
// loaders) depend on it.
package kg

// Package neo4jstore is hkgraph's Neo4j adapter: it implements kg.Reader, kg.Writer and the
// proposal, API-key and import stores on a neo4j-go-driver session.
//
// # Where the Cypher is
//
// Cypher lives only in this package, in named constants and builder functions called
// cypher…, in the file of the operation that runs it (the one exception: offline.go builds its
// empty-list backfill where it runs it, from entityColumns' names):
//
//   - cypher.go: label (kind and role) and relationship-type splicing from kg's allow-lists,
//     the role labels every entity write sets beside the roles property, the map
//     projections every decoder reads, and the read queries of read.go and search.go;
//   - audit.go: the audit sequence and log; entity_writes.go, relationship_writes.go,
//     merge.go, documents.go, citations.go, document_delete.go, proposals.go, apikeys.go:
//     the statements of those writes;
//   - dealflow.go: the deal-flow query builder; backup.go: export and delete-graph;
//   - bulk.go, offline.go, importrun.go: the import's batched writes and progress records;
//   - migrate.go: the schema, as a numbered list of migrations.
//
// Values always travel as parameters; labels and relationship types are spliced only from
// kg's allow-lists.
//
// # How a statement runs and is read
//
// store.go opens sessions and runs work in managed transactions through readTx and writeTx
// (the driver's ExecuteRead/ExecuteWrite with a typed result), and maps driver errors to coded
// kg errors by the driver's error types. record.go reads record columns with checked types: a
// missing or retyped column is an error naming it. decode.go turns the projected maps into kg
// values. The rules of an edit (version conflicts, what an update or merge keeps) are kg's;
// the store reads, asks kg, and writes the answer.
package neo4jstore

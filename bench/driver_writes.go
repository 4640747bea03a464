package bench

import (
	"encoding/json"
	"net/http"

	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// driverWriteRoute answers curation_writes with the calls hkgraph's mutation resolvers make:
// the same validation (package curation) and the same audited store write, the audit
// sequence included.
func driverWriteRoute(mux *http.ServeMux, st *neo4jstore.Store) {
	// The source hkgraph's mutations get (writeOp.graphQL): the generated document's alias.
	doc, quote, start, end := docID, sharedAlias, 0, len([]rune(sharedAlias))
	src := kg.Source{DocumentID: &doc, Start: &start, End: &end, Quote: &quote}
	mux.HandleFunc("POST /write", func(w http.ResponseWriter, r *http.Request) {
		var op writeOp
		if err := json.NewDecoder(r.Body).Decode(&op); err != nil {
			reply(w, nil, err)
			return
		}
		var version int
		var err error
		switch op.Op {
		case "upsertEntity":
			ew := kg.EntityWrite{Entity: kg.Entity{ID: op.ID, Kind: kg.KindOrganization, Name: op.Name, Roles: []kg.Role{"STARTUP"}}, Source: src}
			if err = curation.Entity(&ew); err == nil {
				var e *kg.Entity
				if e, err = st.UpsertEntity(r.Context(), ew, op.Actor); err == nil {
					version = e.Version
				}
			}
		default:
			amount := 1e6
			rw := kg.RelationshipWrite{Relationship: kg.Relationship{Type: "INVESTED_IN", FromID: op.From, ToID: op.To, Date: &op.Date, AmountHKD: &amount}, Source: src}
			if err = curation.Relationship(&rw); err == nil {
				var rel *kg.Relationship
				if rel, err = st.AddRelationship(r.Context(), rw, op.Actor); err == nil {
					version = rel.Version
				}
			}
		}
		reply(w, writeResult{Op: op.Op, Version: version}, err)
	})
}

package bench

import (
	"context"
	"net/http"
	"slices"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
	"github.com/hkgraph/hkgraph/textnorm"
)

// driverFilterRoutes answers deal_flow and entity_filter with the store calls hkgraph's
// resolvers make for them.
func driverFilterRoutes(mux *http.ServeMux, st *neo4jstore.Store) {
	mux.HandleFunc("GET /deals", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		from, to := q.Get("from"), q.Get("to")
		// As relationshipsQuery builds it for relationships(where: {types, dateFrom, dateTo},
		// orderBy: {field: DATE, direction: DESC}, first:).
		rq := kg.RelationshipsQuery{Where: kg.RelationshipWhere{Types: []kg.RelType{kg.RelType(q.Get("type"))}, DateFrom: &from, DateTo: &to},
			OrderBy: kg.RelOrderDate, Descending: true, Window: kg.Window{First: atoiOr0(q.Get("first"))}}
		out, err := driverDeals(r.Context(), st, rq)
		reply(w, out, err)
	})
	mux.HandleFunc("GET /filter", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		org := kg.KindOrganization
		name := textnorm.Fold(q.Get("name"))
		from, to := atoiOr0(q.Get("from")), atoiOr0(q.Get("to"))
		// As entityQuery builds it for entities(where: {kind, nameContains, foundedFrom, foundedTo}).
		eq := kg.EntityQuery{Where: kg.EntityWhere{Kind: &org, NameContains: &name, FoundedFrom: &from, FoundedTo: &to},
			OrderBy: kg.OrderName, Window: kg.Window{First: atoiOr0(q.Get("first"))}}
		p, err := st.Entities(r.Context(), eq)
		if err != nil {
			reply(w, nil, err)
			return
		}
		out := listResult{Total: p.TotalCount, IDs: []string{}, Names: []string{}}
		for _, e := range p.Items {
			out.IDs, out.Names = append(out.IDs, e.ID), append(out.Names, e.Name)
		}
		reply(w, out, nil)
	})
}

// driverDeals does what Query.relationships does: one query for the page, one batched read of
// its ends.
func driverDeals(ctx context.Context, st *neo4jstore.Store, q kg.RelationshipsQuery) (*dealResult, error) {
	p, err := st.FindRelationships(ctx, q)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, 2*len(p.Items))
	for _, rel := range p.Items {
		ids = append(ids, rel.FromID, rel.ToID)
	}
	ends, err := st.EntitiesByID(ctx, slices.Compact(slices.Sorted(slices.Values(ids))))
	if err != nil {
		return nil, err
	}
	out := &dealResult{Total: p.TotalCount, Deals: []dealRow{}}
	for _, rel := range p.Items {
		d := dealRow{ID: rel.ID, Type: string(rel.Type), AmountHKD: rel.AmountHKD, From: idName{ID: rel.FromID}, To: idName{ID: rel.ToID}}
		if rel.Date != nil {
			d.Date = *rel.Date
		}
		if e := ends[rel.FromID]; e != nil {
			d.From.Name = e.Name
		}
		if e := ends[rel.ToID]; e != nil {
			d.To.Name = e.Name
		}
		out.Deals = append(out.Deals, d)
	}
	return out, nil
}

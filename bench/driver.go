package bench

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// DriverHandler is the floor: a plain net/http endpoint that answers each workload by calling
// the neo4jstore.Store methods hkgraph's resolvers call for it, so it runs the same Cypher over
// neo4j-go-driver with no GraphQL, no loaders and no middleware in between. It answers in the
// bench's canonical form.
func DriverHandler(st *neo4jstore.Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /relationships", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		first, _ := strconv.Atoi(q.Get("first"))
		out, err := driverRelationships(r.Context(), st, q.Get("id"), first, q.Get("total") == "true")
		reply(w, out, err)
	})
	mux.HandleFunc("GET /list", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		first, _ := strconv.Atoi(q.Get("first"))
		org := kg.KindOrganization
		// As hkgraph's entityQuery builds it for entities(kind:, where: {rolesAny:}).
		eq := kg.EntityQuery{Where: kg.EntityWhere{Kind: &org, And: []kg.EntityWhere{{RolesAny: []kg.Role{kg.Role(q.Get("role"))}}}},
			OrderBy: kg.OrderName, Window: kg.Window{First: first}}
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
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		first, _ := strconv.Atoi(q.Get("first"))
		hits, err := st.Search(r.Context(), kg.SearchQuery{Text: q.Get("q"), First: first})
		if err != nil {
			reply(w, nil, err)
			return
		}
		out := searchResult{IDs: []string{}}
		for _, h := range hits {
			out.IDs = append(out.IDs, h.Entity.ID)
		}
		reply(w, out, nil)
	})
	mux.HandleFunc("GET /path", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		hops, _ := strconv.Atoi(q.Get("maxHops"))
		ps, err := st.Paths(r.Context(), kg.PathQuery{From: q.Get("from"), To: q.Get("to"), MaxHops: hops, K: 1})
		if err != nil {
			reply(w, nil, err)
			return
		}
		out := pathResult{IDs: []string{}}
		if len(ps) > 0 {
			out.Length = len(ps[0].Relationships)
			for _, e := range ps[0].Entities {
				out.IDs = append(out.IDs, e.ID)
			}
		}
		reply(w, out, nil)
	})
	driverFilterRoutes(mux, st)
	driverWriteRoute(mux, st)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	return mux
}

// driverRelationships does what `entity(id:) { relationships(first:) }` does in hkgraph: one
// store call reads the entity and its page.
func driverRelationships(ctx context.Context, st *neo4jstore.Store, id string, first int, total bool) (*entityResult, error) {
	e, p, err := st.EntityWithRelationships(ctx, id, kg.RelQuery{Direction: kg.DirectionBoth, Window: kg.Window{First: first}})
	if err != nil || e == nil {
		return nil, err
	}
	out := &entityResult{ID: id, Name: e.Name, Rels: []relResult{}}
	if total {
		out.Total = &p.TotalCount
	}
	for _, rel := range p.Items {
		other := rel.To
		if other.ID == id {
			other = rel.From
		}
		out.Rels = append(out.Rels, relResult{ID: rel.ID, Type: string(rel.Type), From: rel.FromID, To: rel.ToID, OtherName: other.Name})
	}
	return out, nil
}

func reply(w http.ResponseWriter, v any, err error) {
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	_ = json.NewEncoder(w).Encode(v)
}

// Package dataload holds the per-request loaders: each request gets its own, so results are
// cached only for that request, and sibling fields (the relationships of every entity in a
// page) are fetched together in one Neo4j round trip.
package dataload

import (
	"context"
	"errors"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/hkgraph/hkgraph/kg"
)

type ctxKey struct{}

// Loaders batch and cache reads for one request.
type Loaders struct {
	store     kg.Reader
	entities  *dataloadgen.Loader[string, *kg.Entity]
	documents *dataloadgen.Loader[string, *kg.Document]
	rels      *dataloadgen.Loader[pagedKey[RelQuery], *kg.Page[*kg.Relationship]]
	mentions  *dataloadgen.Loader[pagedKey[Page], *kg.Page[kg.Mention]]
	proposals *dataloadgen.Loader[string, *kg.Proposal]
}

// pagedKey is an entity id with the decoded arguments of the page asked for. Both parts are
// comparable values (args.go), so the key is the arguments themselves: a batch is grouped by
// them and sent to the store as they are.
type pagedKey[A comparable] struct {
	id   string
	args A
}

// wait is how long a loader collects keys before it fetches. gqlgen resolves list elements
// concurrently, so siblings arrive within microseconds; a short wait keeps single-entity
// queries fast.
const wait = 500 * time.Microsecond

// New returns loaders over store.
func New(store kg.Reader) *Loaders {
	l := &Loaders{store: store}
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(500)}
	l.entities = dataloadgen.NewMappedLoader(store.EntitiesByID, opts...)
	l.documents = dataloadgen.NewMappedLoader(store.DocumentsByID, opts...)
	l.rels = dataloadgen.NewMappedLoader(l.fetchRelationships, opts...)
	l.mentions = dataloadgen.NewMappedLoader(l.fetchMentions, opts...)
	l.proposals = dataloadgen.NewMappedLoader(store.ProposalsByID, opts...)
	return l
}

// With returns ctx carrying l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the loaders in ctx.
func For(ctx context.Context) *Loaders { return ctx.Value(ctxKey{}).(*Loaders) }

// Entity returns an entity by id, or nil when there is none.
func (l *Loaders) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	return ignoreMissing(l.entities.Load(ctx, id))
}

// Entities returns the entities that exist among ids, in one batch with the request's other
// entity look-ups.
func (l *Loaders) Entities(ctx context.Context, ids []string) (map[string]*kg.Entity, error) {
	thunks := make([]func() (*kg.Entity, error), len(ids))
	for i, id := range ids {
		thunks[i] = l.entities.LoadThunk(ctx, id) // all queued before any is awaited: one batch
	}
	out := make(map[string]*kg.Entity, len(ids))
	for i, thunk := range thunks {
		e, err := ignoreMissing(thunk())
		if err != nil {
			return nil, err
		}
		if e != nil {
			out[ids[i]] = e
		}
	}
	return out, nil
}

// Document returns a document by id, or nil when there is none.
func (l *Loaders) Document(ctx context.Context, id string) (*kg.Document, error) {
	return ignoreMissing(l.documents.Load(ctx, id))
}

// PrimeDocument caches a document a list query already fetched.
func (l *Loaders) PrimeDocument(d *kg.Document) { l.documents.Prime(d.ID, d) }

// Proposal returns a proposal by id, or nil when there is none.
func (l *Loaders) Proposal(ctx context.Context, id string) (*kg.Proposal, error) {
	return ignoreMissing(l.proposals.Load(ctx, id))
}

// PrimeProposals caches proposals a page already fetched, so ends naming proposals of the
// same page cost no round trip.
func (l *Loaders) PrimeProposals(ps ...*kg.Proposal) {
	for _, p := range ps {
		l.proposals.Prime(p.ID, p)
	}
}

// History pages the audit events that touched an entity, newest first.
func (l *Loaders) History(ctx context.Context, id string, w kg.Window) (*kg.Page[kg.AuditEvent], error) {
	return l.store.AuditLog(ctx, kg.AuditQuery{EntityID: &id, Window: w})
}

// PrimeEntities caches entities a list query already fetched.
func (l *Loaders) PrimeEntities(es ...*kg.Entity) {
	for _, e := range es {
		if e != nil {
			l.entities.Prime(e.ID, e)
		}
	}
}

// PrimeRelationships caches pages fetched by look-ahead under the key the field resolver will
// ask for. Entities without a page (unknown ids) get an empty one.
func (l *Loaders) PrimeRelationships(q RelQuery, ids []string, pages map[string]*kg.Page[*kg.Relationship]) {
	for _, id := range ids {
		if p := pages[id]; p != nil {
			l.rels.Prime(pagedKey[RelQuery]{id, q}, p)
		}
	}
}

// Relationships returns one page of an entity's relationships.
func (l *Loaders) Relationships(ctx context.Context, id string, q RelQuery) (*kg.Page[*kg.Relationship], error) {
	p, err := ignoreMissing(l.rels.Load(ctx, pagedKey[RelQuery]{id, q}))
	if p == nil && err == nil {
		p = &kg.Page[*kg.Relationship]{}
	}
	return p, err
}

// Mentions returns one page of where documents name an entity.
func (l *Loaders) Mentions(ctx context.Context, id string, pg Page) (*kg.Page[kg.Mention], error) {
	p, err := ignoreMissing(l.mentions.Load(ctx, pagedKey[Page]{id, pg}))
	if p == nil && err == nil {
		p = &kg.Page[kg.Mention]{}
	}
	return p, err
}

// fetchRelationships answers a batch of keys with one store call per distinct set of
// arguments (usually one).
func (l *Loaders) fetchRelationships(ctx context.Context, keys []pagedKey[RelQuery]) (map[pagedKey[RelQuery]]*kg.Page[*kg.Relationship], error) {
	return fetchGrouped(ctx, keys, func(ctx context.Context, ids []string, q RelQuery) (map[string]*kg.Page[*kg.Relationship], error) {
		return l.store.Relationships(ctx, ids, q.Query())
	})
}

func (l *Loaders) fetchMentions(ctx context.Context, keys []pagedKey[Page]) (map[pagedKey[Page]]*kg.Page[kg.Mention], error) {
	return fetchGrouped(ctx, keys, func(ctx context.Context, ids []string, p Page) (map[string]*kg.Page[kg.Mention], error) {
		return l.store.Mentions(ctx, ids, p.Window())
	})
}

// fetchGrouped makes one store call per distinct arguments among keys.
func fetchGrouped[A comparable, V any](ctx context.Context, keys []pagedKey[A], fetch func(context.Context, []string, A) (map[string]V, error)) (map[pagedKey[A]]V, error) {
	groups := map[A][]string{}
	for _, k := range keys {
		groups[k.args] = append(groups[k.args], k.id)
	}
	out := make(map[pagedKey[A]]V, len(keys))
	for args, ids := range groups {
		pages, err := fetch(ctx, ids, args)
		if err != nil {
			return nil, err
		}
		for id, p := range pages {
			out[pagedKey[A]{id, args}] = p
		}
	}
	return out, nil
}

// ignoreMissing turns the mapped loader's "not found" into a nil value: an unknown id is
// not an error.
func ignoreMissing[T any](v T, err error) (T, error) {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		var zero T
		return zero, nil
	}
	return v, err
}

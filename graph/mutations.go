package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/live"
)

// editor returns the caller when they may write: no credentials → UNAUTHENTICATED, an
// identity without the editor or admin role → FORBIDDEN.
func editor(ctx context.Context) (kg.Principal, error) {
	p := kg.PrincipalFrom(ctx)
	switch {
	case p.Name == "":
		return p, kg.Errorf(kg.CodeUnauthenticated, "writes need credentials: send Authorization: Bearer <API key or JWT>")
	case !p.CanEdit():
		return p, kg.Errorf(kg.CodeForbidden, "%s may read but not write: writes need the editor or admin role", p.Name)
	}
	return p, nil
}

func source(in *model.SourceInput) kg.Source {
	if in == nil {
		return kg.Source{}
	}
	return kg.Source{URL: in.URL, DocumentID: in.DocumentID, Start: in.Start, End: in.End, Quote: in.Quote, Note: in.Note}
}

func (r *Resolver) upsertEntity(ctx context.Context, in model.EntityInput) (model.Entity, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	w := kg.EntityWrite{Entity: kg.Entity{ID: in.ID, Kind: in.Kind, Name: in.Name, NameZhHans: in.NameZhHans,
		NameZhHant: in.NameZhHant, Aliases: in.Aliases, Description: in.Description, Roles: in.Roles, Founded: in.Founded,
		Region: in.Region, Sector: in.Sector, Date: in.Date, EndDate: in.EndDate},
		Source: source(in.Source), ExpectedVersion: in.ExpectedVersion}
	if err := curation.Entity(&w); err != nil {
		return nil, err
	}
	e, err := r.Writer.UpsertEntity(ctx, w, p.Name)
	return model.WrapEntity(e), err
}

func (r *Resolver) addRelationship(ctx context.Context, in model.RelationshipInput) (*model.Relationship, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	w := kg.RelationshipWrite{Relationship: kg.Relationship{Type: in.Type, FromID: in.From, ToID: in.To, Date: in.Date,
		EndDate: in.EndDate, AmountHKD: in.AmountHkd, Role: in.Role, Note: in.Note, Round: in.Round, Amount: in.Amount,
		Currency: in.Currency, Lead: in.Lead}, Source: source(in.Source)}
	if in.Status != nil {
		w.Relationship.Status = *in.Status
	}
	if err := curation.Relationship(&w); err != nil {
		return nil, err
	}
	rel, err := r.Writer.AddRelationship(ctx, w, p.Name)
	if err != nil {
		return nil, err
	}
	return r.wrapRelationship(ctx, rel)
}

func (r *Resolver) deleteEntity(ctx context.Context, id string, expectedVersion *int, reason *string) (bool, error) {
	p, err := editor(ctx)
	if err != nil {
		return false, err
	}
	if err := entityID("id", id); err != nil {
		return false, err
	}
	return r.Writer.DeleteEntity(ctx, id, expectedVersion, reason, p.Name)
}

func (r *Resolver) removeRelationship(ctx context.Context, id string, expectedVersion *int, reason *string) (bool, error) {
	p, err := editor(ctx)
	if err != nil {
		return false, err
	}
	if _, ok := kg.RelTypeOfID(id); !ok {
		return false, kg.BadInput("id", "%q is not a relationship id (rel:<type>:<16 hex digits>)", id)
	}
	return r.Writer.RemoveRelationship(ctx, id, expectedVersion, reason, p.Name)
}

func (r *Resolver) mergeEntities(ctx context.Context, keep, remove string, reason *string, allowKindChange *bool) (model.Entity, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	if err := entityID("keep", keep); err != nil {
		return nil, err
	}
	if err := entityID("remove", remove); err != nil {
		return nil, err
	}
	if keep == remove {
		return nil, kg.BadInput("remove", "cannot merge an entity into itself")
	}
	res, err := r.Writer.MergeEntities(ctx, kg.Merge{Keep: keep, Remove: remove, Reason: reason,
		AllowKindChange: allowKindChange != nil && *allowKindChange}, p.Name)
	if err != nil {
		return nil, err
	}
	// What could not move is reported to the caller too, not only in the audit log.
	graphql.RegisterExtension(ctx, "merge", map[string]any{"droppedRelationships": orEmpty(res.Dropped),
		"droppedFigures": orEmpty(res.DroppedFigures)})
	return model.WrapEntity(res.Entity), nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// deleteDocument deletes a source document: admins only, refused while cited unless force.
func (r *Resolver) deleteDocument(ctx context.Context, id string, force *bool) (bool, error) {
	p, err := editor(ctx)
	if err != nil {
		return false, err
	}
	if !p.IsAdmin() {
		return false, kg.Errorf(kg.CodeForbidden, "%s may not delete documents: that needs the admin role", p.Name)
	}
	if !kg.ValidDocumentID(id) {
		return false, kg.BadInput("id", "%q is not a document id (doc:…)", id)
	}
	res, err := r.Writer.DeleteDocument(ctx, id, force != nil && *force, p.Name)
	if err != nil || res == nil {
		return false, err
	}
	graphql.RegisterExtension(ctx, "deleteDocument", res)
	return true, nil
}

func (r *Resolver) createDocument(ctx context.Context, in model.DocumentInput) (*model.Document, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	d := kg.Document{Title: in.Title, URL: in.URL, Publisher: in.Publisher, Published: in.Published, Language: in.Language,
		Text: in.Text, TextPublic: in.TextPublic != nil && *in.TextPublic}
	if err := curation.Document(&d); err != nil {
		return nil, err
	}
	doc, err := r.Writer.CreateDocument(ctx, d, p.Name)
	if err != nil {
		return nil, err
	}
	return &model.Document{Document: doc}, nil
}

func (r *Resolver) updateRelationship(ctx context.Context, id string, in model.RelationshipUpdateInput, expectedVersion *int) (*model.Relationship, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	u := kg.RelationshipUpdate{ID: id, Date: in.Date, EndDate: in.EndDate, AmountHKD: in.AmountHkd, Role: in.Role, Note: in.Note,
		Status: in.Status, Deal: kg.Deal{Round: in.Round, Amount: in.Amount, Currency: in.Currency, Lead: in.Lead},
		Source: source(in.Source), ExpectedVersion: expectedVersion}
	if err := curation.RelationshipUpdate(&u); err != nil {
		return nil, err
	}
	rel, err := r.Writer.UpdateRelationship(ctx, u, p.Name)
	if err != nil {
		return nil, err
	}
	return r.wrapRelationship(ctx, rel)
}

func (r *Resolver) addFigure(ctx context.Context, entityID string, in model.FigureInput, expectedVersion *int) (model.Entity, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	w := kg.FigureWrite{EntityID: entityID, Figure: kg.Figure{Key: in.Key, Value: in.Value, MaxValue: in.MaxValue, Unit: in.Unit,
		Qualifier: in.Qualifier, AsOf: in.AsOf, Note: in.Note}, Source: source(in.Source), ExpectedVersion: expectedVersion}
	if err := curation.Figure(&w); err != nil {
		return nil, err
	}
	e, err := r.Writer.AddFigure(ctx, w, p.Name)
	return model.WrapEntity(e), err
}

func (r *Resolver) removeFigure(ctx context.Context, id, key string, expectedVersion *int, reason *string) (model.Entity, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	if err := entityID("entityId", id); err != nil {
		return nil, err
	}
	e, err := r.Writer.RemoveFigure(ctx, id, key, expectedVersion, reason, p.Name)
	return model.WrapEntity(e), err
}

// auditLog lists audit events newest first: editors see their own, admins everyone's.
func (r *Resolver) auditLog(ctx context.Context, first *int, after *string, targetID, actor *string) (*model.AuditConnection, error) {
	p, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	if !p.IsAdmin() {
		if actor != nil && *actor != p.Name {
			return nil, kg.Errorf(kg.CodeForbidden, "editors see their own audit events; only admins see %s's", *actor)
		}
		actor = &p.Name
	}
	w, err := dataload.ForwardWindow(first, after, "aud", 1)
	if err != nil {
		return nil, err
	}
	pg, err := r.Store.AuditLog(ctx, kg.AuditQuery{TargetID: targetID, Actor: actor, Window: w})
	if err != nil {
		return nil, err
	}
	return model.AuditPage(pg), nil
}

// entityChanged streams changes committed after the subscription started.
func (r *Resolver) entityChanged(ctx context.Context, id *string, kinds []kg.Kind) (<-chan *model.EntityChange, error) {
	if id != nil {
		if err := entityID("id", *id); err != nil {
			return nil, err
		}
	}
	changes, err := r.Live.Subscribe(ctx, live.Filter{ID: id, Kinds: kg.Canonical(kinds)})
	if err != nil {
		return nil, err
	}
	out := make(chan *model.EntityChange)
	go func() {
		defer close(out)
		for c := range changes {
			ec := &model.EntityChange{Operation: c.Event.Operation, ID: c.EntityID, Actor: c.Event.Actor, At: c.Event.At}
			// The entity as it is now (null once deleted), read as the broker's background
			// work: bounded by its read timeout, stopped when the subscriber leaves.
			rctx, cancel := r.Live.Background(ctx)
			if es, err := r.Store.EntitiesByID(rctx, []string{c.EntityID}); err == nil {
				ec.Entity = model.WrapEntity(es[c.EntityID])
			}
			cancel()
			select {
			case out <- ec:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

package graph

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

// ingestDocument stores a document with its mentions and the proposals read from it.
func (r *Resolver) ingestDocument(ctx context.Context, in model.DocumentInput) (*model.IngestResult, error) {
	p, err := kg.Require(ctx, kg.RoleEditor)
	if err != nil {
		return nil, err
	}
	d := kg.Document{Title: in.Title, URL: in.URL, Publisher: in.Publisher, Published: in.Published, Language: in.Language,
		Text: in.Text, TextPublic: in.TextPublic != nil && *in.TextPublic}
	if err := curation.Ingest(&d, func(f string) string { return "input." + f }); err != nil {
		return nil, err
	}
	known, err := r.Store.EntityNames(ctx)
	if err != nil {
		return nil, err
	}
	res, err := r.Writer.IngestDocument(ctx, loaders.Read(&d, known, true), p.Name)
	if err != nil {
		return nil, err
	}
	return &model.IngestResult{Document: &model.Document{Document: res.Document}, Mentions: res.Mentions, Proposals: res.NewProposals}, nil
}

// proposals pages proposals for editors and admins.
func (r *Resolver) proposals(ctx context.Context, documentID *string, status *kg.ProposalStatus, kind *kg.ProposalKind, first *int, after *string) (*model.ProposalConnection, error) {
	if _, err := kg.Require(ctx, kg.RoleEditor); err != nil {
		return nil, err
	}
	if documentID != nil && !strings.HasPrefix(*documentID, "doc:") {
		return nil, kg.BadInput("documentId", "%q is not a document id (doc:…)", *documentID)
	}
	w, err := dataload.ForwardWindow(first, after, "prop", 4)
	if err != nil {
		return nil, err
	}
	if c := w.After; c != nil {
		// The key is document id, start, kind rank, proposal id: anything else was not made here.
		d, ok0 := c.Key[0].(string)
		_, ok1 := c.Key[1].(float64)
		_, ok2 := c.Key[2].(float64)
		id, ok3 := c.Key[3].(string)
		if !ok0 || !ok1 || !ok2 || !ok3 || !strings.HasPrefix(d, "doc:") || !kg.ValidProposalID(id) {
			return nil, kg.BadInput("after", "not a cursor returned by this connection")
		}
	}
	pg, err := r.Store.Proposals(ctx, kg.ProposalQuery{DocumentID: documentID, Status: status, Kind: kind, Window: w})
	if err != nil {
		return nil, err
	}
	dataload.For(ctx).PrimeProposals(pg.Items...)
	if err := r.prefetchProposalReads(ctx, pg.Items); err != nil {
		return nil, err
	}
	return model.ProposalPage(pg), nil
}

// prefetchProposalReads reads, in one round trip each, the documents and the entities a page
// of proposals names, when the query selects them: left to the loaders, gqlgen's concurrent
// resolution would batch them by timing, usually but not always in one query.
func (r *Resolver) prefetchProposalReads(ctx context.Context, ps []*kg.Proposal) error {
	if len(ps) == 0 || !graphql.HasOperationContext(ctx) {
		return nil
	}
	sel := graphql.GetFieldContext(ctx).Field.Selections
	l := dataload.For(ctx)
	if selects(sel, "document") {
		var ids []string
		for _, p := range ps {
			if !slices.Contains(ids, p.DocumentID) {
				ids = append(ids, p.DocumentID)
			}
		}
		docs, err := r.Store.DocumentsByID(ctx, ids)
		if err != nil {
			return err
		}
		for _, d := range docs {
			l.PrimeDocument(d)
		}
	}
	if !selects(sel, "entity") && !selects(sel, "existing") {
		return nil
	}
	onPage := map[string]*kg.Proposal{}
	for _, p := range ps {
		onPage[p.ID] = p
	}
	var ids []string
	add := func(id *string) {
		if id != nil && !slices.Contains(ids, *id) {
			ids = append(ids, *id)
		}
	}
	end := func(e kg.ProposedEnd) {
		add(e.EntityID)
		if e.ProposalID != nil && onPage[*e.ProposalID] != nil {
			add(onPage[*e.ProposalID].ResultID)
		}
	}
	for _, p := range ps {
		switch {
		case p.Entity != nil:
			add(p.Entity.ExistingID)
		case p.Relationship != nil:
			end(p.Relationship.From)
			end(p.Relationship.To)
		case p.Figure != nil:
			end(p.Figure.Subject)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	es, err := r.Store.EntitiesByID(ctx, ids)
	if err != nil {
		return err
	}
	for _, e := range es {
		l.PrimeEntities(e)
	}
	return nil
}

// selects reports whether a field named name appears anywhere in sel (fragments included).
func selects(sel ast.SelectionSet, name string) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == name || selects(s.SelectionSet, name) {
				return true
			}
		case *ast.InlineFragment:
			if selects(s.SelectionSet, name) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && selects(s.Definition.SelectionSet, name) {
				return true
			}
		}
	}
	return false
}

// proposal is a proposal by id for editors and admins (null when there is none).
func (r *Resolver) proposal(ctx context.Context, id string) (*model.Proposal, error) {
	if _, err := kg.Require(ctx, kg.RoleEditor); err != nil {
		return nil, err
	}
	if !kg.ValidProposalID(id) {
		return nil, kg.BadInput("id", "%q is not a proposal id (prop:<16 hex digits>)", id)
	}
	p, err := dataload.For(ctx).Proposal(ctx, id)
	if p == nil || err != nil {
		return nil, err
	}
	return &model.Proposal{Proposal: p}, nil
}

// acceptProposal writes what a proposal says (after the edit) through the ordinary writes.
func (r *Resolver) acceptProposal(ctx context.Context, id string, edit *model.ProposalEdit) (*model.Proposal, error) {
	who, err := kg.Require(ctx, kg.RoleEditor)
	if err != nil {
		return nil, err
	}
	if !kg.ValidProposalID(id) {
		return nil, kg.BadInput("id", "%q is not a proposal id (prop:<16 hex digits>)", id)
	}
	ps, err := r.Store.ProposalsByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	p := ps[id]
	if p == nil {
		return nil, kg.Errorf(kg.CodeNotFound, "no proposal %q", id)
	}
	if p.Status == kg.ProposalAccepted {
		return &model.Proposal{Proposal: p}, nil // accepted already: nothing to do
	}
	var endIDs []string
	switch {
	case p.Relationship != nil:
		for _, e := range []kg.ProposedEnd{p.Relationship.From, p.Relationship.To} {
			if e.ProposalID != nil {
				endIDs = append(endIDs, *e.ProposalID)
			}
		}
	case p.Figure != nil && p.Figure.Subject.ProposalID != nil:
		endIDs = append(endIDs, *p.Figure.Subject.ProposalID)
	}
	ends := map[string]*kg.Proposal{}
	if len(endIDs) > 0 {
		if ends, err = r.Store.ProposalsByID(ctx, endIDs); err != nil {
			return nil, err
		}
	}
	plan, err := curation.Accept(p, ends, proposalEdit(edit))
	if err != nil {
		return nil, err
	}
	out, err := r.Writer.AcceptProposal(ctx, plan, who.Name)
	if err != nil {
		return nil, err
	}
	return &model.Proposal{Proposal: out}, nil
}

func (r *Resolver) rejectProposal(ctx context.Context, id string, reason *string) (*model.Proposal, error) {
	who, err := kg.Require(ctx, kg.RoleEditor)
	if err != nil {
		return nil, err
	}
	if !kg.ValidProposalID(id) {
		return nil, kg.BadInput("id", "%q is not a proposal id (prop:<16 hex digits>)", id)
	}
	if reason != nil && utf8.RuneCountInString(*reason) > curation.MaxNoteLen {
		return nil, kg.BadInput("reason", "must be at most %d characters", curation.MaxNoteLen)
	}
	p, err := r.Writer.RejectProposal(ctx, id, reason, who.Name)
	if err != nil {
		return nil, err
	}
	return &model.Proposal{Proposal: p}, nil
}

func proposalEdit(e *model.ProposalEdit) *kg.ProposalEdit {
	if e == nil {
		return nil
	}
	return &kg.ProposalEdit{Type: e.Type, From: e.From, To: e.To, Date: e.Date, EndDate: e.EndDate, DateNote: e.DateNote,
		Amount: e.Amount, Currency: e.Currency, AmountHKD: e.AmountHkd, Role: e.Role, Kind: e.Kind, ID: e.ID, Name: e.Name,
		NameZhHans: e.NameZhHans, NameZhHant: e.NameZhHant, Aliases: e.Aliases, Roles: e.Roles, Key: e.Key, Value: e.Value,
		MaxValue: e.MaxValue, Unit: e.Unit, Qualifier: e.Qualifier, AsOf: e.AsOf, Status: e.Status, Round: e.Round, Lead: e.Lead}
}

// endEntity is the entity a proposed end is: a known one, or what its entity proposal became.
func (r *Resolver) endEntity(ctx context.Context, e *kg.ProposedEnd) (model.Entity, error) {
	id := e.EntityID
	if id == nil && e.ProposalID != nil {
		p, err := dataload.For(ctx).Proposal(ctx, *e.ProposalID)
		if err != nil || p == nil || p.Status != kg.ProposalAccepted {
			return nil, err
		}
		id = p.ResultID
	}
	if id == nil {
		return nil, nil
	}
	ent, err := dataload.For(ctx).Entity(ctx, *id)
	return model.WrapEntity(ent), err
}

func (r *Resolver) endProposal(ctx context.Context, e *kg.ProposedEnd) (*model.Proposal, error) {
	if e.ProposalID == nil {
		return nil, nil
	}
	p, err := dataload.For(ctx).Proposal(ctx, *e.ProposalID)
	if p == nil || err != nil {
		return nil, err
	}
	return &model.Proposal{Proposal: p}, nil
}

func (r *Resolver) existingEntity(ctx context.Context, e *kg.ProposedEntity) (model.Entity, error) {
	if e.ExistingID == nil {
		return nil, nil
	}
	ent, err := dataload.For(ctx).Entity(ctx, *e.ExistingID)
	return model.WrapEntity(ent), err
}

package loaders

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/kg"
)

// Read prepares a validated document for storing: its id (doc:<first 16 hex digits of the
// text's sha256> unless it has one), the mentions of known entities, and, when propose is set,
// the proposals the extractor reads in it, with deterministic ids.
func Read(d *kg.Document, known []*kg.Entity, propose bool) kg.Ingestion {
	sum := sha256.Sum256([]byte(d.Text))
	d.SHA256 = hex.EncodeToString(sum[:])
	if d.ID == "" {
		d.ID = "doc:" + d.SHA256[:16]
	}
	in := kg.Ingestion{Document: d, Mentions: NewMatcher(known).Find(d.ID, d.Text)}
	if !propose {
		return in
	}
	published := ""
	if d.Published != nil {
		published = *d.Published
	}
	ks := make([]extract.Known, len(known))
	for i, e := range known {
		ks[i] = extract.Known{ID: e.ID, Kind: e.Kind, Names: e.Names()}
	}
	in.Proposals = Proposals(d.ID, kg.Text(d.Text), extract.Extract(extract.Input{Text: d.Text, Language: d.Language,
		Published: published, Known: ks}))
	return in
}

// Proposals turns what the extractor read into proposals of document docID. Each id hashes the
// document, kind, span and the content as written (names, not what they resolved to), so the
// same text read again, even once the graph knows some of its entities, gives the same ids.
// An extractor result whose span does not slice the text to its quote is dropped: a proposal's
// citation must hold.
func Proposals(docID string, text kg.Text, ps []extract.Proposal) []*kg.Proposal {
	byKey := map[string]string{} // entity key → proposal id
	out := make([]*kg.Proposal, 0, len(ps))
	seen := map[string]bool{}
	// Entities first, so relationships and figures can name them by proposal id.
	for _, pass := range []extract.ProposalKind{extract.KindEntity, ""} {
		for _, x := range ps {
			if (pass == extract.KindEntity) != (x.Kind == extract.KindEntity) {
				continue
			}
			if q, ok := text.Slice(x.Start, x.End); !ok || q != x.Quote {
				continue
			}
			p := &kg.Proposal{DocumentID: docID, Kind: kg.ProposalKind(x.Kind), Status: kg.ProposalPending, Start: x.Start,
				End: x.End, Quote: x.Quote, Context: text.Context(x.Start, x.End), Trigger: x.Trigger, Confidence: x.Confidence}
			var content any
			switch {
			case x.Entity != nil:
				e := x.Entity
				p.Entity = &kg.ProposedEntity{Kind: e.Kind, Slug: e.Slug, Name: e.Name, NameZhHans: opt(e.NameZhHans),
					NameZhHant: opt(e.NameZhHant), Aliases: e.Aliases, Roles: e.Roles, ExistingID: opt(e.ExistingID)}
				content = []any{e.Kind, e.Name, e.NameZhHans, e.NameZhHant}
			case x.Relationship != nil:
				r := x.Relationship
				p.Relationship = &kg.ProposedRelationship{Type: r.Type, From: end(r.From, byKey), To: end(r.To, byKey),
					Date: opt(r.Date), EndDate: opt(r.EndDate), DateNote: opt(r.DateNote), Amount: r.Amount,
					Currency: opt(r.Currency), AmountHKD: r.AmountHKD, Role: opt(r.Role), Lead: r.Lead}
				if r.Status != "" {
					p.Relationship.Status = ptrTo(kg.FactStatus(r.Status))
				}
				if r.Round != "" {
					p.Relationship.Round = ptrTo(kg.FundingRound(r.Round))
				}
				content = []any{r.Type, r.From.Name, r.To.Name, r.Date, r.EndDate, r.Amount, r.Currency, r.Role}
			case x.Figure != nil:
				f := x.Figure
				p.Figure = &kg.ProposedFigure{Subject: end(f.Subject, byKey), Key: f.Key, Value: f.Value, MaxValue: f.MaxValue,
					Unit: opt(f.Unit), Qualifier: opt(f.Qualifier), AsOf: opt(f.AsOf)}
				content = []any{f.Subject.Name, f.Key, f.Value, f.MaxValue, f.Unit, f.AsOf}
			default:
				continue
			}
			p.ID = kg.ProposalID(docID, p.Kind, p.Start, p.End, content)
			if x.Entity != nil {
				byKey[x.Entity.Key] = p.ID
			}
			if seen[p.ID] {
				continue // the same fact read twice in one span
			}
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out
}

func end(e extract.End, byKey map[string]string) kg.ProposedEnd {
	out := kg.ProposedEnd{Name: e.Name, EntityID: opt(e.EntityID)}
	if e.EntityID == "" && e.EntityKey != "" {
		if id, ok := byKey[e.EntityKey]; ok {
			out.ProposalID = &id
		}
	}
	return out
}

func ptrTo[T any](v T) *T { return &v }

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

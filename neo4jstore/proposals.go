package neo4jstore

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/hkgraph/hkgraph/kg"
)

var (
	_ kg.ProposalReader = (*Store)(nil)
	_ kg.ProposalWriter = (*Store)(nil)
)

// Proposals are (:Proposal) nodes keyed by id, holding the document id, span, status and, as
// JSON in `payload`, the proposed entity, relationship or figure. Nothing an extractor reads
// is written anywhere else until a curator accepts it.
const (
	cypherProposalsByID = "UNWIND $ids AS id MATCH (p:Proposal {id: id}) RETURN p {.*} AS p"

	cypherExistingProposals = "UNWIND $ids AS id MATCH (p:Proposal {id: id}) RETURN collect(id) AS ids"

	cypherCreateProposals = `UNWIND $rows AS row
CREATE (p:Proposal {id: row.id}) SET p += row.props, p.status = 'PENDING', p.createdAt = $at, p.createdBy = $actor`

	cypherCreateDocument = "CREATE (d:Document {id: $id}) SET d += $props"

	cypherMentionsOf = "MATCH (:Document {id: $id})-[m:MENTIONS]->(:Entity) RETURN count(m) AS n"

	// Document order: document id, start, kind (entities before what names them), id.
	cypherProposalPage = `CALL () {
  MATCH (p:Proposal)
  WHERE ($doc IS NULL OR p.documentId = $doc) AND ($status IS NULL OR p.status = $status) AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Proposal)
  WHERE ($doc IS NULL OR p.documentId = $doc) AND ($status IS NULL OR p.status = $status) AND ($kind IS NULL OR p.kind = $kind)
    AND ($k0 IS NULL OR p.documentId > $k0 OR (p.documentId = $k0 AND (p.start > $k1 OR (p.start = $k1
      AND (p.kindRank > $k2 OR (p.kindRank = $k2 AND p.id > $k3))))))
  WITH p ORDER BY p.documentId, p.start, p.kindRank, p.id LIMIT $limit
  RETURN collect(p {.*}) AS rows
}
RETURN total, rows`

	cypherReviewProposal = `MATCH (p:Proposal {id: $id})
SET p.status = $status, p.reviewedBy = $actor, p.reviewedAt = $at, p.reason = $reason, p.resultId = $result
RETURN p {.*} AS p`

	cypherEntityExists = "RETURN EXISTS { MATCH (:Entity {id: $id}) } AS ok"

	cypherDeleteProposalsOf = "MATCH (p:Proposal {documentId: $id}) DELETE p"
)

func proposalRow(p *kg.Proposal) map[string]any {
	var payload any
	switch {
	case p.Entity != nil:
		payload = p.Entity
	case p.Relationship != nil:
		payload = p.Relationship
	case p.Figure != nil:
		payload = p.Figure
	}
	b, _ := json.Marshal(payload)
	return map[string]any{"id": p.ID, "props": map[string]any{"documentId": p.DocumentID, "kind": string(p.Kind),
		"kindRank": p.Kind.Rank(), "start": p.Start, "end": p.End, "quote": p.Quote, "context": p.Context,
		"trigger": p.Trigger, "confidence": p.Confidence, "payload": string(b)}}
}

func proposalP(r *cols) *kg.Proposal { return decodeProposal(col[map[string]any](r, "p")) }

func decodeProposal(m map[string]any) *kg.Proposal {
	p := &kg.Proposal{ID: str(m, "id"), DocumentID: str(m, "documentId"), Kind: kg.ProposalKind(str(m, "kind")),
		Status: kg.ProposalStatus(str(m, "status")), Quote: str(m, "quote"), Context: str(m, "context"),
		Trigger: str(m, "trigger"), ReviewedBy: strp(m, "reviewedBy"), ReviewedAt: strp(m, "reviewedAt"),
		Reason: strp(m, "reason"), ResultID: strp(m, "resultId")}
	p.Start, p.End = intOf(m, "start"), intOf(m, "end")
	if c := floatp(m, "confidence"); c != nil {
		p.Confidence = *c
	}
	payload := []byte(str(m, "payload"))
	switch p.Kind {
	case kg.ProposalEntity:
		p.Entity = &kg.ProposedEntity{}
		_ = json.Unmarshal(payload, p.Entity)
	case kg.ProposalRelationship:
		p.Relationship = &kg.ProposedRelationship{}
		_ = json.Unmarshal(payload, p.Relationship)
	case kg.ProposalFigure:
		p.Figure = &kg.ProposedFigure{}
		_ = json.Unmarshal(payload, p.Figure)
	}
	return p
}

// ProposalsByID returns the proposals that exist among ids, in one round trip.
func (s *Store) ProposalsByID(ctx context.Context, ids []string) (map[string]*kg.Proposal, error) {
	ps, err := readAll(ctx, s, cypherProposalsByID, map[string]any{"ids": ids}, proposalP)
	if err != nil {
		return nil, err
	}
	return byID(ps, func(p *kg.Proposal) string { return p.ID }), nil
}

// Proposals pages proposals in document order, with the total matching the filters, in one
// round trip.
func (s *Store) Proposals(ctx context.Context, pq kg.ProposalQuery) (*kg.Page[*kg.Proposal], error) {
	params := map[string]any{"doc": pq.DocumentID, "status": nil, "kind": nil}
	if pq.Status != nil {
		params["status"] = string(*pq.Status)
	}
	if pq.Kind != nil {
		params["kind"] = string(*pq.Kind)
	}
	windowParams(params, pq.Window, 4)
	recs, err := s.readRows(ctx, cypherProposalPage, params)
	if err != nil {
		return nil, err
	}
	var (
		items []*kg.Proposal
		keys  [][]any
		total int
	)
	if len(recs) > 0 {
		r := cols{rec: recs[0]}
		total = count(&r, "total")
		for _, row := range list[map[string]any](&r, "rows") {
			p := decodeProposal(row)
			items = append(items, p)
			keys = append(keys, []any{p.DocumentID, float64(p.Start), float64(p.Kind.Rank()), p.ID})
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	return page(items, keys, "prop", pq.Window, total), nil
}

// IngestDocument stores a document (unless the same text is stored already), links its
// mentions and stores the proposals not stored before, in one transaction with one audit event
// when anything was new.
func (s *Store) IngestDocument(ctx context.Context, in kg.Ingestion, actor string) (*kg.IngestOutcome, error) {
	rows := make([]map[string]any, len(in.Proposals))
	ids := make([]string, len(in.Proposals))
	for i, p := range in.Proposals {
		rows[i], ids[i] = proposalRow(p), p.ID
	}
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.IngestOutcome, error) {
		d := *in.Document
		rec, err := q.one(cypherDocumentsByID, map[string]any{"ids": []string{d.ID}})
		if err != nil {
			return nil, nil, err
		}
		newDoc := rec == nil
		if !newDoc {
			stored, err := decodeOne(rec, documentD)
			if err != nil {
				return nil, nil, err
			}
			if stored.SHA256 != d.SHA256 {
				return nil, nil, kg.Errorf(kg.CodeConflict, "document %s is stored with another text; give the new one another id", d.ID)
			}
			d = *stored
		} else if _, err := q.rows(cypherCreateDocument, map[string]any{"id": d.ID, "props": documentRows([]*kg.Document{&d})[0]["props"]}); err != nil {
			return nil, nil, err
		}
		if _, err := q.rows(cypherUpsertMentions, map[string]any{"rows": mentionRows(in.Mentions)}); err != nil {
			return nil, nil, err
		}
		rec, err = q.one(cypherExistingProposals, map[string]any{"ids": ids})
		if err != nil {
			return nil, nil, err
		}
		existing, err := decodeOne(rec, func(r *cols) []string { return list[string](r, "ids") })
		if err != nil {
			return nil, nil, err
		}
		var fresh []map[string]any
		for i, id := range ids {
			if !slices.Contains(existing, id) {
				fresh = append(fresh, rows[i])
			}
		}
		if len(fresh) > 0 {
			if _, err := q.rows(cypherCreateProposals, map[string]any{"rows": fresh, "at": at, "actor": actor}); err != nil {
				return nil, nil, err
			}
		}
		n, err := q.one(cypherMentionsOf, map[string]any{"id": d.ID})
		if err != nil {
			return nil, nil, err
		}
		mentions, err := value[int64](n, "n")
		if err != nil {
			return nil, nil, err
		}
		res := &kg.IngestOutcome{Document: &d, Mentions: int(mentions), NewProposals: len(fresh)}
		if !newDoc && len(fresh) == 0 {
			return nil, res, nil
		}
		meta := d
		meta.Text = ""
		ev := &kg.AuditEvent{Actor: actor, Operation: "ingestDocument", TargetID: d.ID,
			After: jsonText(map[string]any{"document": meta, "mentions": mentions, "newProposals": len(fresh)})}
		return ev, res, nil
	})
}

func (q querier) proposal(id string) (*kg.Proposal, error) {
	rec, err := q.one(cypherProposalsByID, map[string]any{"ids": []string{id}})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeOne(rec, proposalP)
}

func (q querier) review(id string, status kg.ProposalStatus, reason, result *string, actor, at string) (*kg.Proposal, error) {
	rec, err := q.one(cypherReviewProposal, map[string]any{"id": id, "status": string(status), "actor": actor, "at": at,
		"reason": reason, "result": result})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeOne(rec, proposalP)
}

// AcceptProposal writes what plan says through the same writes as upsertEntity,
// addRelationship and addFigure (each with its audit event and version), marks the proposals
// ACCEPTED with who and when, all in one transaction. Accepting an accepted proposal changes
// nothing.
func (s *Store) AcceptProposal(ctx context.Context, plan kg.AcceptPlan, actor string) (*kg.Proposal, error) {
	return mutations(ctx, s, func(q querier, seq int64, at string) ([]*kg.AuditEvent, *kg.Proposal, error) {
		main, err := q.proposal(plan.ProposalID)
		if err != nil {
			return nil, nil, err
		}
		if main == nil {
			return nil, nil, kg.Errorf(kg.CodeNotFound, "no proposal %q", plan.ProposalID)
		}
		if main.Status == kg.ProposalAccepted {
			return nil, main, nil
		}
		if err := q.checkEnds(plan); err != nil {
			return nil, nil, err
		}
		var evs []*kg.AuditEvent
		for _, ae := range plan.Entities {
			ev, err := q.acceptEntity(ae, plan.ProposalID, actor, at)
			if err != nil {
				return nil, nil, err
			}
			evs = append(evs, ev)
		}
		var result *string
		switch {
		case plan.Relationship != nil:
			ev, v, err := addRelationshipTx(*plan.Relationship, actor)(q, seq, at)
			if err != nil {
				return nil, nil, err
			}
			evs, result = append(evs, ev), &v.ID
		case plan.Figure != nil:
			ev, _, err := addFigureTx(*plan.Figure, actor)(q, seq, at)
			if err != nil {
				return nil, nil, err
			}
			evs, result = append(evs, ev), &plan.Figure.EntityID
		}
		if result == nil { // an entity proposal: acceptEntity wrote and marked it
			p, err := q.proposal(plan.ProposalID)
			return evs, p, err
		}
		p, err := q.review(plan.ProposalID, kg.ProposalAccepted, nil, result, actor, at)
		return evs, p, err
	})
}

// checkEnds refuses a plan whose ends no longer exist (or, from an edit, never did), naming
// the end; ends the plan itself creates are fine.
func (q querier) checkEnds(plan kg.AcceptPlan) error {
	created := map[string]bool{}
	for _, ae := range plan.Entities {
		created[ae.Write.Entity.ID] = !ae.Existing
	}
	fields := make([]string, 0, len(plan.Ends))
	for f := range plan.Ends {
		fields = append(fields, f)
	}
	slices.Sort(fields)
	for _, f := range fields {
		id := plan.Ends[f]
		if created[id] {
			continue
		}
		ok, err := q.entityExists(id)
		if err != nil {
			return err
		}
		if !ok {
			if len(f) > 5 && f[:5] == "edit." {
				return kg.BadInput(f, "no entity %q", id)
			}
			e := kg.Errorf(kg.CodeNotFound, "%s: entity %q no longer exists; accept with edit.%s naming another entity, or reject", f, id, f)
			e.Extensions = map[string]any{"argument": f, "entityId": id}
			return e
		}
	}
	return nil
}

// acceptEntity writes one entity proposal of a plan and marks it accepted. The proposal must
// still be pending (the one being accepted may also be a rejected one being reconsidered).
func (q querier) acceptEntity(ae kg.AcceptedEntity, mainID, actor, at string) (*kg.AuditEvent, error) {
	p, err := q.proposal(ae.ProposalID)
	if err != nil {
		return nil, err
	}
	if p == nil || (p.Status != kg.ProposalPending && !(p.ID == mainID && p.Status == kg.ProposalRejected)) {
		return nil, kg.Errorf(kg.CodeConflict, "%s: entity proposal %s was reviewed meanwhile; reload and try again", ae.Field, ae.ProposalID)
	}
	id := ae.Write.Entity.ID
	if ae.Existing {
		// The proposal named a known entity: cite the span on it, as it is now.
		cur, err := q.entity(id)
		if err != nil {
			return nil, err
		}
		if cur == nil {
			e := kg.Errorf(kg.CodeNotFound, "%s: entity %q, which the proposal names, no longer exists; accept with edit.id to create it anew, or reject", ae.Field, id)
			e.Extensions = map[string]any{"argument": ae.Field, "entityId": id}
			return nil, e
		}
		ae.Write.Entity = kg.Entity{ID: cur.ID, Kind: cur.Kind, Name: cur.Name}
	} else {
		ok, err := q.entityExists(id)
		if err != nil {
			return nil, err
		}
		if ok {
			e := kg.Errorf(kg.CodeConflict, "%s: an entity %q exists already; accept with another edit.id, or link the existing one", ae.Field, id)
			e.Extensions = map[string]any{"argument": ae.Field, "entityId": id}
			return nil, e
		}
	}
	ev, _, err := upsertEntityTx(ae.Write, actor)(q, 0, at)
	if err != nil {
		return nil, err
	}
	_, err = q.review(ae.ProposalID, kg.ProposalAccepted, nil, &id, actor, at)
	return ev, err
}

// RejectProposal marks a proposal REJECTED with who, when and why. Rejecting a rejected one
// changes nothing; an accepted one is in the graph already and is refused.
func (s *Store) RejectProposal(ctx context.Context, id string, reason *string, actor string) (*kg.Proposal, error) {
	return writeTx(ctx, s, func(q querier) (*kg.Proposal, error) {
		p, err := q.proposal(id)
		switch {
		case err != nil:
			return nil, err
		case p == nil:
			return nil, kg.Errorf(kg.CodeNotFound, "no proposal %q", id)
		case p.Status == kg.ProposalRejected:
			return p, nil
		case p.Status == kg.ProposalAccepted:
			return nil, kg.Errorf(kg.CodeConflict, "proposal %s was accepted already (%s); remove what it wrote instead", id, deref(p.ResultID))
		}
		return q.review(id, kg.ProposalRejected, reason, nil, actor, nowRFC3339())
	})
}

func (q querier) entityExists(id string) (bool, error) {
	rec, err := q.one(cypherEntityExists, map[string]any{"id": id})
	if err != nil {
		return false, err
	}
	return value[bool](rec, "ok")
}

func nowRFC3339() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

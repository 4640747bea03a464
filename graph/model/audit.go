package model

import (
	"context"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/kg"
)

// AuditNode converts an audit event.
func AuditNode(ev kg.AuditEvent) *AuditEvent {
	return &AuditEvent{ID: ev.ID(), At: ev.At, Actor: ev.Actor, Operation: ev.Operation, TargetID: ev.TargetID,
		Before: ev.Before, After: ev.After, Reason: ev.Reason}
}

// AuditPage converts a page of audit events to a connection.
func AuditPage(p *kg.Page[kg.AuditEvent]) *AuditConnection {
	c := &AuditConnection{PageInfo: &p.PageInfo, Edges: make([]*AuditEdge, len(p.Items))}
	for i, ev := range p.Items {
		c.Edges[i] = &AuditEdge{Cursor: p.Cursors[i], Node: AuditNode(ev)}
	}
	return c
}

// History pages the changes that touched this entity, for editors and admins.
func (e EntityBase) History(ctx context.Context, first *int, after *string) (*AuditConnection, error) {
	if _, err := kg.Require(ctx, kg.RoleEditor); err != nil {
		return nil, err
	}
	w, err := dataload.ForwardWindow(first, after, "aud", 1)
	if err != nil {
		return nil, err
	}
	pg, err := dataload.For(ctx).History(ctx, e.ID, w)
	if err != nil {
		return nil, err
	}
	return AuditPage(pg), nil
}

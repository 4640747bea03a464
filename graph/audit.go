package graph

import (
	"context"
	"strconv"
	"strings"

	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
)

// auditEvent resolves an `audit:<seq>` id for node(id:); only its actor or an admin sees it.
func (r *Resolver) auditEvent(ctx context.Context, id string) (*model.AuditEvent, error) {
	seq, err := strconv.ParseInt(strings.TrimPrefix(id, "audit:"), 10, 64)
	if err != nil || seq < 1 {
		return nil, kg.BadInput("id", "%q is not an audit event id (audit:<number>)", id)
	}
	p, err := kg.Require(ctx, kg.RoleEditor)
	if err != nil {
		return nil, err
	}
	evs, err := r.Store.AuditEventsAfter(ctx, seq-1, 1)
	if err != nil || len(evs) == 0 || evs[0].Seq != seq {
		return nil, err
	}
	if !p.Has(kg.RoleAdmin) && evs[0].Actor != p.Name {
		return nil, nil
	}
	return model.AuditNode(evs[0]), nil
}

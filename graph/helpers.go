package graph

import (
	"context"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
)

// document loads a document through the request's loader (null when unknown).
func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	d, err := dataload.For(ctx).Document(ctx, id)
	if d == nil || err != nil {
		return nil, err
	}
	return &model.Document{Document: d}, nil
}

// endpoint returns a relationship's end: already fetched with the relationship on every read
// path, loaded by id otherwise.
func (r *Resolver) endpoint(ctx context.Context, e *kg.Entity, id string) (model.Entity, error) {
	if e != nil {
		return model.WrapEntity(e), nil
	}
	e, err := dataload.For(ctx).Entity(ctx, id)
	if e == nil && err == nil {
		return nil, kg.Errorf(kg.CodeNotFound, "relationship endpoint %q no longer exists", id)
	}
	return model.WrapEntity(e), err
}

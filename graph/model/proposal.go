package model

import "github.com/hkgraph/hkgraph/kg"

// Proposal wraps a stored proposal for GraphQL.
type Proposal struct{ *kg.Proposal }

func (Proposal) IsNode() {}

// Citation is the span that states the proposal: what accepting cites.
func (p Proposal) Citation() *kg.Citation {
	return &kg.Citation{DocumentID: p.DocumentID, Start: p.Start, End: p.End, Quote: p.Quote, Context: p.Context}
}

// ProposalPage makes a connection of a page of proposals.
func ProposalPage(p *kg.Page[*kg.Proposal]) *ProposalConnection {
	c := &ProposalConnection{TotalCount: p.TotalCount, PageInfo: &p.PageInfo, Edges: make([]*ProposalEdge, len(p.Items))}
	for i, item := range p.Items {
		c.Edges[i] = &ProposalEdge{Cursor: p.Cursors[i], Node: &Proposal{Proposal: item}}
	}
	return c
}

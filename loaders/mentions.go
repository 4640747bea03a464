package loaders

import (
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Matcher finds where a text names known entities (textnorm.Matcher over the entities' names
// and aliases), as document mentions.
type Matcher struct{ m *textnorm.Matcher }

// NewMatcher indexes the names and aliases of entities.
func NewMatcher(entities []*kg.Entity) *Matcher {
	named := make([]textnorm.Named, 0, len(entities))
	for _, e := range entities {
		named = append(named, textnorm.Named{ID: e.ID, Names: e.Names()})
	}
	return &Matcher{textnorm.NewMatcher(named)}
}

// Find returns the mentions of entities in text, by code-point offsets.
func (m *Matcher) Find(docID, text string) []kg.Mention {
	orig := []rune(text)
	found := m.m.Find(text)
	out := make([]kg.Mention, 0, len(found))
	for _, x := range found {
		out = append(out, kg.Mention{DocumentID: docID, EntityID: x.ID, Start: x.Start, End: x.End, Quote: string(orig[x.Start:x.End])})
	}
	return out
}

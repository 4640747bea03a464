package neo4jstore

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Search finds entities by name, alias or description. Neo4j's full-text index (cjk analyzer
// over folded names) supplies candidates; rank orders them so that an exact name beats a prefix
// beats a partial or fuzzy match, and names beat aliases beat descriptions.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	folded := textnorm.Fold(q.Text)
	lucene := luceneQuery(folded)
	if lucene == "" {
		return []kg.SearchHit{}, nil
	}
	candidates := max(100, q.First*5)
	kinds := []string{}
	for _, k := range kg.Canonical(q.Kinds) {
		kinds = append(kinds, string(k))
	}
	hits, err := readAll(ctx, s, cypherSearch(), map[string]any{"q": lucene, "candidates": candidates, "kinds": kinds}, func(r *cols) kg.SearchHit {
		return rank(entityE(r), folded, col[float64](r, "score"))
	})
	if searchIndexMissing(err) {
		return nil, errSearchIndexBuilding
	}
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(hits, func(a, b kg.SearchHit) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Entity.ID, b.Entity.ID)
	})
	if len(hits) > q.First {
		hits = hits[:q.First]
	}
	return hits, nil
}

// Tiers of a match; the full-text score (0..1 after squashing) only orders hits within a tier.
const (
	tierExactName    = 100
	tierExactAlias   = 90
	tierPrefixName   = 80
	tierPrefixAlias  = 70
	tierPartialName  = 60
	tierPartialAlias = 50
	tierFuzzy        = 30
	tierDescription  = 20
)

// rank scores an entity against the folded query text.
func rank(e *kg.Entity, folded string, lucene float64) kg.SearchHit {
	type field struct {
		name, text string
		isName     bool
	}
	fields := []field{{"name", e.Name, true}}
	if e.NameZhHans != nil {
		fields = append(fields, field{"nameZhHans", *e.NameZhHans, true})
	}
	if e.NameZhHant != nil {
		fields = append(fields, field{"nameZhHant", *e.NameZhHant, true})
	}
	for _, a := range e.Aliases {
		fields = append(fields, field{"alias", a, false})
	}
	best, bestField, bestText := 0, "", ""
	consider := func(tier int, f field) {
		if tier > best {
			best, bestField, bestText = tier, f.name, f.text
		}
	}
	for _, f := range fields {
		key := textnorm.Fold(f.text)
		nameTier := func(n, a int) int {
			if f.isName {
				return n
			}
			return a
		}
		switch {
		case key == folded:
			consider(nameTier(tierExactName, tierExactAlias), f)
		case strings.HasPrefix(key, folded):
			consider(nameTier(tierPrefixName, tierPrefixAlias), f)
		case strings.Contains(key, folded):
			consider(nameTier(tierPartialName, tierPartialAlias), f)
		}
	}
	if best == 0 && e.Description != nil && strings.Contains(textnorm.Fold(*e.Description), folded) {
		best, bestField, bestText = tierDescription, "description", *e.Description
	}
	if best == 0 {
		// A full-text hit with no substring match: a typo (scored by edit distance to the
		// closest name or alias) or a partial-token match.
		best, bestField, bestText = tierFuzzy, "name", e.Name
		for _, f := range fields {
			d := levenshtein.ComputeDistance(folded, textnorm.Fold(f.text))
			if d <= 2 && tierFuzzy+10-3*d > best {
				best, bestField, bestText = tierFuzzy+10-3*d, f.name, f.text
			}
		}
	}
	hit := kg.SearchHit{Entity: e, Score: float64(best) + lucene/(1+lucene), MatchedField: bestField}
	hit.Highlight = &bestText
	return hit
}

// luceneQuery turns folded user text into a Lucene query that matches its words in the folded
// names or the description. User text is never query syntax: every operator is escaped. Latin
// words of four letters or more also match with one typo.
func luceneQuery(folded string) string {
	words := strings.FieldsFunc(folded, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if len(words) == 0 {
		return ""
	}
	var terms []string
	for _, w := range words {
		esc := escapeLucene(w)
		terms = append(terms, esc)
		if !textnorm.HasHan(w) && len([]rune(w)) >= 4 {
			terms = append(terms, esc+"~1")
		}
		if !textnorm.HasHan(w) && len([]rune(w)) >= 2 {
			terms = append(terms, esc+"*")
		}
	}
	body := strings.Join(terms, " ")
	return "searchText:(" + body + ")^3 OR description:(" + strings.Join(escapeAll(words), " ") + ")"
}

func escapeAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = escapeLucene(w)
	}
	return out
}

// escapeLucene backslash-escapes Lucene's query syntax characters.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	// AND, OR and NOT are operators only in upper case; folded text is lower case already.
	return b.String()
}

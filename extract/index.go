package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Index is the known entities prepared for reading: their names folded and indexed once.
// Building it folds every name through OpenCC (about 1.8 s for 5,000 entities with five names
// each), so a caller that extracts from many documents builds it once per version of the graph
// and passes it in Input.Index; Extract otherwise builds one from Input.Known on every call.
// An Index is read-only once built: concurrent Extract calls may share it.
type Index struct {
	matcher *textnorm.Matcher
	byName  map[string]string // folded name (and its short form) → entity id
	kinds   map[string]kg.Kind
}

// NewIndex indexes the names and aliases of known entities, in every script.
func NewIndex(known []Known) *Index {
	ix := &Index{byName: map[string]string{}, kinds: map[string]kg.Kind{}}
	named := make([]textnorm.Named, 0, len(known))
	for _, k := range known {
		ix.kinds[k.ID] = k.Kind
		named = append(named, textnorm.Named{ID: k.ID, Names: append(k.Names, bareLegalNames(k.Names)...)})
		for _, n := range k.Names {
			ix.byName[textnorm.Fold(n)] = k.ID
		}
	}
	// "Hong Kong Investment Corporation" is "… Corporation Limited" without its ending.
	for _, k := range known {
		for _, n := range k.Names {
			for _, short := range shortForms(mention{name: n}) {
				if _, taken := ix.byName[textnorm.Fold(short)]; !taken {
					ix.byName[textnorm.Fold(short)] = k.ID
				}
			}
		}
	}
	ix.matcher = textnorm.NewMatcher(named)
	return ix
}

// bareLegalNames are English legal names "The X Limited" as news writes them without the article
// and the ending: "The Stock Exchange of Hong Kong Limited" is "the Stock Exchange of Hong Kong"
// (x12en). Only names of several words, so that a bare common word is never a name.
func bareLegalNames(names []string) []string {
	var out []string
	for _, n := range names {
		bare, ok := strings.CutPrefix(n, "The ")
		if !ok {
			continue
		}
		for _, b := range append([]string{bare}, shortForms(mention{name: bare})...) {
			if strings.Count(b, " ") >= 2 && !contains(names, b) && !contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out
}

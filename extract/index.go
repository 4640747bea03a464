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
		names := distinctiveNames(k.Names)
		named = append(named, textnorm.Named{ID: k.ID, Names: append(names, bareLegalNames(names)...)})
		for _, n := range names {
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

// distinctiveNames drops the aliases that any company could be called by (国际总部 for one
// firm's international headquarters): matched in another text they name that text's own.
func distinctiveNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if !genericPlaceName(textnorm.Fold(n)) {
			out = append(out, n)
		}
	}
	return out
}

// bareLegalNames are English legal names as news writes them, without the article and the legal
// ending: "The Stock Exchange of Hong Kong Limited" is "the Stock Exchange of Hong Kong", "Bank of
// China (Hong Kong) Limited" is "Bank of China (Hong Kong)". A bracketed place stays: it
// tells the unit from its parent. Only names of several words, so that no bare word is a name.
func bareLegalNames(names []string) []string {
	var out []string
	for _, n := range names {
		if textnorm.HasHan(n) {
			continue
		}
		bare := strings.TrimPrefix(n, "The ")
		for _, e := range []string{" Limited", " Ltd.", " Ltd"} {
			bare = strings.TrimSuffix(bare, e)
		}
		if bare != n && strings.Contains(bare, " ") && !contains(names, bare) && !contains(out, bare) {
			out = append(out, bare)
		}
	}
	return out
}

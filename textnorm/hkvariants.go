package textnorm

import "strings"

// hkVariants are the Hong Kong standard forms (常用字字形表) that OpenCC's t2s leaves as they
// are, so that 衞生署 folded to 衞生署 and never met 卫生署 (nor a Traditional 衛生署): each
// maps to the Simplified form of its standard Traditional character (HKVariantsRev then t2s,
// for the entries t2s alone misses). One rune for one, so folded offsets stay aligned.
var hkVariants = map[rune]rune{'衞': '卫', '敍': '叙', '枱': '台', '粧': '妆', '糭': '粽', '衹': '只'}

const hkVariantRunes = "衞敍枱粧糭衹"

// foldHKVariants rewrites the Hong Kong variants of s that t2s kept.
func foldHKVariants(s string) string {
	if !strings.ContainsAny(s, hkVariantRunes) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if v, ok := hkVariants[r]; ok {
			return v
		}
		return r
	}, s)
}

// HKVariantFolds returns the Hong Kong standard characters Fold maps (each to its Simplified
// form), in a fixed order: a store that kept keys folded before these folds existed rewrites them
// rune for rune (neo4jstore's migration 12).
func HKVariantFolds() [][2]rune {
	out := make([][2]rune, 0, len(hkVariantRunes))
	for _, r := range hkVariantRunes {
		out = append(out, [2]rune{r, hkVariants[r]})
	}
	return out
}

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

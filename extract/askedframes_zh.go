package extract

// Hong Kong press reports a question before its answer: 被問到會否在港上市，他表示…, 被問及
// 有指公司正洽購…. What follows the question frame in its clause is what was asked, not a fact;
// and 被 there opens no passive (被問到市場傳聞甲有意收購乙 is no "乙 was acquired by 甲").
// Cantonese quotes deny with 冇 and 唔 (冇呢回事, 唔會考慮, 唔排除) where written Chinese has
// 沒有 and 不.
func init() {
	zhNegations = append(zhNegations, "被问到", "被问及", "问及", "被询及",
		"冇", "唔会", "唔系", "唔排除", "唔考虑", "未会")
	zhNegatorRunes['冇'], zhNegatorRunes['唔'] = true, true
}

// hedgedGap reports whether a negation or hedge word of zhNegations lies inside the Chinese
// gapped cue h, from its first part to its gap's end (被[市場傳聞甲有意]收購, 獲[甲有意]注資):
// the fact the cue frames is then denied, asked about or rumoured.
func hedgedGap(d *doc, h cueHit) bool {
	return h.cue.lang == "zh" && h.cue.gap && h.gap.end > h.start && zhNegationStarts(d)[h.gap.end] >= h.start
}

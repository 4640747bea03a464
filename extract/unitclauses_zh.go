package extract

// A Chinese clause that opens with a duty verb and no subject (在香港设立子公司甲，负责东南亚市场的
// 销售) states the duty of the name that closes the clause before it: the unit just set up, not
// the sentence's subject that set it up. Cues flagged "unit" read their subject so.

// zhDutyAdverbs may stand between the comma and the duty verb (加入阿里云，先后负责东南亚业务).
var zhDutyAdverbs = []string{"先后", "主要", "专门", "将", "亦", "也", "并", "则", "会", "将会", "主力", "全面"}

// clauseClosingName is the fitting mention that ends right at the comma before the clause
// holding position i, when that clause opens with the cue (or a duty adverb, then the cue).
func clauseClosingName(d *doc, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	cs := zhClauseStart(d, i)
	if cs < 2 || d.runes[cs-1] != '，' && d.runes[cs-1] != ',' || cs < i && !contains(zhDutyAdverbs, string(d.folded[cs:i])) {
		return mention{}, false
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.end == cs-1 && fits(m) {
			return m, true
		}
	}
	return mention{}, false
}

// dutyHolderNoun reports whether a duty cue's verb is the noun 负责人 (负责人将从新加坡市场招募:
// the head of a team, no duty stated).
func dutyHolderNoun(d *doc, h cueHit) bool {
	return h.cue.flags["unit"] && at(d.folded, h.start+2) == '人'
}

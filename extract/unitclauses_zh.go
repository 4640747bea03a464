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

// zhSubjectMarkers follow a name that is its clause's subject (子公司乙則會保留, 乙將…, 乙亦…).
var zhSubjectMarkers = []string{"则", "将", "会", "亦", "也", "仍", "已", "继续", "计划", "正"}

// zhContinuations open a clause that carries on the previous clause's subject (，繼續服務…).
var zhContinuations = []string{"继续", "并", "亦", "也", "还", "将", "会", "主要", "同时"}

// prevClauseSubject is the name that is the subject of the clause right before the one holding
// the cue at i, when that clause names its subject by a marker after it and the cue's clause,
// naming none, carries it on: 鏡界…體驗店將關閉，在香港設立的子公司鏡界國際則會保留，繼續服務日本
// 客戶 (鏡界國際 serves Japan, not 鏡界 that the sentence opens with).
func prevClauseSubject(d *doc, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	if d.lang == "en" {
		return mention{}, false
	}
	cs := zhClauseStart(d, i)
	if cs < 2 || d.runes[cs-1] != '，' || cs < i && !wordAt(d.folded, cs, zhContinuations) {
		return mention{}, false
	}
	ps := zhClauseStart(d, cs-1)
	for _, m := range ms {
		if m.start >= cs-1 {
			break
		}
		if m.start >= ps && fits(m) && wordAt(d.folded, m.end, zhSubjectMarkers) {
			return m, true
		}
	}
	return mention{}, false
}

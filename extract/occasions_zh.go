package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Chinese names around occasions and public bodies that the suffix reader misses or misreads:
//   - a clause that opens with a common noun for an occasion (活动由甲主办, 培训由乙负责) names
//     no organisation: the noun refers to the event named before;
//   - an association of people from one place or school (香港佛山同乡总会, 清华同学会) holds 同,
//     which elsewhere is the preposition "with" and stops a name;
//   - an office of the government is named with it (香港特区政府数字政策办公室), even when a
//     verb stands inside the office's name (特区政府引进重点企业办公室);
//   - venues (亚洲国际博览馆) and life insurers (泰康人寿) end with their own suffixes.

// zhOccasionNouns are common nouns for an occasion or an activity that open a clause: no name.
var zhOccasionNouns = map[string]bool{"活动": true, "培训": true, "会议": true, "仪式": true, "典礼": true, "课程": true,
	"讲座": true, "展览": true, "比赛": true, "赛事": true, "工作坊": true, "项目": true, "签约": true, "合作": true,
	"交流": true, "活动现场": true, "现场": true, "会上": true, "计划": true, "本次活动": true, "是次活动": true, "此次活动": true}

// zhWordsWithTong are words that open with 同 inside a name (同乡会, 同学会): there 同 is no
// preposition.
var zhWordsWithTong = []string{"同乡", "同学", "同仁", "同济"}

// tongInName reports whether the 同 at j opens one of zhWordsWithTong.
func tongInName(f []rune, j int) bool {
	return j >= 0 && j < len(f) && f[j] == '同' && wordAt(f, j, zhWordsWithTong)
}

func init() {
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"人寿", kg.KindOrganization},
		suffix{"同乡会", kg.KindOrganization}, suffix{"同学会", kg.KindOrganization}, suffix{"校友会", kg.KindOrganization},
		suffix{"博览馆", kg.KindFacility}, suffix{"展览馆", kg.KindFacility}))
}

// zhGovernmentHeads end the name of a government that an office's name may open with.
var zhGovernmentHeads = []string{"特区政府", "政府"}

// mergeGovernmentOffices joins a government's name and the office right after it
// (香港特区政府 + 数字政策办公室) into the office's one name.
func mergeGovernmentOffices(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	f := d.folded
	var add []mention
	for _, g := range ms {
		if g.kind != kg.KindOrganization || g.key == "" && g.id == "" || !endsWithAny(f, g.end, zhGovernmentHeads) {
			continue
		}
		for _, o := range ms {
			if o.start == g.end && o.kind == kg.KindOrganization && o.id == "" && strings.HasSuffix(string(f[o.start:o.end]), "办公室") &&
				o.end-o.start >= 5 {
				name := string(d.runes[g.start:o.end])
				add = append(add, mention{start: g.start, end: o.end, name: name, key: d.key(name), kind: kg.KindOrganization})
			}
		}
	}
	return append(ms, add...)
}

// zhOccasionRefs name an event by a common noun at a clause's start: 活动由甲主办,
// 是次活动吸引逾千人参加.
var zhOccasionRefs = []string{"本次活动", "是次活动", "此次活动", "该活动", "活动"}

// occasionRefs points 活动 that opens a clause at the event named last in the same or the
// sentence before (「2025顺德投资推介会」在香港举行。活动由…主办): the activity is that event.
// After 在/于 (甲在活动上表示) it is the event named last, however far back: a report names its
// event once, then speaks of "the activity".
func occasionRefs(d *doc, es *entitySet) {
	events := fullEvents(d, es)
	if len(events) == 0 {
		return
	}
	var added []mention
	for si, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			at := i > s.start && (d.folded[i-1] == '在' || d.folded[i-1] == '于')
			if i > s.start && !isClauseBreak(d.runes[i-1]) && d.runes[i-1] != '\n' && !at {
				continue
			}
			w := wordStartingAt(d.folded, i, zhOccasionRefs)
			if w == "" && !insideMention(es.mentions, i) {
				if e, n, ok := eventOfTypeBefore(d, events, i); ok {
					added = append(added, mention{start: i, end: i + n, name: e.name, id: e.id, key: e.key, kind: kg.KindEvent})
					continue
				}
			}
			if w == "" || insideMention(es.mentions, i) {
				continue
			}
			for k := len(events) - 1; k >= 0; k-- {
				e := events[k]
				if e.end <= i && (at || d.sentenceOf(e.start) >= si-1) {
					added = append(added, mention{start: i, end: i + len([]rune(w)), name: e.name, id: e.id, key: e.key, kind: kg.KindEvent})
					break
				}
			}
		}
	}
	es.addMentions(added)
}

// zhEventTypeNouns name an event by its kind (論壇在亞博館舉行, 推介會由甲主辦, 展覽在會展中心
// 舉行), with the head the event's own name holds (展 for 展覽 and 展會).
var zhEventTypeNouns = []struct{ noun, head string }{{"论坛", "论坛"}, {"峰会", "峰会"}, {"大会", "大会"}, {"展览", "展"},
	{"展会", "展"}, {"博览会", "博览会"}, {"推介会", "推介会"}, {"研讨会", "研讨会"}, {"大赛", "大赛"}}

// zhEventTypePrefixes point at the event of that kind just reported: 本屆論壇, 是次展覽.
var zhEventTypePrefixes = []string{"本届", "今届", "是次", "此次", "本次", "该", ""}

// eventOfTypeBefore reads an event's kind at i (with a pointing prefix: 本屆論壇) and returns
// the latest full event before i within ten sentences whose name holds that kind's head, and
// the length of the words read.
func eventOfTypeBefore(d *doc, events []mention, i int) (mention, int, bool) {
	for _, p := range zhEventTypePrefixes {
		if !hasPrefixAt(d.folded, i, p) {
			continue
		}
		j := i + len([]rune(p))
		for _, t := range zhEventTypeNouns {
			if next := at(d.folded, j+len([]rune(t.noun))); !hasPrefixAt(d.folded, j, t.noun) || isHan(next) && !strings.ContainsRune("在于由将已共吸今昨明为是", next) {
				continue // the kind opens a longer phrase (論壇主席, 大賽獲獎項目): the event is no subject there
			}
			si := d.sentenceOf(i)
			for k := len(events) - 1; k >= 0; k-- {
				e := events[k]
				if e.end <= i && d.sentenceOf(e.start) >= si-10 && strings.Contains(textnormFold(e.name), t.head) {
					return e, len([]rune(p)) + len([]rune(t.noun)), true
				}
			}
			return mention{}, 0, false
		}
	}
	return mention{}, 0, false
}

// quotedOwnerEnd is where the name right before position i ends when a closing quote or title
// mark stands between (《2025年施政报告》提出的「乙计划」, 「甲」旗下的乙): the mark, else i.
func quotedOwnerEnd(d *doc, i int) int {
	if d.lang != "en" && i > 0 && strings.ContainsRune("》」”』", d.runes[i-1]) {
		return i - 1
	}
	return i
}

// zhHoldVerbs hold an event at the venue named between 在 and them (在河套合办「丙论坛」).
var zhHoldVerbs = []string{"合办", "举办", "主办", "协办"}

// zhPrizeVerbs win a prize at the event named between 在 and them (在「乙展」获颁金奖).
var zhPrizeVerbs = []string{"获颁", "夺得", "摘得", "荣获", "获得"}

// venueAndPrize reads two frames that open with 在 around ms[k] and that the verb cues cannot
// read without hiding the cues inside them:
//   - 在<venue><hold verb>…<event>: the event is held at the venue (LOCATED_IN);
//   - <organisation>…在<event><prize verb>…奖: the organisation is selected at the event
//     (SELECTED_FOR), also when its product wins (甲的系统在「乙展」获颁金奖).
func venueAndPrize(d *doc, si int, ms []mention, k int) []Proposal {
	f, s, m := d.folded, d.sents[si], ms[k]
	after := quotedEnd(d, m.end)
	if v := wordStartingAt(f, after, zhHoldVerbs); v != "" && m.start > 0 && f[m.start-1] == '在' && (m.kind == kg.KindPlace || m.kind == kg.KindFacility) {
		if e, ok := kindAfter(d, ms[k+1:], after+len([]rune(v)), 12, kg.KindEvent); ok {
			return []Proposal{frameFact(d, si, "LOCATED_IN", e, m, after, after+len([]rune(v)))}
		}
	}
	// 在「乙展」获颁, 在丙主办的「乙奖」夺得: the frame may hold the event's organiser.
	if v := wordStartingAt(f, after, zhPrizeVerbs); v != "" && m.kind == kg.KindEvent && prizeAfter(f, after+len([]rune(v)), s.end) {
		if p := frameStart(f, s.start, m.start); p >= 0 && f[p] == '在' {
			if o, ok := clauseOrgBefore(d, ms[:k], p); ok {
				return []Proposal{frameFact(d, si, "SELECTED_FOR", o, m, after, after+len([]rune(v)))}
			}
		}
	}
	return nil
}

// quotedEnd steps over a closing quote or title mark at i.
func quotedEnd(d *doc, i int) int {
	if i < len(d.runes) && strings.ContainsRune("」”』》", d.runes[i]) {
		return i + 1
	}
	return i
}

// prizeAfter reports whether 奖 follows position i within 8 runes of its clause (金奖, 银奖).
func prizeAfter(f []rune, i, end int) bool {
	for j := i; j < end && j < i+8; j++ {
		if isClauseBreak(f[j]) || f[j] == '。' {
			return false
		}
		if f[j] == '奖' {
			return true
		}
	}
	return false
}

// clauseOrgBefore returns the organisation nearest before i in i's clause when no other
// organisation or person stands between it and i.
func clauseOrgBefore(d *doc, ms []mention, i int) (mention, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i {
			continue // inside the frame (在丙主办的…): not before it
		}
		if i-m.end > 40 {
			return mention{}, false // a clause this long holds no subject of the frame
		}
		if strings.ContainsAny(string(d.folded[m.end:i]), "，,。；;：:") {
			return mention{}, false
		}
		switch m.kind {
		case kg.KindOrganization:
			return m, true
		case kg.KindPerson:
			return mention{}, false
		}
	}
	return mention{}, false
}

// zhJointOpeners open a Chinese cue that says two parties act together (共同成立, 联合设立, 共建).
var zhJointOpeners = []string{"共同", "联合", "共"}

// jointCue reports whether a Chinese cue hit is a joint act with no name right before it
// (甲与乙合办论坛，并宣布共同成立丙): the partners the sentence named act, not one of them.
func jointCue(d *doc, c *relCue, h cueHit) bool {
	if d.lang == "en" || c.gap || h.start == 0 || isHan(d.folded[h.start-1]) && !strings.ContainsRune("将并亦也再布", d.folded[h.start-1]) {
		return false
	}
	return wordAt(d.folded, h.start, zhJointOpeners)
}

// zhRefKindNouns name a thing by the last word of its name (平台 for “跨境数据验证平台”).
var zhRefKindNouns = []string{"平台", "基金", "母基金", "计划", "实验室", "研究院", "中心", "园区"}

// kindNounRefs points a kind noun that opens a clause, bare or after 该/此 (平台设在…, 该基金
// 规模50亿元), at the latest name that ends with it in that or the two sentences before: the
// text names the thing once in full and then by its kind.
func kindNounRefs(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	f := d.folded
	var added []mention
	for si, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			if i > s.start && !isClauseBreak(d.runes[i-1]) && d.runes[i-1] != '\n' {
				continue
			}
			j := i
			if strings.ContainsRune("该此", f[j]) {
				j++
			}
			w := wordStartingAt(f, j, zhRefKindNouns)
			if w == "" || insideMention(es.mentions, j) {
				continue
			}
			e := j + len([]rune(w))
			if e < len(f) && isHan(f[e]) && wordAt(f, e, zhRefKindNouns) || possessorAt(f, e) {
				continue // 基金会: a longer noun; 基金今年的投资重点: the noun owns the subject
			}
			// Mentions are sorted by start: begin at the last one that starts before i.
			for k := sort.Search(len(es.mentions), func(k int) bool { return es.mentions[k].start >= i }) - 1; k >= 0; k-- {
				m := es.mentions[k]
				if m.end > i || m.kind == kg.KindPerson || m.kind == kg.KindPlace || m.end-m.start <= len([]rune(w)) {
					continue
				}
				if d.sentenceOf(m.start) < si-2 {
					break
				}
				if listedAfterIncluding(f, m.start) {
					continue // 出资人包括甲基金: an investor the text lists, not the fund it is about
				}
				if strings.HasSuffix(textnormFold(m.name), w) {
					added = append(added, mention{start: i, end: e, name: m.name, id: m.id, key: m.key, kind: m.kind})
					break
				}
			}
		}
	}
	es.addMentions(added)
}

// listedAfterIncluding reports whether the name starting at i stands in a list that 包括
// opens in its clause (出资人包括甲、乙和丙基金).
func listedAfterIncluding(f []rune, i int) bool {
	for j := i - 1; j >= 0 && j >= i-30; j-- {
		if isClauseBreak(f[j]) || f[j] == '。' {
			return false
		}
		if hasPrefixAt(f, j, "包括") {
			return true
		}
	}
	return false
}

// possessorAt reports whether 的 follows position e within four runes of its clause: the noun
// before e modifies the noun after 的 (基金今年的投资重点).
func possessorAt(f []rune, e int) bool {
	for j := e; j < len(f) && j < e+5; j++ {
		if f[j] == '的' {
			return true
		}
		if isClauseBreak(f[j]) || f[j] == '。' {
			return false
		}
	}
	return false
}

// zhReportNouns report what follows 称 without a comma: 市场消息称甲亦参与本轮融资.
var zhReportNouns = []string{"消息称", "报道称", "人士称", "传闻称", "有指称"}

func init() {
	zhStopWords = append(zhStopWords, zhReportNouns...) // 有報道稱星橋創投: the report stops the name
	// 星河数据方面表示: 方面 is the company's side, no part of its name.
	zhTrailingObjects = append(zhTrailingObjects, "方面")
	// 暂无上市计划: "no plan yet" names no programme (as 并无, 尚未 already stop).
	zhStopWords = append(zhStopWords, "暂无", "尚无", "没有")
}

// reportOpensAt reports whether a report's 称 ends right before i: the reported clause opens
// there, and its subject may be a name (消息称美团龙珠亦参与).
func reportOpensAt(f []rune, i int) bool {
	return endsWithAny(f, i, zhReportNouns)
}

// zhAliasWords introduce a short name in a clause of its own: 甲有限公司，简称甲，….
var zhAliasWords = []string{"以下简称", "以下称", "简称", "下称"}

// clauseAliases reads the short name that a clause right after an organisation's name gives
// (深圳市星穹动力科技有限公司，简称星穹动力，今日宣布…): 2–8 runes or a quote, up to the next
// comma or full stop.
func clauseAliases(d *doc, ms []mention) map[string]mention {
	out := map[string]mention{}
	if d.lang == "en" {
		return out
	}
	f := d.folded
	for _, m := range ms {
		i := m.end
		if m.kind != kg.KindOrganization || i+1 >= len(f) || f[i] != '，' && f[i] != ',' {
			continue
		}
		w := wordStartingAt(f, i+1, zhAliasWords)
		if w == "" {
			continue
		}
		s := i + 1 + len([]rune(w))
		e := s
		for e < len(f) && e-s <= 10 && !strings.ContainsRune("，,。；;）)", f[e]) {
			e++
		}
		if e >= len(f) || !strings.ContainsRune("，,。；;", f[e]) {
			continue
		}
		a := strings.Trim(string(d.runes[s:e]), "“”「」\"' ")
		if n := len([]rune(a)); n >= 2 && n <= 8 && plainName([]rune(textnormFold(a))) {
			out[a] = m
		}
	}
	return out
}

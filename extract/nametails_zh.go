package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A reader that runs a Chinese name up to the verb takes an adverb or a verb with its
// particle that stands between them for part of the name (光迹智能先后获得…, 知衡医疗现场与…签订,
// 马斯达尔签了…). The words below follow a company's name in news and never end one.

// zhAfterNameWords are adverbs of time and manner, and verbs with 了, that stand between a name
// and its verb.
var zhAfterNameWords = []string{"先后", "现场", "随后", "随即", "陆续", "率先", "首次", "再次", "再度", "一直", "曾经", "当天", "当日", "同步", "同期",
	"合共", "合计", "分别", "各自",
	"签了", "签下", "拿下", "做了", "完成了", "获得了", "推出了", "成立了",
	"还", "亦"} // 雲杉智聯還表示 (not 則: 實施細則)

// trimAfterNameWords cuts such a word off the end of a new Chinese candidate (光迹智能先后 →
// 光迹智能) when at least two runes of name stay.
func trimAfterNameWords(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.id != "" || m.media || !textnorm.HasHan(m.name) {
			continue
		}
		f := d.folded[m.start:m.end]
		for _, w := range zhAfterNameWords {
			n := len([]rune(w))
			if len(f)-n >= 2 && strings.HasSuffix(string(f), w) && isHan(f[len(f)-n-1]) {
				d.respan(m, m.start, m.end-n)
				break
			}
		}
	}
	return ms
}

// zhInnerDescriptors are kind nouns that news puts before a name and that no name holds in its
// middle: a candidate that runs over one (苏州激光器厂商科洛光电, 区属国企顺德科创集团,
// 創投基金啟迪基金) names what follows it.
var zhInnerDescriptors = []string{"厂商", "制造商", "开发商", "服务商", "供应商", "运营商", "设备商", "生产商", "国企", "央企",
	"初创企业", "初创公司", "龙头企业", "独角兽企业", "创投基金"}

// zhHeadlineVerbs open a headline before a name: 对话甲创始人乙 (an interview with).
var zhHeadlineVerbs = []string{"对话", "专访", "独家专访"}

// trimNameHeads cuts what stands before a name off a new Chinese candidate: a kind noun
// (苏州激光器厂商科洛光电 → 科洛光电) or the end of a headline verb (对话晶氢科技: 话晶氢科技 →
// 晶氢科技), when a plain name of at least two runes stays.
func trimNameHeads(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	f := d.folded
	for i := range ms {
		m := &ms[i]
		if m.id != "" || m.media || !textnorm.HasHan(m.name) {
			continue
		}
		s := afterClassHead(f, afterHeadlineVerb(f, m.start, m.end), m.end)
		name := string(f[s:m.end])
		for _, w := range zhInnerDescriptors {
			if m.kind != kg.KindOrganization && m.kind != kg.KindFund {
				break // 大學科技初創企業資助計劃: a programme's name holds kind nouns
			}
			if k := strings.LastIndex(name, w); k >= 0 {
				rest := []rune(name[k+len(w):])
				if len(rest) >= 2 && plainName(rest) && !allGeneric(string(rest)) && !bareSuffix(string(rest)) { // 廠商聯合會 keeps its trade
					s = m.end - len(rest)
					name = string(rest)
				}
			}
		}
		if s != m.start {
			d.respan(m, s, m.end)
		}
	}
	return ms
}

// afterHeadlineVerb returns where a name that a reader started at s inside a headline verb
// (对|话晶氢科技) starts after the verb; s when no verb straddles s.
func afterHeadlineVerb(f []rune, s, e int) int {
	for _, v := range zhHeadlineVerbs {
		n := len([]rune(v))
		for k := 1; k < n; k++ {
			if s-k >= 0 && hasPrefixAt(f, s-k, v) && e-(s-k+n) >= 2 {
				return s - k + n
			}
		}
	}
	return s
}

// zhTopicWords close a topic opener (基石投資者方面，, 股权结构方面，): no name.
func init() {
	for _, w := range []string{"方面", "层面", "例如", "比如", "譬如"} {
		zhGeneric[w] = true
	}
}

// zhVerbsInsideNoName are verbs of a post that no name holds inside it: a candidate that runs
// over one (创新负责教育 in 曾在大疆创新负责教育机器人业务) is a reading across the clause.
var zhVerbsInsideNoName = []string{"负责", "担任", "任职", "从事", "供职"}

// dropVerbRuns drops a new Chinese candidate with such a verb after its first rune, so that
// the employer read before the verb (大疆创新) stands.
func dropVerbRuns(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.id == "" && !m.media && m.end-m.start > 2 {
			in := string(d.folded[m.start+1 : m.end])
			drop := false
			for _, v := range zhVerbsInsideNoName {
				drop = drop || strings.Contains(in, v)
			}
			if drop || jointRun(d.folded, m.start, m.end) {
				continue // 甲创投联合乙资本: two parties (namebounds_zh.go)
			}
		}
		out = append(out, m)
	}
	return out
}

// zhRelativeFoundingVerbs end a relative clause 由甲…成立的 that describes the company named after it.
var zhRelativeFoundingVerbs = []string{"成立", "创立", "创办", "孵化", "共同创立", "联合创立"}

// relativeHeadNames proposes the name a founding clause describes (由香港科技大學團隊成立的微瀾光子，…):
// 2–8 runes of Han or Latin letters after 的, up to a comma or a word that follows names; weak
// (any other reading wins).
func relativeHeadNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 0; i+1 < len(f); i++ {
		if f[i] != '的' {
			continue
		}
		founded := false
		for _, v := range zhRelativeFoundingVerbs {
			founded = founded || hasSuffixAt(f, i, v)
		}
		// 上月以第18C章上市的極光量子。: a listing clause describes the company after it too, which
		// then ends its clause.
		// The clause names where or how (在科创板挂牌的, 以第18C章上市的): 已上市的 alone may open a
		// longer noun phrase.
		listed := !founded && (hasSuffixAt(f, i, "上市") || hasSuffixAt(f, i, "挂牌")) && listingFrame(f, i-2)
		if !(founded && byWithin(f, i, 30)) && !listed {
			continue
		}
		s := skipDescriptor(f, i+1)
		e := s
		for e < len(f) && e-s <= 8 && (isHan(f[e]) || isLatinLetter(f[e])) && (e == s || !wordAt(f, e, zhNameEnd)) {
			e++
		}
		if e-s < 2 || e-s > 8 || e < len(f) && (isHan(f[e]) || isLatinLetter(f[e])) && !wordAt(f, e, zhNameEnd) {
			continue
		}
		run := f[s:e]
		if !plainName(run) || allGeneric(string(run)) || titleIn(run) || listed && (e < len(f) && !strings.ContainsRune("，。；、,;", f[e]) || descriptionEnd(run)) {
			continue
		}
		name := string(d.runes[s:e])
		out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization), weak: true})
	}
	return out
}

// byWithin reports whether 由 opens the clause that ends at i, at most n runes before it.
func byWithin(f []rune, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		switch {
		case f[k] == '由':
			return true
		case strings.ContainsRune("，。；,;：:", f[k]):
			return false
		}
	}
	return false
}

// skipDescriptor returns where a name starts after a kind noun at i (初创企业, 公司), or i.
func skipDescriptor(f []rune, i int) int {
	if w := wordStartingAt(f, i, zhDescriptors); w != "" {
		return i + len([]rune(w))
	}
	return i
}

// zhPersonalPronouns open no name: 我们会和協會合办 is "we will", not an association 我们会.
var zhPersonalPronouns = []string{"我们", "你们", "他们", "她们", "咱们", "我", "你"}

// dropPronounNames drops a new Chinese candidate that opens with a personal pronoun.
func dropPronounNames(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.id == "" && m.kind != kg.KindPerson && wordAt(d.folded, m.start, zhPersonalPronouns) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// descriptionEnd reports whether a run ends like a description, not a name (新能源車企, 內地企業).
func descriptionEnd(run []rune) bool {
	n := string(run)
	if strings.HasSuffix(n, "企") {
		return true // 车企, 房企, 药企
	}
	for _, w := range zhDescriptors {
		if strings.HasSuffix(n, w) {
			return true
		}
	}
	return false
}

// listingFrame reports whether 在, 于 or 以 opens the clause that ends at i within 20 runes.
func listingFrame(f []rune, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		switch {
		case strings.ContainsRune("在于以", f[k]):
			return true
		case strings.ContainsRune("，。；,;：:", f[k]):
			return false
		}
	}
	return false
}

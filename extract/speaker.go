package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// zhReportVerbs and enReportVerbs introduce what a person said.
var zhReportVerbs = []string{"表示", "透露", "说", "称", "指出", "强调", "预期", "预计", "相信", "认为", "坦言", "直言", "补充"}
var enReportVerbs = []string{"said", "says", "added", "noted", "explained", "told reporters"}

// zhCompanyPronouns and enCompanyPronouns stand for the company a speaker talks about.
var zhCompanyPronouns = []string{"新公司", "该公司", "公司", "集团"}
var enCompanyPronouns = []string{"the company", "the firm", "the start-up", "the startup", "the group", "it ",
	"the money", "the funds", "the proceeds", "the new capital", "the capital"} // what it raised: "said the money would be used to…"

// speakerCompany reads a sentence in which a person reports what "the company" will do before
// position at ("汇钱通创始人苏敏仪透露，公司计划…", "林曉晴說公司計劃…", "Yip, who previously
// worked at Amazon Robotics, said the company would…"). The company is not the first name of
// the sentence: it is the first organisation named before the speaker, when there is one (ok),
// else the company of the sentences before (reported true, ok false: resolve it as a pronoun).
// reported is false when the sentence has no such shape.
func speakerCompany(d *doc, s span, ms []mention, at int, fits func(mention) bool) (m mention, ok, reported bool) {
	verbAt, named := reportVerbs(d, s).before(d, at)
	if verbAt < 0 {
		return mention{}, false, false
	}
	// Mentions are in text order and do not overlap: their ends grow, so the scans stop at the
	// first one that ends past the point.
	speaker := -1
	for _, x := range ms {
		if x.end > verbAt {
			break
		}
		if x.kind == kg.KindPerson || d.lang == "en" && named {
			speaker = x.start
			break
		}
	}
	if speaker < 0 {
		return mention{}, false, false // "公司表示，公司…": no person speaks; the usual subject holds
	}
	// The speaker's organisation stands before the speaker: 汇钱通创始人苏敏仪, 康析醫療由…創立，
	// 其行政總裁何凱晴. One named after the speaker ("Yip, who worked at X, said") is not it.
	for _, x := range ms {
		if x.end > speaker {
			break
		}
		if fits(x) && x.kind == kg.KindOrganization && !x.media {
			return x, true, true
		}
	}
	return mention{}, false, true
}

// reportVerb is a report verb of a sentence at i (the first of the verbs that matches there),
// read as if nothing followed the sentence's end: j0 is where the separators after it end, ok
// and named whether a quote or a company pronoun follows them.
type reportVerb struct {
	i, n, j0  int
	ok, named bool
}

// reportVerbTable is a sentence's report verbs in text order (d.verbs), found once: every
// cue of the sentence asks speakerCompany for the first one before it.
type reportVerbTable struct {
	verbs    []reportVerb
	firstOK  int  // index of the first verb with ok, len(verbs) for none
	monotone bool // j0 grows with i (always, since no two report verbs overlap): before may search
}

func reportVerbs(d *doc, s span) *reportVerbTable {
	if t, ok := d.verbs[s]; ok {
		return t
	}
	verbs := zhReportVerbs
	if d.lang == "en" {
		verbs = enReportVerbs
	}
	t := &reportVerbTable{monotone: true}
	f := d.folded
	for i := s.start; i < s.end; i++ {
		for _, v := range verbs {
			if !hasPrefixAt(f, i, v) || d.lang == "en" && i > 0 && isLatinLetter(f[i-1]) {
				continue
			}
			n := len([]rune(v))
			ok, named, j0 := reportedAfter(d, i+n, len(f))
			if k := len(t.verbs); k > 0 && t.verbs[k-1].j0 > j0 {
				t.monotone = false
			}
			t.verbs = append(t.verbs, reportVerb{i: i, n: n, j0: j0, ok: ok, named: named})
			break
		}
	}
	t.firstOK = len(t.verbs)
	for k, v := range t.verbs {
		if v.ok {
			t.firstOK = k
			break
		}
	}
	if d.verbs == nil {
		d.verbs = map[span]*reportVerbTable{}
	}
	d.verbs[s] = t
	return t
}

// reportedAfter reads what follows a report verb that ends at j, looking no further than at
// for separators and a quote: a quote (ok), or a company pronoun (ok, named unless "it").
// j0 is where the separators end.
func reportedAfter(d *doc, j, at int) (ok, named bool, j0 int) {
	f := d.folded
	pros := zhCompanyPronouns
	if d.lang == "en" {
		pros = enCompanyPronouns
	}
	for j < at && strings.ContainsRune("，,：: ", f[j]) {
		j++
	}
	j0 = j
	if j < at && strings.ContainsRune("「“\"", f[j]) {
		return true, false, j0 // 鄧子軒稱：「…我們…進入越南市場」: a quote speaks for the speaker's company
	}
	if d.lang == "en" && hasPrefixAt(f, j, "that ") {
		j += len("that ")
	}
	for _, p := range pros {
		if hasPrefixAt(f, j, p) {
			return true, p != "it ", j0
		}
	}
	return false, false, j0
}

// before returns the first report verb that starts before at and is followed, before at, by a
// quote or a company pronoun (-1 for none), and whether that pronoun names a third party. A
// verb whose separators end before at reads as the table has it; only one whose separators
// reach at is read again.
func (t *reportVerbTable) before(d *doc, at int) (verbAt int, named bool) {
	hi := sort.Search(len(t.verbs), func(k int) bool { return t.verbs[k].i >= at })
	lo := 0
	if t.monotone {
		lo = sort.Search(hi, func(k int) bool { return t.verbs[k].j0 >= at })
	}
	if t.firstOK < lo {
		return t.verbs[t.firstOK].i, t.verbs[t.firstOK].named
	}
	for _, v := range t.verbs[lo:hi] {
		if ok, named, _ := reportedAfter(d, v.i+v.n, at); ok {
			return v.i, named
		}
	}
	return -1, false
}

// mostNamedBefore is the organisation that fits and that the most sentences before position at
// name (at least two; a tie goes to the one named first, the text's topic): the company a person
// quoted later speaks for when the sentence itself does not name it.
func mostNamedBefore(d *doc, es *entitySet, at int, fits func(mention) bool) (mention, bool) {
	count := map[string]int{}
	first := map[string]mention{}
	seen := map[string]int{} // key → last sentence counted
	for _, m := range es.mentions {
		if m.end > at {
			break
		}
		if m.kind != kg.KindOrganization || m.media || !fits(m) {
			continue
		}
		k := m.id + "|" + m.key
		si := d.sentenceOf(m.start)
		if last, ok := seen[k]; ok && last == si {
			continue
		}
		seen[k] = si
		count[k]++
		if _, ok := first[k]; !ok {
			first[k] = m
		}
	}
	var best mention
	n := 0
	for k, c := range count {
		if c > n || c == n && first[k].start < best.start {
			best, n = first[k], c
		}
	}
	return best, n >= 2
}

// latterFormer resolves 後者/前者 opening the clause of a cue to the last or the one but last
// organisation named before that clause in the sentence: 收購港因診斷的全部股權，後者隨即
// 成為其全資子公司，並落戶香港科學園 — 後者 is 港因診斷.
func latterFormer(d *doc, s span, ms []mention, at int, fits func(mention) bool) (mention, bool) {
	if d.lang == "en" {
		return mention{}, false
	}
	f := d.folded
	// The clause that holds the cue, or an earlier one of the sentence that opens with 后者
	// (后者随即成为其子公司，并落户…: the second clause goes on with the same subject).
	c := -1
	for i := at - 1; i >= s.start; i-- {
		if i > s.start && !isClauseBreak(d.runes[i-1]) && f[i-1] != '；' {
			continue
		}
		j := i
		if j < at && (f[j] == '而' || f[j] == '则') {
			j++
		}
		if hasPrefixAt(f, j, "后者") || hasPrefixAt(f, j, "前者") {
			c = j
			break
		}
	}
	if c < 0 {
		return mention{}, false
	}
	var before []mention
	for _, m := range ms {
		if m.end <= c && fits(m) && m.kind != kg.KindPlace {
			before = append(before, m)
		}
	}
	k := len(before) - 1
	if hasPrefixAt(f, c, "前者") {
		k--
	}
	if k < 0 {
		return mention{}, false
	}
	return before[k], true
}

// ownerStart is where the phrase that names m starts, over what stands before it only to
// describe it: a place that modifies it, an owner (與新鴻基地產旗下的新地商場管理簽署: the partner
// is the subsidiary), a descriptor noun and the places before it (與阿聯酋阿布扎比的創新平台
// Hub71簽署: the partner is Hub71).
func ownerStart(d *doc, ms []mention, m mention) int {
	f := d.folded
	s := modifiedStart(d, ms, m)
	for round := 0; round < 4; round++ {
		moved := false
		for _, o := range ms {
			if o.end <= s && o.kind != kg.KindPlace && isOwnerGap(d, o.end, s) {
				s, moved = modifiedStart(d, ms, o), true
				break
			}
			// 與香港應用科技研究院(應科院)及…: the alias in brackets stands for the name before it.
			if o.end == s-1 && s-1 < len(f) && (f[s-1] == '(' || f[s-1] == '（') && sameEntity(o, m) {
				s, moved = modifiedStart(d, ms, o), true
				break
			}
		}
		for _, w := range ownerDescriptors() {
			if n := len([]rune(w)); s >= n && hasSuffixAt(f, s, w) && d.lang != "en" {
				k := s - n
				for walked := true; walked; {
					walked = false
					for g := max(0, k-4); g < k; g++ {
						if zhGeneric[string(f[g:k])] {
							k, walked = g, true // 創新平台: the longest field word before the descriptor; 私營醫療集團: every one
							break
						}
					}
				}
				s, moved = k, true
				break
			}
		}
		if s > 0 && f[s-1] == '的' {
			for _, p := range ms {
				if p.kind == kg.KindPlace && p.end == s-1 {
					s, moved = p.start, true // 阿布扎比的創新平台
				}
			}
		}
		for _, p := range ms {
			if p.kind == kg.KindPlace && p.end == s && p.start < s {
				s, moved = p.start, true // 阿聯酋阿布扎比: places in a row
			}
		}
		if !moved {
			break
		}
	}
	return s
}

// zhNamingVerbs introduce the name a new company takes: 新公司定名為「速倉科技」.
var zhNamingVerbs = []string{"定名为", "命名为", "更名为", "改名为", "名为", "取名为"}

// zhNewCompanyNouns refer to a company the text set up or named before: 新公司, and a joint
// venture (合資公司將以葵涌為基地) introduced by the same noun (成立合資公司「嘉智自動化」).
var zhNewCompanyNouns = []string{"新公司", "合资公司", "合营公司"}

// newCompanyName resolves 新公司 (the new company) or 合資公司 (the joint venture) standing in
// the sentence before position at to the organisation the text named with 定名為/命名為/更名為,
// or right after such a noun (合資公司「乙」), before the sentence.
func newCompanyName(d *doc, es *entitySet, s span, at int) (mention, bool) {
	f := d.folded
	if d.lang == "en" {
		return mention{}, false
	}
	refers := false
	for _, w := range zhNewCompanyNouns {
		refers = refers || hasWordIn(d, w, s.start, at)
	}
	if !refers {
		return mention{}, false
	}
	if es.namedNew == nil {
		// The organisations a naming verb introduces, in text order, found once.
		es.namedNew = []mention{}
		for _, m := range es.mentions {
			if m.kind != kg.KindOrganization {
				continue
			}
			j := m.start
			for j > 0 && strings.ContainsRune("「“『\"", f[j-1]) {
				j--
			}
			if endsWithAny(f, j, zhNamingVerbs) || endsWithAny(f, j, zhNewCompanyNouns[1:]) {
				es.namedNew = append(es.namedNew, m)
			}
		}
	}
	// The last one up to the cue, not the sentence's start (新公司定名为甲,总部位于…):
	// mentions do not overlap, so their ends grow with their starts.
	k := sort.Search(len(es.namedNew), func(k int) bool { return es.namedNew[k].end > at })
	if k == 0 {
		return mention{}, false
	}
	return es.namedNew[k-1], true
}

// hasWordIn reports whether w lies wholly in d.folded[a:b], from a table built once per
// text and word (d.wordStarts[w][p]: the latest start of w that ends at or before p, or -1).
func hasWordIn(d *doc, w string, a, b int) bool {
	t, ok := d.wordStarts[w]
	if !ok {
		n := len([]rune(w))
		t = make([]int, len(d.folded)+1)
		for p := range t {
			t[p] = -1
		}
		for s := range d.folded {
			if hasPrefixAt(d.folded, s, w) {
				t[s+n] = s
			}
		}
		for p := 1; p < len(t); p++ {
			t[p] = max(t[p], t[p-1])
		}
		if d.wordStarts == nil {
			d.wordStarts = map[string][]int{}
		}
		d.wordStarts[w] = t
	}
	return b <= len(d.folded) && b >= 0 && t[b] >= a
}

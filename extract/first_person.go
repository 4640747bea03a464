package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Texts written in the first person. A founder's post or a fund's letter signed "Name,
// Title, Organisation" says "we" for the organisation and "I" for the writer; a company's own
// announcement signed with its name (灵犀智造 品牌部) says 我们/我司 for the company. Each such
// word is read as a mention of what it stands for, so every cue that takes a name takes it.

// enWeWords and enIWords are the first-person words of English (whole words, case as written).
// ("us" and "me" are left out: "joined us from X" names where the person came from.)
var enWeWords = []string{"We", "we", "Our", "our"}
var enIWords = []string{"I", "my", "My"}

// zhWeWords stand for the company in its own announcement.
var zhWeWords = []string{"我们", "我司", "本公司"}

// zhSignOffUnits follow the company's name on the last line of its announcement.
var zhSignOffUnits = []string{"品牌部", "公关部", "市场部", "传讯部", "办公室", "团队", "董事会", "全体员工"}

// selfRefs adds the first-person mentions of the text's writer and its organisation.
func selfRefs(d *doc, es *entitySet) {
	var self, writer mention
	hasSelf, hasWriter := false, false
	if d.lang == "en" {
		if so, ok := signOffOf(d, es); ok {
			self, hasSelf = so.org, true
			writer, hasWriter = so.person, true
			writer.kind = kg.KindPerson
		}
	} else {
		self, hasSelf = zhSignOffOrg(d, es)
	}
	if !hasSelf {
		self, hasSelf = definedSelf(d, es) // X (the "Company", "we" or "us")
	}
	if !hasSelf {
		return
	}
	taken := es.covers
	var add []mention
	as := func(src mention, s, e int) {
		// "we" is named by what it stands for: a fact proposes "Pinewood Capital", not "we". "I"
		// keeps its word (the key still names the writer): as a name it would fill the subject
		// slot of the sentences after it, where the company, not the writer, acts ("• Joined …").
		name := src.name
		if src.kind == kg.KindPerson {
			name = string(d.runes[s:e])
		}
		add = append(add, mention{start: s, end: e, name: name, id: src.id, key: src.key, kind: src.kind})
	}
	if d.lang == "en" {
		for i := 0; i < len(d.runes); i++ {
			if i > 0 && isWordRune(d.runes[i-1]) || !isLatinLetter(d.runes[i]) {
				continue
			}
			e := i
			for e < len(d.runes) && isLatinLetter(d.runes[e]) {
				e++
			}
			w := string(d.runes[i:e])
			if e < len(d.runes) && (d.runes[e] == '\'' || d.runes[e] == '’') && contains(enIWords, w) && w != "I" {
				i = e
				continue
			}
			switch {
			case contains(enWeWords, w) && !taken(i, e):
				as(self, i, e)
			case (w == "my" || w == "My") && roleAfterPossessive(d, e) && !taken(i, e):
				as(self, i, e) // "my co-founder Marcus Leung": the company's co-founder (spoken_en.go)
			case hasWriter && contains(enIWords, w) && !taken(i, e):
				as(writer, i, e)
			}
			i = e
		}
	} else {
		f := d.folded
		for i := 0; i < len(f); i++ {
			if w := wordStartingAt(f, i, zhWeWords); w != "" {
				if e := i + len([]rune(w)); !taken(i, e) {
					as(self, i, e)
				}
			}
		}
	}
	if len(add) == 0 {
		return
	}
	es.mentions = append(es.mentions, add...)
	sort.SliceStable(es.mentions, func(a, b int) bool { return es.mentions[a].start < es.mentions[b].start })
	es.bySentence = nil
}

// zhSignOffOrg returns the organisation a Chinese text is signed with: its last line is the
// organisation's name, alone or with the unit that wrote it (灵犀智造 品牌部).
func zhSignOffOrg(d *doc, es *entitySet) (mention, bool) {
	e := len(d.runes)
	for e > 0 && (isSpace(d.runes[e-1]) || d.runes[e-1] == '\n') {
		e--
	}
	s := e
	for s > 0 && d.runes[s-1] != '\n' {
		s--
	}
	if e-s > 24 {
		return mention{}, false
	}
	line := strings.TrimSpace(string(d.folded[s:e]))
	for _, m := range es.mentions {
		if m.start < s || m.start > s+2 || m.kind != kg.KindOrganization {
			continue
		}
		rest := strings.TrimSpace(string(d.folded[m.end:e]))
		if rest == "" || contains(zhSignOffUnits, rest) {
			return m, line != ""
		}
	}
	return mention{}, false
}

// enEventRefVerbs stand before "the summit" when a person speaks to or leads a delegation to
// the event named before (resolveEventRefs reads "at/of/in/during the summit").
var enEventRefVerbs = []string{"told ", "addressed ", "delegation to ", "joined ", "spoke to ", "keynote at ", "speaking at "}

// moreEventRefs points "the summit" after enEventRefVerbs at the latest event named in full.
func moreEventRefs(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	f := d.folded
	var added []mention
	for i := 0; i < len(f); i++ {
		for _, w := range enEventRefs {
			if !hasPrefixAt(f, i, w) || insideMention(es.mentions, i) || !endsWithAny(f, i, enEventRefVerbs) {
				continue
			}
			for k := len(es.mentions) - 1; k >= 0; k-- {
				e := es.mentions[k]
				if e.end <= i && e.kind == kg.KindEvent && !genericEvent(e.name) {
					added = append(added, mention{start: i, end: i + len([]rune(w)), name: e.name, id: e.id, key: e.key, kind: kg.KindEvent})
					break
				}
			}
			i += len([]rune(w)) - 1
			break
		}
	}
	es.addMentions(added)
}

// dropCityBeforeDistrict drops a Chinese place that another place follows with nothing between
// (深圳南山, 广州南沙, 东莞松山湖): the text names the district of that city, and facts about
// where something is take the district, not the city.
func dropCityBeforeDistrict(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	ms := es.mentions[:0:0]
	dropped := false
	for i, m := range es.mentions {
		if m.kind == kg.KindPlace && i+1 < len(es.mentions) && es.mentions[i+1].kind == kg.KindPlace && es.mentions[i+1].start == m.end &&
			isHan(d.runes[m.end]) && !strings.ContainsRune("市省区", d.runes[m.end]) && at(d.folded, es.mentions[i+1].end) != '的' {
			// (阿联酋阿布扎比的平台: a chain of places describing what follows keeps them all.)
			dropped = true
			if es.cityBefore == nil {
				es.cityBefore = map[int]mention{}
			}
			es.cityBefore[m.end] = m // the district is still in its city (citydistricts_zh.go)
			continue
		}
		ms = append(ms, m)
	}
	if dropped {
		es.mentions = ms
		es.bySentence = nil
	}
}

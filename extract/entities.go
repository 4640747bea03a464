package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// mention is one place the text names an entity, known or candidate.
type mention struct {
	start, end int
	name       string // as written
	id         string // known entity id, or ""
	key        string // candidate key, or ""
	kind       kg.Kind
	generic    bool // a pronoun-like reference (该公司, the company) resolved to a topic
}

func (m mention) end_() End { return End{Name: m.name, EntityID: m.id, EntityKey: m.key} }

// candidate is a new entity the text introduces, gathered over all its mentions.
type candidate struct {
	key     string
	kind    kg.Kind
	name    string // as first written
	english string
	aliases []string
	roles   []kg.Role
	first   span // the first mention
	trigger string
	conf    float64
	existID string
}

// entitySet is every mention in the document and the candidates behind them.
type entitySet struct {
	mentions   []mention // in text order, not overlapping
	candidates map[string]*candidate
	order      []string // candidate keys in order of first mention
	knownKind  map[string]kg.Kind
}

func findEntities(d *doc, known []Known, matcher *textnorm.Matcher) *entitySet {
	es := &entitySet{candidates: map[string]*candidate{}, knownKind: map[string]kg.Kind{}}
	for _, k := range known {
		es.knownKind[k.ID] = k.Kind
	}
	var all []mention
	if matcher != nil {
		for _, m := range matcher.FindFolded(d.folded) {
			all = append(all, mention{start: m.Start, end: m.End, name: string(d.runes[m.Start:m.End]), id: m.ID, kind: es.knownKind[m.ID]})
		}
	}
	cands := findCandidates(d)
	for _, c := range cands {
		all = append(all, c)
	}
	// Prefer the longer mention where two overlap; on equal length prefer a known entity.
	sort.SliceStable(all, func(a, b int) bool {
		la, lb := all[a].end-all[a].start, all[b].end-all[b].start
		if la != lb {
			return la > lb
		}
		if (all[a].id != "") != (all[b].id != "") {
			return all[a].id != ""
		}
		return all[a].start < all[b].start
	})
	taken := make([]bool, len(d.runes))
	var kept []mention
	for _, m := range all {
		free := true
		for i := m.start; i < m.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		kept = append(kept, m)
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].start < kept[b].start })
	// Candidates with the same folded name as a known entity resolve to it.
	knownByName := map[string]string{}
	for _, k := range known {
		for _, n := range k.Names {
			knownByName[textnorm.Fold(n)] = k.ID
		}
	}
	for i := range kept {
		m := &kept[i]
		if m.id != "" || m.key == "" {
			continue
		}
		if id, ok := knownByName[textnorm.Fold(m.name)]; ok {
			m.id, m.key, m.kind = id, "", es.knownKind[id]
			continue
		}
		c := es.candidates[m.key]
		if c == nil {
			c = &candidate{key: m.key, kind: m.kind, name: m.name, first: span{m.start, m.end}, conf: 0.6}
			es.candidates[m.key] = c
			es.order = append(es.order, m.key)
		}
	}
	es.mentions = kept
	return es
}

// candidateKey is the local key of a candidate: its folded name, so that every script of one
// name is one candidate.
func candidateKey(name string) string { return "e:" + textnorm.Fold(name) }

// findCandidates proposes names the graph does not know: Chinese names by suffix, English names
// by cue words.
func findCandidates(d *doc) []mention {
	var out []mention
	out = append(out, chineseBySuffix(d)...)
	out = append(out, englishByCue(d)...)
	return out
}

// zhSuffixes are the endings of Chinese names of organisations, programmes, funds and
// facilities (Simplified: the text is folded before matching), longest first.
var zhSuffixes = sortedByLength([]suffix{
	{"有限公司", kg.KindOrganization}, {"公司", kg.KindOrganization}, {"集团", kg.KindOrganization},
	{"控股", kg.KindOrganization}, {"银行", kg.KindOrganization}, {"学院", kg.KindOrganization},
	{"大学", kg.KindOrganization}, {"研究院", kg.KindOrganization}, {"研究所", kg.KindOrganization},
	{"资本", kg.KindOrganization}, {"创投", kg.KindOrganization}, {"投资", kg.KindOrganization},
	{"协会", kg.KindOrganization}, {"商会", kg.KindOrganization}, {"交易所", kg.KindOrganization},
	{"基金会", kg.KindOrganization}, {"科技", kg.KindOrganization}, {"证券", kg.KindOrganization},
	{"基金", kg.KindFund}, {"计划", kg.KindProgramme}, {"加速器", kg.KindProgramme},
	{"中心", kg.KindFacility}, {"园区", kg.KindFacility}, {"科学园", kg.KindFacility}, {"产业园", kg.KindFacility},
})

type suffix struct {
	s    string
	kind kg.Kind
}

// sortedByLength puts longer suffixes first so that 有限公司 wins over 公司.
func sortedByLength(list []suffix) []suffix {
	sort.SliceStable(list, func(a, b int) bool { return len([]rune(list[a].s)) > len([]rune(list[b].s)) })
	return list
}

// zhStops end a Chinese name when extending it to the left: function words and the verbs
// news puts before a name.
var zhStopRunes = runeSet("的在与和及由为是将已获向对于被从了等并也就而以把让给到这该其之还又曾仍即或同今年月日、，。；：！？“”「」『』《》（）()【】 ,.;:!?\"'")

var zhStopWords = []string{"宣布", "完成", "获得", "表示", "签署", "成立", "推出", "参与", "加入", "入选", "落户",
	"进驻", "领投", "跟投", "参投", "携手", "透露", "指出", "成为", "包括", "位于", "旗下", "公司", "企业", "机构",
	"平台", "独角兽", "初创", "投资了", "以及", "联同", "支持", "通过", "设立", "担任", "出任", "毕业"}

var zhGeneric = map[string]bool{"人工智能": true, "独角兽": true, "初创": true, "科技": true, "金融科技": true,
	"生物科技": true, "投资": true, "风险投资": true, "创投": true, "上市": true, "母": true, "子": true, "合资": true,
	"本地": true, "内地": true, "海外": true, "国际": true, "知名": true, "领先": true, "全球": true, "一家": true,
	"多家": true, "该": true, "这家": true, "基金": true, "管理": true, "控股": true, "附属": true, "全资": true,
	"全资附属": true, "私募": true, "创业": true, "创新": true, "研发": true, "数据": true, "服务": true,
	"政府": true, "种子": true, "天使": true, "产业": true, "数码": true, "数字": true, "新": true, "本": true}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

func chineseBySuffix(d *doc) []mention {
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		if !isHan(f[i]) {
			continue
		}
		for _, suf := range zhSuffixes {
			sr := []rune(suf.s)
			end := i + len(sr)
			if end > len(f) || string(f[i:end]) != suf.s {
				continue
			}
			// Let a longer suffix win (有限公司 over 公司) by only taking the suffix once.
			start := extendLeft(f, i, 12)
			if i-start < 2 {
				break
			}
			left := string(f[start:i])
			if zhGeneric[left] || allGeneric(left) {
				break
			}
			name := string(d.runes[start:end])
			out = append(out, mention{start: start, end: end, name: name, key: candidateKey(name), kind: suf.kind})
			i = end - 1
			break
		}
	}
	return out
}

// extendLeft walks left from i over the runes of a name, at most max runes.
func extendLeft(f []rune, i, max int) int {
	j := i
	for j > 0 && i-j < max {
		c := f[j-1]
		if zhStopRunes[c] || isSpace(c) || isDigit(c) || !(isHan(c) || isLatinLetter(c) || c == '-' || c == '—') {
			break
		}
		stop := false
		for _, w := range zhStopWords {
			wr := []rune(w)
			if j-len(wr) >= 0 && string(f[j-len(wr):j]) == w {
				stop = true
				break
			}
		}
		if stop {
			break
		}
		j--
	}
	return j
}

// allGeneric reports whether s is made only of generic words (人工智能独角兽).
func allGeneric(s string) bool {
	if s == "" {
		return true
	}
	for n := len([]rune(s)); n > 0; n-- {
		p := string([]rune(s)[:n])
		if zhGeneric[p] && allGeneric(string([]rune(s)[n:])) {
			return true
		}
	}
	return false
}

// enCues end English names of organisations and programmes.
var enCues = map[string]kg.Kind{
	"ltd": kg.KindOrganization, "limited": kg.KindOrganization, "capital": kg.KindOrganization,
	"partners": kg.KindOrganization, "labs": kg.KindOrganization, "lab": kg.KindOrganization,
	"institute": kg.KindOrganization, "holdings": kg.KindOrganization, "group": kg.KindOrganization,
	"bank": kg.KindOrganization, "university": kg.KindOrganization, "ventures": kg.KindOrganization,
	"technologies": kg.KindOrganization, "technology": kg.KindOrganization, "inc": kg.KindOrganization,
	"corp": kg.KindOrganization, "corporation": kg.KindOrganization, "investments": kg.KindOrganization,
	"securities": kg.KindOrganization, "robotics": kg.KindOrganization, "biotech": kg.KindOrganization,
	"therapeutics": kg.KindOrganization, "association": kg.KindOrganization, "foundation": kg.KindOrganization,
	"academy": kg.KindOrganization, "college": kg.KindOrganization, "exchange": kg.KindOrganization,
	"authority": kg.KindOrganization, "council": kg.KindOrganization, "ai": kg.KindOrganization,
	"fund": kg.KindFund, "programme": kg.KindProgramme, "program": kg.KindProgramme,
	"scheme": kg.KindProgramme, "accelerator": kg.KindProgramme, "incubator": kg.KindProgramme,
	"park": kg.KindFacility, "centre": kg.KindFacility, "center": kg.KindFacility, "hub": kg.KindFacility,
}

var enConnectors = map[string]bool{"of": true, "and": true, "for": true, "&": true, "de": true}

// englishByCue finds runs of capitalised words that end with a cue word (Ltd, Capital, Labs…).
func englishByCue(d *doc) []mention {
	words := latinWords(d.runes)
	var out []mention
	for wi := 0; wi < len(words); wi++ {
		w := words[wi]
		kind, ok := enCues[strings.ToLower(strings.TrimSuffix(w.text, "."))]
		if !ok || !isCapitalised(w.text) {
			continue
		}
		// Walk left over capitalised words and connectors on the same line.
		s := wi
		for s > 0 {
			p := words[s-1]
			if p.end+2 < words[s].start || hasBreak(d.runes[p.end:words[s].start]) {
				break
			}
			if isCapitalised(p.text) || enConnectors[p.text] && s-2 >= 0 && isCapitalised(words[s-2].text) {
				s--
				continue
			}
			break
		}
		for s < wi && (enConnectors[words[s].text] || words[s].text == "The") {
			s++
		}
		if s == wi {
			continue // a cue word alone ("Capital") is no name
		}
		start, end := words[s].start, w.end
		if strings.HasSuffix(w.text, ".") {
			end-- // keep the sentence's full stop out; "Ltd." keeps it below
			if strings.EqualFold(w.text, "ltd.") || strings.EqualFold(w.text, "inc.") || strings.EqualFold(w.text, "corp.") {
				end++
			}
		}
		name := string(d.runes[start:end])
		out = append(out, mention{start: start, end: end, name: name, key: candidateKey(name), kind: kind})
	}
	return out
}

type word struct {
	start, end int
	text       string
}

// latinWords cuts the Latin words out of r (letters, digits, & and inner - ' .).
func latinWords(r []rune) []word {
	var out []word
	for i := 0; i < len(r); {
		if !(isLatinLetter(r[i]) || isDigit(r[i]) || r[i] == '&') {
			i++
			continue
		}
		j := i + 1
		for j < len(r) && (isLatinLetter(r[j]) || isDigit(r[j]) || (r[j] == '-' || r[j] == '\'' || r[j] == '.') && j+1 < len(r) && isLatinLetter(r[j+1])) {
			j++
		}
		if j < len(r) && r[j] == '.' && j-i <= 4 { // Ltd. Inc. Co.
			j++
		}
		out = append(out, word{i, j, string(r[i:j])})
		i = j
	}
	return out
}

func hasBreak(r []rune) bool {
	for _, c := range r {
		if c != ' ' && c != '-' {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	if w == "" {
		return false
	}
	c := []rune(w)[0]
	return c >= 'A' && c <= 'Z' || isDigit(c)
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A new entity named in full once and then by a short form (寶恒集團 … 寶恒,
// 深圳量衡生物 … 量衡, 香港理工大學 … 理大) is one entity. The table is built per document
// from the names found; a short form two names share names neither.

// zhBrandEnds (a longer word before the word it ends with) are the kind words a Chinese company name ends with that news drops when it
// names the company again (寶恒集團 … 寶恒, 速倉科技 … 速倉, 視衡醫療 … 視衡).
var zhBrandEnds = []string{"集团", "控股", "科技", "生物", "医疗", "资本", "创投", "智能", "机器人", "半导体", "银行",
	"证券", "保险", "物流", "新能源", "能源", "新能", "网络", "电子", "药业", "医药", "汽车", "传媒", "基因"}

// universityShort are the short names Hong Kong news gives its universities (folded full
// name → short forms): the text names 香港理工大學 once and then 理大.
var universityShort = map[string][]string{
	"香港理工大学": {"理大"}, "香港城市大学": {"城大"}, "香港浸会大学": {"浸大"}, "香港科技大学": {"科大"},
	"香港中文大学": {"中大"}, "香港大学": {"港大"}, "香港教育大学": {"教大"}, "岭南大学": {"岭大"}, "香港都会大学": {"都大"},
	"the hong kong polytechnic university": {"PolyU"}, "hong kong polytechnic university": {"PolyU"},
	"city university of hong kong": {"CityU"}, "hong kong baptist university": {"HKBU"},
	"hong kong university of science and technology": {"HKUST"}, "the hong kong university of science and technology": {"HKUST"},
	"the education university of hong kong": {"EdUHK"}, "education university of hong kong": {"EdUHK"},
	"lingnan university": {"LingU"}, "hong kong metropolitan university": {"HKMU"},
}

// zhHeadForms are the short forms of a Chinese company name: without its kind word, without the
// places that open it (深圳前海微众银行 → 微众银行), or both (→ 微众).
func zhHeadForms(name string) []string {
	f := []rune(textnorm.Fold(name))
	start := 0
	for start < len(f) {
		adv := 0
		for _, p := range placeMatcher.FindFolded(f[start:]) {
			if p.Start == 0 && p.End > adv {
				adv = p.End
			}
		}
		if adv == 0 {
			break
		}
		start += adv
	}
	// Legal endings, then trade words, come off the end one by one (宁德时代新能源科技股份有限公司
	// → 宁德时代新能源科技 → 宁德时代新能源 → 宁德时代).
	ends := []int{len(f)}
	for _, e := range legalEndings {
		if textnorm.HasHan(e) && strings.HasSuffix(string(f), e) {
			ends = append(ends, len(f)-len([]rune(e)))
			break
		}
	}
	for {
		end, cut := ends[len(ends)-1], false
		for _, e := range zhBrandEnds {
			if n := len([]rune(e)); strings.HasSuffix(string(f[:end]), e) && end-n-start >= 2 {
				ends, cut = append(ends, end-n), true
				break
			}
		}
		if !cut {
			break
		}
	}
	end := ends[len(ends)-1]
	if stem := string(f[start:end]); end-start < 2 || contains(zhBrandEnds, stem) || allGeneric(stem) {
		return nil // 亞太區保險科技: a region and a trade, no brand to name it by
	}
	var out []string
	var spans [][2]int
	for _, e := range ends {
		spans = append(spans, [2]int{0, e}, [2]int{start, e})
	}
	for _, s := range spans {
		if s[0] == 0 && s[1] == len(f) || s[1]-s[0] < 2 {
			continue
		}
		r := f[s[0]:s[1]]
		ok := true
		for _, c := range r {
			ok = ok && isHan(c)
		}
		suf := kindSuffixOf(string(r)) // 澳門大學 → 大學, 深圳市科技创新局 → 科技创新局: a kind word with generic words names no one
		if ok && !allGeneric(string(r)) && !allGeneric(strings.TrimSuffix(string(r), suf)) && !containsStopWord(r) && !contains(out, string(r)) {
			out = append(out, string(r))
		}
	}
	return out
}

// headAliases is the document's table of short forms (folded) → the full name they stand for.
// A form is dropped when two names give it, when it is a place or a known entity's name, or when
// another name found in the text is that form's own full name.
func headAliases(d *doc, ms []mention, ix *Index) map[string]mention {
	by := map[string][]mention{}
	own := map[string]string{} // folded name → key of a name found written so in full
	for _, m := range ms {
		if m.key != "" && !m.weak {
			own[textnorm.Fold(m.name)] = m.key
		}
	}
	add := func(a string, m mention) {
		for _, o := range by[a] {
			if o.key == m.key {
				return
			}
		}
		by[a] = append(by[a], m)
	}
	for _, m := range ms {
		if m.kind == kg.KindPlace || m.kind == kg.KindPerson || m.key == "" && m.id == "" {
			continue
		}
		for _, a := range universityShort[textnorm.Fold(m.name)] {
			add(textnorm.Fold(a), m)
		}
		if m.id != "" || m.kind != kg.KindOrganization || !textnorm.HasHan(m.name) {
			continue
		}
		for _, a := range zhHeadForms(m.name) {
			add(a, m)
		}
	}
	out := map[string]mention{}
	for a, list := range by {
		if len(list) != 1 || ix.byName[a] != "" || isPlaceName(a) {
			continue
		}
		if k, ok := own[a]; ok && !isShortOf(d, ms, k, list[0]) {
			continue
		}
		out[a] = list[0]
	}
	return out
}

// isShortOf reports whether every mention with key k comes after src: a name first written
// short and only later in full is another entity, unless the full one came first or the short
// one stands in the headline (高瓴领投 over a story that names 高瓴创投 in full).
func isShortOf(d *doc, ms []mention, k string, src mention) bool {
	for _, m := range ms {
		if m.key == k && m.start < src.start && !inHeadline(d, m) {
			return false
		}
	}
	return true
}

// applyHeadAliases gives a later mention written as a short form the key of its full name
// (寶恒董事會 after 寶恒集團, or in the headline above it), and returns the forms long enough (3 runes, or a university's
// short name) to be found where no finder proposed them.
func applyHeadAliases(d *doc, ms []mention, table map[string]mention) map[string]mention {
	for i := range ms {
		m := &ms[i]
		cutVerb(m, table)
		src, ok := table[textnorm.Fold(m.name)]
		if !ok || m.id != "" || m.key == "" || m.key == src.key || src.start >= m.start && !inHeadline(d, *m) ||
			!(m.weak || m.kind == kg.KindOrganization) {
			continue
		}
		m.id, m.key, m.kind = src.id, src.key, src.kind
	}
	out := map[string]mention{}
	for a, src := range table {
		if len([]rune(a)) >= 3 || universityShort[textnorm.Fold(src.name)] != nil {
			out[a] = src
		}
	}
	return out
}

// yearEditions proposes a known event's name with a year next to it that the known names do
// not hold (WAIC 2025 when the graph knows WAIC 2024 as "WAIC"): another edition, a new event.
// The longer mention wins over the known one.
func yearEditions(d *doc, ix *Index, ms []mention) []mention {
	var out []mention
	r := d.runes
	year := func(i int) bool {
		return i+4 <= len(r) && (r[i] == '1' && r[i+1] == '9' || r[i] == '2' && r[i+1] == '0') && isDigit(r[i+2]) && isDigit(r[i+3]) &&
			(i+4 == len(r) || !isDigit(r[i+4]) && !isLatinLetter(r[i+4])) && (i == 0 || !isDigit(r[i-1]))
	}
	for _, m := range ms {
		if m.id == "" || m.kind != kg.KindEvent {
			continue
		}
		s, e, y := m.start, m.end, 0
		if e+5 <= len(r) && r[e] == ' ' && year(e+1) {
			e, y = e+5, e+1 // WAIC 2025
		} else if s >= 5 && r[s-1] == ' ' && year(s-5) {
			s, y = s-5, s-5 // the 2025 WAIC
		} else if s >= 4 && year(s-4) && textnorm.HasHan(m.name) {
			s, y = s-4, s-4 // 2025世界人工智能大會
		} else {
			continue
		}
		name := string(r[s:e])
		if editionKnown(ix, m.id, string(r[y:y+4])) {
			continue // the 2024 WAIC: the known edition itself
		}
		out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindEvent})
	}
	return out
}

// editionKnown reports whether one of the known names of id holds the year y.
func editionKnown(ix *Index, id, y string) bool {
	for n, i := range ix.byName {
		if i == id && strings.Contains(n, y) {
			return true
		}
	}
	return false
}

// zhAfterShortName stand after a two-rune short form used as a name (瀚星的團隊, 德匯董事會,
// 寶恒表示): a two-rune form is found only before one of them or a punctuation mark.
var zhAfterShortName = []string{"的", "表示", "称", "指", "宣布", "董事", "股东", "旗下", "主席", "创办人", "创始人", "行政总裁",
	"首席", "总裁", "将", "已", "亦", "也", "则", "今年", "去年", "早前", "目前", "于", "在", "与", "和", "是", "为"}

// headMentions finds a two-rune short form of the table where no finder proposed a name: after
// its full name, before a word from zhAfterShortName, or between a boundary and a punctuation mark.
func headMentions(d *doc, ms []mention, table map[string]mention) []mention {
	f := d.folded
	taken := make([]bool, len(f)+1)
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
	}
	var out []mention
	for a, src := range table {
		ra := []rune(a)
		if len(ra) != 2 || universityShort[textnorm.Fold(src.name)] != nil {
			continue
		}
		for i := src.end; i+2 <= len(f); i++ {
			if f[i] != ra[0] || f[i+1] != ra[1] || taken[i] || taken[i+1] {
				continue
			}
			// A word after it, or a boundary before it and a punctuation mark after it.
			next := zhBoundary(f, i) && (i+2 == len(f) || !isHan(f[i+2]) && !isLatinLetter(f[i+2]) && !isDigit(f[i+2]))
			for _, w := range zhAfterShortName {
				next = next || hasPrefixAt(f, i+2, w)
			}
			if next {
				out = append(out, mention{start: i, end: i + 2, name: string(d.runes[i : i+2]), id: src.id, key: src.key, kind: src.kind})
				taken[i], taken[i+1] = true, true
			}
		}
	}
	return out
}

// cutVerb shortens a candidate made of one or two runes and a short form of the table to the
// short form (看好瀚星 → 瀚星): a finder took the verb before it into the name.
func cutVerb(m *mention, table map[string]mention) {
	if m.id != "" || m.key == "" || m.kind != kg.KindOrganization || !textnorm.HasHan(m.name) {
		return
	}
	f := []rune(textnorm.Fold(m.name))
	for n := 1; n <= 2 && n+2 <= len(f); n++ {
		src, ok := table[string(f[n:])]
		if !ok || src.start >= m.start || kindSuffixOf(string(f)) != "" {
			continue
		}
		m.start += n
		m.name = string([]rune(m.name)[n:])
		return
	}
}

// isPlaceName reports whether the folded s is a place of the list, whole (維港, 前海).
func isPlaceName(s string) bool {
	r := []rune(s)
	for _, p := range placeMatcher.FindFolded(r) {
		if p.Start == 0 && p.End == len(r) {
			return true
		}
	}
	return false
}

// leadingWordMentions finds the first word of an English organisation's name where no finder
// proposed it, when the text goes on with it as the owner of something ("Sightline's founder",
// "Corvane’s board") or as the one who speaks ("Corvane said"): after the full name, written as
// in it, and led by one organisation only among the names before it.
func leadingWordMentions(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return nil
	}
	taken := make([]bool, len(d.runes)+1)
	var srcs []mention
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		if w := strings.Fields(m.name); len(w) >= 2 && m.key != "" && m.id == "" && (m.kind == kg.KindOrganization || m.kind == kg.KindFund) &&
			len(w[0]) >= 4 && isCapitalised(w[0]) && !enTopicWords[w[0]] && !enNotNames[w[0]] && demonym[w[0]] == "" && !enConnectors[w[1]] {
			srcs = append(srcs, m)
		}
	}
	var out []mention
	for _, w := range latinWords(d.runes) {
		if taken[w.start] {
			continue
		}
		owner := w.end < len(d.runes) && possessiveAt(d.runes, w.end)
		says := hasPrefixAt(d.runes, w.end, " said") || hasPrefixAt(d.runes, w.end, " says")
		if !owner && !says {
			continue
		}
		var before []mention
		for _, m := range srcs {
			if m.end <= w.start && strings.Fields(m.name)[0] == w.text && !contains(keysOf(before), m.key) {
				before = append(before, m)
			}
		}
		if src, ok := oneCompany(before); ok {
			out = append(out, mention{start: w.start, end: w.end, name: w.text, key: src.key, kind: src.kind})
		}
	}
	return out
}

// dropPlacesInsideAliases drops a place found inside a longer short form of an organisation
// named before ("Kowloon Peak Capital … the Hong Kong-based Kowloon Peak": Kowloon is no
// mention there), so the short form is found in its place.
func dropPlacesInsideAliases(kept []mention, found []textnorm.Match, aliasOf map[string]mention) []mention {
	// The longest organisation short form over each position where one starts, by start.
	type span3 struct{ start, end, src int }
	longest := map[int]span3{}
	for _, x := range found {
		src, ok := aliasOf[x.ID]
		if !ok || src.kind != kg.KindOrganization {
			continue
		}
		if o, ok := longest[x.Start]; !ok || x.End > o.end {
			longest[x.Start] = span3{x.Start, x.End, src.start}
		}
	}
	if len(longest) == 0 {
		return kept
	}
	out := kept[:0]
	for _, m := range kept {
		inside := false
		if m.kind == kg.KindPlace {
			// A short form holding the place starts at it or at most a few words before.
			for b := m.start; b >= 0 && b >= m.start-40 && !inside; b-- {
				if x, ok := longest[b]; ok && x.src < m.start && m.end <= x.end && x.end-x.start > m.end-m.start {
					inside = true
				}
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

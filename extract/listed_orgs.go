package extract

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Organisations that news names bare (腾讯, 红杉中国, 立法会), read from a list.

//go:embed cues/orgs.tsv
var orgsTSV string

// orgMatcher finds the Chinese names of cues/orgs.tsv; its ids are the Simplified names.
// The English column is kept for the reader (and a later linker); matching reads Chinese only.
// maxListedLen is the longest listed name in runes.
var orgMatcher, maxListedLen = func() (*textnorm.Matcher, int) {
	var named []textnorm.Named
	longest := 0
	for line := range cueLines(orgsTSV) {
		f := strings.Split(line, "\t")
		named = append(named, textnorm.Named{ID: f[0], Names: []string{f[0]}})
		longest = max(longest, len([]rune(f[0])))
	}
	return textnorm.NewMatcher(named), longest
}()

// findListedOrgs proposes the listed organisations a Chinese text names. A two-rune name must
// stand at a word's edge (获腾讯投资, 传出腾讯将…), not inside a word (提高通过率), and no
// listed name may straddle a place (北京东路 holds no 京东).
func findListedOrgs(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	hits := orgMatcher.FindFolded(d.folded)
	if len(hits) == 0 {
		return nil
	}
	places := placeMatcher.FindFolded(d.folded)
	var out []mention
	sort.Slice(hits, func(a, b int) bool { return hits[a].Start < hits[b].Start }) // near() searches by start
	for _, h := range hits {
		straddles := false
		for _, p := range places {
			if p.Start < h.End && h.Start < p.End && (p.Start < h.Start || p.End > h.End) { // overlaps, not inside
				straddles = true
				break
			}
		}
		if straddles {
			continue
		}
		if h.End-h.Start == 2 && !zhBoundary(d.folded, h.Start) && !nameEndsAt(d.folded, h.End) {
			continue
		}
		if at2(d.folded, h.Start-1) == '版' {
			continue // 港版淡马锡, 中国版谷歌: a likeness, not the organisation
		}
		if next := at2(d.folded, h.End); strings.ContainsRune("面势限部", next) && d.folded[h.End-1] == '局' ||
			strings.ContainsRune("理于在", next) && d.folded[h.End-1] == '处' || next == '名' && d.folded[h.End-1] == '署' {
			continue // 业务发展局面, 入境事务处理: the last rune opens a word
		}
		end := enterpriseEnd(d.folded, h.End) // 周大福企業 (enterprisenames_zh.go)
		n := string(d.runes[h.Start:end])
		// The English name is the list's, not the text's: the proposal keeps the name as written.
		out = append(out, mention{start: h.Start, end: end, name: n, key: d.key(n), kind: kg.KindOrganization})
	}
	return out
}

// swallowsListed reports whether candidate m opens before a listed name and covers it, with
// more than places before it, opens with it and runs on into no fuller name (腾讯和阿里联合), or
// crosses one of its edges.
func swallowsListed(d *doc, m mention, listed []mention) bool {
	if m.id != "" || m.kind == kg.KindPlace || m.kind == kg.KindPerson {
		return false
	}
	for _, g := range listed {
		if m.start < g.start && m.end >= g.end && !placesOnly(d.folded[m.start:g.start]) && !bodyName(g.name) && !jointMinistry(d, m, g) {
			return true // (马来西亚数码经济发展局 holds the listed 发展局: a body's longer name stands)
		}
		if m.start == g.start && m.end > g.end && !fullerName(d, g, m) {
			return true // 腾讯和阿里联合, 立法会会议上答复: words after the listed name end it
		}
		if m.start < g.start && g.start < m.end && m.end < g.end || g.start < m.start && m.start < g.end && g.end < m.end {
			return true // 特区政府创新科技|署: a run across the listed name's edge was misread
		}
	}
	return false
}

// fullerName reports whether m, which opens with the listed g and runs on, is g's fuller name:
// a kind suffix ends it (腾讯控股, 华为香港研究所) or a word of two or three runes with no
// stop rune follows g (西门子医疗, 大疆创新), not a clause (立法会会议上答复, 腾讯和阿里联合).
func fullerName(d *doc, g, m mention) bool {
	r := d.folded[g.end:m.end]
	if tail := len([]rune(kindSuffixOf(string(r)))); tail <= len(r) {
		r = r[:len(r)-tail] // 眾安在線: a stop rune inside the kind suffix is the suffix's
	}
	for _, c := range r {
		if zhStopRunes[c] && c != '之' { // 联想之星 keeps its 之
			return false
		}
	}
	return hasKindSuffix(m.name) || len(r) <= 3 && !containsStopWord(r)
}

// placesOnly reports whether f is made of listed places alone (深圳前海 before 微众银行, 香港
// before 贸发局): a place before a listed name belongs to its local name.
func placesOnly(f []rune) bool {
	i := 0
	for _, p := range placeMatcher.FindFolded(f) {
		if p.Start != i {
			return false
		}
		i = p.End
	}
	return i == len(f)
}

// nameEndsAt reports whether a name may end at k: the text's end, a stop rune or a word that
// follows names in news (宣布, 将, 的).
func nameEndsAt(f []rune, k int) bool {
	return k >= len(f) || zhStopRunes[f[k]] || wordAt(f, k, zhNameEnd)
}

// preferListed lets a listed organisation stand against a longer run that swallowed it from
// the left (老股东红杉中国, 传出腾讯将), unless only places stand before it: a candidate that opens before the listed name and covers
// it gives way. A run that opens with the listed name (腾讯控股, 比亚迪汽车) is its fuller name
// and stays (the listed name is then not added); a place and a suffix right after it
// (华为 + 香港研究所) join it.
func preferListed(d *doc, all, listed []mention) []mention {
	if len(listed) == 0 {
		return all
	}
	out := all[:0]
	for _, m := range all {
		if !swallowsListed(d, m, near(listed, m)) || definesAlias(d.folded, m.end) { // 嘉德物流網絡（下稱「嘉德物流」） (aliasfull_zh.go)
			out = append(out, m)
		}
	}
	byStart := map[int][]int{} // the kept mentions by where they start: each listed name asks its own
	for k, m := range out {
		byStart[m.start] = append(byStart[m.start], k)
	}
	for _, g := range listed {
		for _, k := range byStart[g.end] {
			m := out[k]
			if m.id != "" || !hasKindSuffix(m.name) {
				continue
			}
			if p := placeMatcher.FindFolded(d.folded[m.start:m.end]); len(p) == 0 || p[0].Start != 0 {
				continue
			}
			n := string(d.runes[g.start:m.end])
			out = append(out, mention{start: g.start, end: m.end, name: n, key: d.key(n), kind: kindBySuffix(n, m.kind)})
			break
		}
	}
	for _, g := range listed {
		fuller := false
		for _, k := range byStart[g.start] {
			m := out[k]
			fuller = fuller || m.end > g.end && m.id == "" && m.kind != kg.KindPerson && fullerName(d, g, m)
		}
		if !fuller { // 西门子医疗, 大疆创新: a longer run opening with the name is its fuller name
			out = append(out, g)
		}
	}
	return out
}

// near returns the listed names (sorted by start) that may overlap m: those starting from a
// listed name's longest length before m up to m's end.
func near(listed []mention, m mention) []mention {
	a := sort.Search(len(listed), func(k int) bool { return listed[k].start >= m.start-maxListedLen })
	b := sort.Search(len(listed), func(k int) bool { return listed[k].start >= m.end })
	if b < a {
		b = a
	}
	return listed[a:b]
}

// trimFunctions cuts a function word off the end of an organisation's name read before a title
// (曾任大疆创新研发总监 → 大疆创新): the function belongs to the title, as trimTitleHead says for
// the names it reads itself.
func trimFunctions(d *doc, all []mention) {
	f := d.folded
	for k := range all {
		m := &all[k]
		if m.id != "" || m.kind == kg.KindPerson || m.kind == kg.KindPlace || titleAt(f, m.end) == 0 {
			continue
		}
		if e := trimTitleHead(f, m.start, m.end); e < m.end && e-m.start >= 2 && !strings.ContainsRune("原前", f[e]) {
			d.respan(m, m.start, e)
		}
	}
}

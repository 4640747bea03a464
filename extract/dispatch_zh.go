package extract

import "github.com/hkgraph/hkgraph/kg"

// Mainland wire and web news opens its first paragraph with a dispatch line: the medium, the
// city it files from, the date, 电 or 讯, and the reporter in brackets:
//
//	新华网合肥9月18日电（记者孙明哲）…      中新网上海3月2日电 (记者 王芳)…
//	财联社5月6日讯（记者 李可）…            新华社北京电（记者 张三）…
//
// The medium (新华网, without the city) is an entity and the reporter WORKED_AT it.

// zhDispatchMarks end a dispatch line's medium, city and date.
var zhDispatchMarks = map[rune]bool{'电': true, '讯': true}

// zhOwnMedia name the text's own paper, not a medium: 本报讯.
var zhOwnMedia = map[string]bool{"本报": true, "本刊": true, "本网": true, "本台": true}

// dispatchAt reads a dispatch line that opens at line start s: it returns the medium's span and
// where the reporter's name starts, or ok false.
func dispatchAt(d *doc, s int) (ms, me, reporter int, ok bool) {
	f := d.folded
	for q := s + 2; q < len(f) && q <= s+24; q++ {
		if f[q] == '\n' {
			return 0, 0, 0, false
		}
		if !zhDispatchMarks[f[q]] {
			continue
		}
		j := q + 1
		for j < len(f) && (f[j] == '（' || f[j] == '(' || f[j] == ' ') {
			j++
		}
		if j == q+1 || !hasPrefixAt(f, j, "记者") {
			continue
		}
		reporter = j + 2
		for reporter < len(f) && isSpace(f[reporter]) {
			reporter++
		}
		p := q // the date: 9月18日, 三月五日
		if p > s && f[p-1] == '日' {
			p--
			for p > s && (zhNumerals[f[p-1]] || f[p-1] == '月' || f[p-1] == '年') {
				p--
			}
		}
		e := p
		for _, x := range placeMatcher.FindFolded(f[s:p]) {
			if s+x.End == p && x.Start >= 2 {
				e = s + x.Start // 新华网合肥: the city is where it files from
				break
			}
		}
		for k := s + 2; k < e; k++ {
			if f[k] == '·' || f[k] == '・' {
				e = k // 中国证券报·中证网讯: the paper, then its website (r19inv)
				break
			}
		}
		if e-s < 2 || e-s > 8 || !plainName(f[s:e]) || zhOwnMedia[string(f[s:e])] || allGeneric(string(f[s:e])) {
			return 0, 0, 0, false
		}
		return s, e, reporter, true
	}
	return 0, 0, 0, false
}

// dispatchMedium proposes the medium of a dispatch line on the text's opening lines.
func dispatchMedium(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	for s := 0; s < len(d.runes) && inOpeningLines(d, s); s++ {
		if s > 0 && d.runes[s-1] != '\n' {
			continue
		}
		if a, b, _, ok := dispatchAt(d, s); ok {
			name := string(d.runes[a:b])
			return []mention{{start: a, end: b, name: name, key: d.key(name), kind: kg.KindOrganization, media: true}}
		}
	}
	return nil
}

// dispatchFacts makes the reporter of a dispatch line WORKED_AT its medium.
func dispatchFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	for k, m := range es.mentions {
		if !m.media || m.start > 0 && d.runes[m.start-1] != '\n' {
			continue
		}
		a, b, j, ok := dispatchAt(d, m.start)
		if !ok || a != m.start || b != m.end {
			continue
		}
		for _, p := range es.mentions[k+1:] {
			if p.start > j {
				break
			}
			if p.start == j && p.kind == kg.KindPerson {
				sp := span{m.start, p.end}
				return []Proposal{{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "记者",
					Confidence: 0.5, Relationship: &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: m.end_()}}}
			}
		}
	}
	return nil
}

package extract

import (
	"sort"

	"github.com/hkgraph/hkgraph/kg"
)

// zhConjunctEnds may follow the last of two people joined by 及/和/与/、 (由甲及乙於2019年創立,
// 創辦人甲和乙表示): words said of both, which end the second name.
var zhConjunctEnds = []string{"共同", "联合", "分别", "均", "二人", "两人", "先后", "一同", "一起", "合伙"}

// personConjuncts reads the Chinese name joined by 及/和/与/、 to a person the text already names
// (由港大畢業生陳大文及李嘉欣創立, 創辦人陳大文和李嘉欣表示): items of one list are of one kind,
// so the second is a person too when it has a name's shape (a family name and one or two runes)
// and a word that ends names follows it. Each new name may be joined to a third (甲、乙及丙).
func personConjuncts(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	taken := runesTaken(len(f), ms, func(mention) bool { return true })
	var out []mention
	for _, m := range ms {
		if m.kind != kg.KindPerson || !isHanString(m.name) {
			continue
		}
		for e := m.end; e < len(f) && (f[e] == '及' || f[e] == '和' || f[e] == '与' || f[e] == '、'); {
			n, ok := chineseNameAfter(f, e+1)
			if !ok || !conjunctNameEnds(f, n.end) {
				break
			}
			free := true
			for i := n.start; i < n.end; i++ {
				free = free && isHan(f[i]) && !taken[i]
			}
			if !free {
				break
			}
			name := string(d.runes[n.start:n.end])
			out = append(out, mention{start: n.start, end: n.end, name: name, key: d.key(name), kind: kg.KindPerson})
			for i := n.start; i < n.end; i++ {
				taken[i] = true
			}
			e = n.end
		}
	}
	return out
}

// conjunctNameEnds reports whether a name may end at e: punctuation, a rune or a word that
// starts what follows a name, or a word said of the people just listed.
func conjunctNameEnds(f []rune, e int) bool {
	if e >= len(f) {
		return true
	}
	return nameBreak[f[e]] || wordAt(f, e, nameBreakWords) || wordAt(f, e, zhFounderAfter) || wordAt(f, e, zhConjunctEnds) ||
		wordAt(f, e, zhPersonVerbs)
}

// foundersInGap adds to the founders a 由…創立 cue found in its gap the other people named there:
// 由醫生甲與工程師乙於2021年創立 founds with both, though the title before 乙 breaks the list.
func foundersInGap(ms []mention, h cueHit, from []mention) []mention {
	if len(from) == 0 {
		return from
	}
	for _, f := range from {
		if f.kind != kg.KindPerson || f.start < h.gap.start || f.end > h.gap.end {
			return from // the founder came from elsewhere (an organisation, the sentence before)
		}
	}
	out := append([]mention(nil), from...)
	for _, m := range ms[sort.Search(len(ms), func(k int) bool { return ms[k].start >= h.gap.start }):] {
		if m.start >= h.gap.end {
			break
		}
		if m.kind != kg.KindPerson || m.end > h.gap.end {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o.start == m.start || sameEntity(o, m)
		}
		if !dup {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// runesTaken marks the runes of a text of n runes that the mentions keep cover.
func runesTaken(n int, ms []mention, keep func(mention) bool) []bool {
	taken := make([]bool, n+1)
	for _, m := range ms {
		if keep(m) {
			for i := m.start; i < m.end && i < n; i++ {
				taken[i] = true
			}
		}
	}
	return taken
}

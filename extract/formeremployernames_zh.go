package extract

import "github.com/hkgraph/hkgraph/kg"

// Hong Kong news introduces a person by a former post in one run: employer, 前 ("former"),
// the unit, the title, the name — 渣打香港前零售銀行業務主管方志誠, 嘉華科技原研發總監李明.
// The unit words (零售銀行業務) stop the walk left from the title before it reaches the
// employer, so the employer is read from the former mark instead: the run before 前 or 原, up
// to a boundary, when a title and a personal name follow within the clause.

// maxFormerUnit is how many runes of unit may stand between the former mark and the title.
const maxFormerUnit = 10

// formerEmployerNames proposes the employer before a former mark that a title and a name follow.
func formerEmployerNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for k := 2; k < len(f); k++ {
		if f[k] != '前' && f[k] != '原' || !isHan(f[k-1]) || placeSpans(f, k, k+1) || placeThrough(f, k, min(len(f), k+6)) >= 0 {
			continue
		}
		if !titledNameWithin(f, k+1) {
			continue
		}
		s := extendLeft(f, k, 8)
		if k-s < 2 || !zhBoundary(f, s) && !cueEndsAt(f, s) {
			continue
		}
		run := f[s:k]
		if !plainName(run) || allGeneric(string(run)) || titleIn(run) || wholePlace(run) || k-s <= 3 && surnames[run[0]] {
			continue
		}
		name := string(d.runes[s:k])
		out = append(out, mention{start: s, end: k, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization), weak: !localArm(f, s, k)})
	}
	return out
}

// titledNameWithin reports whether a title ends within maxFormerUnit runes of Han text after
// at and a personal name follows it.
func titledNameWithin(f []rune, at int) bool {
	for i := at; i < len(f) && i-at <= maxFormerUnit && isHan(f[i]); i++ {
		if e := titleAt(f, i); e > 0 {
			_, ok := chineseNameAfter(f, e)
			return ok
		}
	}
	return false
}

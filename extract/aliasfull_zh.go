package extract

import "github.com/hkgraph/hkgraph/kg"

// A company introduced with its short form defined in brackets names itself in full before the
// bracket, with or without a legal suffix: 嘉德物流網絡（下稱「嘉德物流」）, 星河数字能源（以下简称
// “星河能源”）. The short form opens the full name, so the full name starts where the short
// form's first two runes stand last before the bracket.

// zhAliasMarks open a defined short form.
var zhAliasMarks = []string{"以下简称", "下称", "简称", "以下称"}

// aliasedFullNames proposes the full name before （下称「short」） when the short form's first
// two runes open a run of two to twelve name runes that ends at the bracket.
func aliasedFullNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 2; i < len(f); i++ {
		if !definesAlias(f, i) {
			continue
		}
		j := i + 1 + len([]rune(wordStartingAt(f, i+1, zhAliasMarks)))
		for j < len(f) && (f[j] == '“' || f[j] == '「' || f[j] == '"' || f[j] == ' ') {
			j++
		}
		if j+2 > len(f) || !isHan(f[j]) || !isHan(f[j+1]) {
			continue
		}
		s := -1
		for k := i - 3; k >= 0 && k >= i-12; k-- {
			if zhStopRunes[f[k]] || f[k] == '\n' {
				break
			}
			if f[k] == f[j] && f[k+1] == f[j+1] {
				s = k
				break
			}
		}
		if s < 0 || !zhBoundary(f, s) || !plainName(f[s:i]) || containsStopWord(f[s:i]) || allGeneric(string(f[s:i])) {
			continue
		}
		name := string(d.runes[s:i])
		out = append(out, mention{start: s, end: i, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
	}
	return out
}

// definesAlias reports whether a bracket that defines a short form (（下稱「…」）) opens at i:
// the name before it is given in full, and no listed name inside it stands alone.
func definesAlias(f []rune, i int) bool {
	return i < len(f) && (f[i] == '（' || f[i] == '(') && wordStartingAt(f, i+1, zhAliasMarks) != ""
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// yearBefore moves the start of a Chinese event or policy name left over the year that opens
// it (2025世界人工智能大會, 2025年施政報告, 2026-27年度財政預算案): digits stop the walk to the
// left, but a conference's or a budget's year is part of its name. It returns start unchanged
// for other kinds or when no year stands right before.
func yearBefore(f []rune, start int, kind kg.Kind) int {
	if kind != kg.KindEvent && kind != kg.KindPolicy {
		return start
	}
	j := start
	if j >= 1 && j < len(f) && f[j] == '度' && f[j-1] == '年' {
		j++ // 2026-27年度財政預算案: the walk left stopped at 年
	}
	if j >= 2 && hasSuffixAt(f, j, "年度") {
		j -= 2
	} else if j >= 1 && f[j-1] == '年' {
		j--
	}
	digitsBefore := func(e int) int {
		k := e
		for k > 0 && e-k < 4 && isDigit(f[k-1]) {
			k--
		}
		return k
	}
	k := digitsBefore(j)
	if j-k == 2 && k >= 5 && f[k-1] == '-' {
		if k2 := digitsBefore(k - 1); k-1-k2 == 4 {
			k = k2 // 2026-27年度: a financial year
		}
	}
	if j-k != 4 && j-k != 7 {
		return start // a year is four digits, a financial year 2026-27 seven runes
	}
	if k > 0 && (isDigit(f[k-1]) || isLatinLetter(f[k-1]) || f[k-1] == '-') {
		return start
	}
	return k
}

// foreignUniversity reports whether a name that opens with a foreign country and ends with 大学 or
// 学院 names the university after the country (美國史丹福大學 → 史丹福大學): the part before the
// suffix is a proper name of three runes or more, not generic words (新加坡國立大學 and
// 新加坡科技設計大學 keep their country).
func foreignUniversity(f []rune) bool {
	s := string(f)
	for _, suf := range []string{"大学", "学院"} {
		if !strings.HasSuffix(s, suf) {
			continue
		}
		for _, x := range placeMatcher.FindFolded(f) {
			if x.Start != 0 || !zhForeignCountries[x.ID] {
				continue
			}
			rest := []rune(strings.TrimSuffix(string(f[x.End:]), suf))
			return len(rest) >= 3 && !allGeneric(string(rest)) && plainName(rest)
		}
	}
	return false
}

// placeThrough returns where a listed place starts when it covers the rune at k and ends by
// end (将 of 将军澳 in 迁往将军澳工业邨), else -1.
func placeThrough(f []rune, k, end int) int {
	from := max(0, k-3)
	for _, x := range placeMatcher.FindFolded(f[from:min(len(f), k+6)]) {
		if s, e := from+x.Start, from+x.End; s <= k && k < e && e <= end && e > k+1 && s >= 0 {
			return s
		}
	}
	return -1
}

package extract

// "除甲外，乙拟出资4亿元": the name between 除 and 外 is set aside — the clause is about the
// others (乙), who act alongside it, not on it. Such a name is no subject of its sentence
// (r19inv: 乙 invests in the fund 甲 also backs, not in 甲).

// exceptedName reports whether mention m stands between 除/除了 and 外/以外/之外.
func exceptedName(d *doc, m mention) bool {
	if d.lang == "en" {
		return false
	}
	before := m.start > 0 && d.folded[m.start-1] == '除' || hasSuffixAt(d.folded, m.start, "除了")
	return before && wordAt(d.folded, m.end, []string{"外", "以外", "之外"})
}

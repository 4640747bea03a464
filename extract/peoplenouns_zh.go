package extract

// zhPeopleNouns after a body's name make the body a modifier of people (香港科技大學團隊,
// 港大校友, 中大博士生): those people, not the body, did what the clause says.
var zhPeopleNouns = []string{"团队", "研究团队", "校友", "学生", "毕业生", "博士生", "研究生", "教授", "学者", "员工", "前员工"}

// foundedByItsPeople reports whether a Chinese ESTABLISHED fact reads the founding body from
// a name that only modifies a people noun (由香港科技大學團隊成立的甲: a team founded 甲, the
// university did not).
func foundedByItsPeople(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || r.Type != "ESTABLISHED" || d.lang == "en" {
		return false
	}
	q := []rune(textnormFold(p.Quote))
	n := textnormFold(r.From.Name)
	k := indexOf(q, n)
	return k >= 0 && wordAt(q, k+len([]rune(n)), zhPeopleNouns)
}

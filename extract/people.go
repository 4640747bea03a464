package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// x12people: what a title next to a person's name says about the organisation it names.

// moreWorkTitles say where someone works without leading it (讲座教授, 精算师, consultant).
var moreWorkTitles = map[string]bool{"讲座教授": true, "客座教授": true, "荣誉教授": true, "首席研究员": true, "博士后研究员": true,
	"讲师": true, "精算师": true, "顾问": true, "律师": true, "会计师": true, "医生": true,
	"consultant": true, "adviser": true, "advisor": true, "lawyer": true, "researcher": true, "lecturer": true, "economist": true, "actuary": true}

// memberTitles are seats on a board, a council or a committee: MEMBER_OF, not LEADS.
var memberTitles = map[string]bool{"董事": true, "理事": true, "委员": true, "board member": true}

// deputy reports whether a title names a deputy head (副校长, vice president): deputies work
// at the organisation (WORKED_AT); they do not lead it.
func deputy(cue string) bool {
	return strings.HasPrefix(cue, "副") || strings.HasPrefix(cue, "vice ") || strings.HasPrefix(cue, "deputy ")
}

// association reports whether a name is a membership body (协会, 联盟, Association): its vice
// chair or council member is a member of it.
func association(name string) bool {
	n := strings.ToLower(textnormFold(name))
	for _, s := range []string{"协会", "商会", "学会", "联会", "分会", "联盟", "总会", "association", "alliance", "chamber", "society", "federation"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// titleRelation is the relationship a title states between the person and org (type, role,
// status), or "" when it states none.
func titleRelation(t *title, org mention, former bool) (kg.RelType, string) {
	switch {
	case former:
		return "WORKED_AT", "ENDED"
	case memberTitles[t.cue] || deputy(t.cue) && association(org.name):
		return "MEMBER_OF", ""
	case deputy(t.cue) || moreWorkTitles[t.cue] || workTitles[t.cue]:
		return "WORKED_AT", ""
	case t.role != "":
		return "LEADS", ""
	}
	return "", ""
}

// zhFunctions name a function a title belongs to (研发总监, 技术总监): they stand between an
// organisation's name and the title.
var zhFunctions = []string{"研发", "技术", "营运", "运营", "市场", "销售", "财务", "投资", "产品", "业务", "人力资源", "战略", "工程", "数据", "风险", "合规"}

// trimTitleHead moves the end e of an organisation's name read before a Chinese title back
// over 原/前 (华测生物原董事长) and a function (台积电研发总监), keeping at least two runes; a
// leading 有 after 还/亦/也 (还有财经事务及库务局局长) is no part of the name either.
func trimTitleHead(f []rune, s, e int) int {
	for _, fn := range zhFunctions {
		if e-s > len([]rune(fn))+1 && hasSuffixAt(f, e, fn) {
			e -= len([]rune(fn))
			break
		}
	}
	if e-s > 3 && (f[e-1] == '原' || f[e-1] == '前') && !placeSpans(f, e-1, e) {
		e--
	}
	return e
}

// titleGap reports whether what stands between an organisation's name and a title still lets
// the title belong to it: 原/前 (速递宝原行政总裁, a past post), 另一名/另一位 (甲另一名联合创办人),
// a department after the name or its bracketed short form (香港城市大学(城大)材料科学与工程学系讲座教授).
func titleGap(gap string) bool {
	g := textnormFold(gap)
	for _, p := range []string{"的前", "的原", "前", "原", "另一名", "另一位", "另一"} {
		if g == p {
			return true
		}
	}
	if r := []rune(g); len(r) > 0 && (r[0] == '(' || r[0] == '（') {
		for k, c := range r {
			if c == ')' || c == '）' {
				g = string(r[k+1:]) // the bracketed short form: 香港城市大学(城大)
				break
			}
		}
	}
	g = strings.TrimLeft(g, ")）") // the short form itself: 香港城市大学(城大)材料…学系
	g = strings.TrimPrefix(strings.TrimPrefix(g, "的"), "之")
	r := []rune(g)
	if len(r) < 2 || len(r) > 14 || !isHanString(g) {
		return false
	}
	for _, s := range []string{"学系", "系", "学院", "学部", "研究所", "研究院", "研究中心", "实验室"} {
		if strings.HasSuffix(g, s) && !strings.ContainsAny(g, "，。的在") {
			return true
		}
	}
	return false
}

// dropPersonLed drops a name found by its ending that opens with a person's name and a word
// that follows names (林晓晴说公司, 程立轩则, 何嘉怡现任公司): the person is named there, the
// rest is no organisation.
func dropPersonLed(d *doc, ms []mention) []mention {
	persons := map[string]bool{}
	for _, m := range ms {
		if m.kind == kg.KindPerson && textnorm.HasHan(m.name) && len([]rune(m.name)) >= 2 {
			persons[textnormFold(m.name)] = true
		}
	}
	if len(persons) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kind != kg.KindPerson && m.id == "" && textnorm.HasHan(m.name) && personLed(d.folded, m, persons) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func personLed(f []rune, m mention, persons map[string]bool) bool {
	for _, n := range []int{3, 2} {
		e := m.start + n
		if e >= m.end || !persons[string(f[m.start:e])] {
			continue
		}
		if nameBreak[f[e]] || wordAt(f, e, nameBreakWords) || wordAt(f, e, zhPersonVerbs) {
			return true
		}
	}
	return false
}

// bracketAfter returns the position after a short bracket that opens at i (at most 12 runes
// inside), else i.
func bracketAfter(f []rune, i int) int {
	if i >= len(f) || f[i] != '(' && f[i] != '（' {
		return i
	}
	for k := i + 1; k < len(f) && k <= i+13; k++ {
		if f[k] == ')' || f[k] == '）' {
			return k + 1
		}
	}
	return i
}

func isNameAt(f []rune, i int) bool {
	_, ok := chineseNameAfter(f, i)
	return ok
}

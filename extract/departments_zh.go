package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A department named after its organisation (香港理工大學物流管理系, 國泰航空貨運部門,
// 滙豐企業支付部): news names the unit, the graph holds the organisation. A candidate that runs
// from an organisation's name into such a unit gives way to the organisation's name.

// zhDepartmentEnds end the name of a unit inside an organisation.
var zhDepartmentEnds = []string{"学系", "系", "部门", "事业部", "业务部", "分部", "部", "团队", "学院"}

// notDepartments end in a department word but name no unit: 總部 is a seat, 關係 a word.
var notDepartments = []string{"总部", "关系", "体系", "联系", "干部", "全部", "内部", "外部"}

// departmentAt returns the end of a department word that ends the Han run from s (at most 8
// runes), or -1.
func departmentAt(f []rune, s int) int {
	for k := s + 1; k <= s+8 && k <= len(f) && isHan(f[k-1]); k++ {
		run := string(f[s:k])
		for _, x := range notDepartments {
			if strings.HasSuffix(run, x) {
				return -1
			}
		}
		for _, x := range zhDepartmentEnds {
			if strings.HasSuffix(run, x) && len([]rune(run)) > len([]rune(x)) {
				// the unit ends here unless the run goes on into a longer name
				if k == len(f) || !isHan(f[k]) || strings.ContainsRune("任的主讲教副助研", f[k]) || wordAt(f, k, zhNameEnd) {
					return k
				}
			}
		}
	}
	return -1
}

// dropDepartments drops a Chinese candidate that an organisation's candidate opens and that runs
// on into a department of it.
func dropDepartments(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	f := d.folded
	drop := map[int]bool{}
	byStart := map[int][]mention{} // the names that start where m does: comparing every pair was quadratic
	for _, n := range ms {
		byStart[n.start] = append(byStart[n.start], n)
	}
	for i, m := range ms {
		for _, n := range byStart[m.start] {
			if n.start != m.start || n.end >= m.end || n.end-n.start < 2 || !orgHead(string(f[n.start:n.end])) {
				continue
			}
			if wholeOrgIn(string(f[n.end:m.end])) {
				continue // 香港科技 | 大學計算機科學系: the longer name is the university's
			}
			if e := departmentAt(f, n.end); e >= m.end {
				drop[i] = true
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// orgHead reports whether s ends like the name of a whole organisation a department belongs to.
func orgHead(s string) bool {
	if endsWithOrgSuffix(s) {
		return true
	}
	for _, x := range []string{"大学", "航空", "电讯", "电信", "保险", "证券", "医院", "科技"} {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// divisionPost reports whether a unit of the organisation (冷鏈業務, 亞太區, 研發部) stands between
// i, where the organisation's name ends, and the title after it: the post heads the unit.
func divisionPost(d *doc, i, limit int) bool {
	f := d.folded
	for j := i + 2; j < min(limit, i+9, len(f)); j++ {
		if !isHan(f[j-1]) {
			return false
		}
		if titleAt(f, j) > 0 {
			return isDivision(string(f[i:j]))
		}
	}
	return false
}

// wholeOrgIn reports whether s holds a word that ends a whole organisation's name (大學, 銀行).
func wholeOrgIn(s string) bool {
	for _, x := range []string{"大学", "学院", "银行", "集团", "公司", "医院", "研究院", "研究所", "协会", "控股"} {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// zhSchoolWords are in the name of a place of study (香港理工大學, 聖保羅書院, 英華中學).
var zhSchoolWords = []string{"大学", "学院", "学校", "书院", "中学", "小学", "研究生院", "学府", "学堂"}

// schoolName reports whether t may be where a person studied: a known entity, or a Chinese
// new name that says it is a school; "「數思醫療」去年畢業" is a company leaving a programme.
// English names are left as they were.
func schoolName(d *doc, t mention) bool {
	if d.lang == "en" || t.id != "" || !textnorm.HasHan(t.name) {
		return true
	}
	f := textnormFold(t.name)
	for _, w := range zhSchoolWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return strings.HasSuffix(f, "大") // 港大, 中大, 科大, 理大: the short forms
}

// relativeHeadIsNoObject reports whether t is the name a relative clause 計劃的 describes right
// after the cue (加入計劃的「甲」): 甲 is the clause's subject, no object of the cue.
func relativeHeadIsNoObject(d *doc, ms []mention, c *relCue, h cueHit, t mention) bool {
	n, ok := headAfterAnaphor(d, ms, h.end, func(kg.Kind) bool { return true })
	return ok && sameEntity(n, t) && n.start == t.start
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A career names the unit a person worked in after the employer's name: 曾任職美敦力亞太區,
// 前滙豐亞太區科技主管, 任職渣打銀行交易銀行部, 信達國際研究部經理. The graph holds the
// employer: a region unit (a region or country followed by 區, 亞太區, 大中華區) or a department
// (研究部, 交易銀行部) that ends a run is cut off.

// zhRegionUnits name the region an arm of an organisation serves.
var zhRegionUnits = []string{"大中华区", "亚太区", "中国区", "香港区", "亚洲区", "东南亚区", "华南区", "华东区", "华北区", "海外区", "国际区"}

// regionUnitAt returns where a region unit starts inside f[s:e] at least two runes after s,
// or -1: one of zhRegionUnits, or a known place followed by 区 (印尼區).
func regionUnitAt(f []rune, s, e int) int {
	for j := s + 2; j < e; j++ {
		for _, u := range zhRegionUnits {
			if hasPrefixAt(f, j, u) && j+len([]rune(u)) <= e {
				return j
			}
		}
		for _, m := range placeMatcher.FindFolded(f[j:min(e, j+8)]) {
			if m.Start == 0 && j+m.End < e && f[j+m.End] == '区' && m.End >= 2 {
				return j
			}
		}
	}
	return -1
}

// departmentTail returns where a department (2–4 runes ending in 部 or 部门) that ends f[s:e]
// starts, leaving an employer of at least two runes; -1 when there is none. Of the cuts, the
// one that leaves a name ending like an organisation (銀行, 國際, 集團) wins, else the shortest.
func departmentTail(f []rune, s, e int) int {
	end := e
	switch {
	case hasSuffixAt(f, e, "部门"):
		end = e - 2
	case e > s && f[e-1] == '部':
		end = e - 1
	default:
		return -1
	}
	if hasSuffixAt(f, e, "总部") || hasSuffixAt(f, e, "全部") || hasSuffixAt(f, e, "内部") || hasSuffixAt(f, e, "外部") {
		return -1
	}
	best := -1
	for k := 2; k <= 4 && end-k-s >= 2; k++ {
		c := end - k
		if !isHan(f[c]) {
			break
		}
		if best < 0 {
			best = c
		}
		if head := string(f[s:c]); endsWithOrgSuffix(head) || orgHead(head) || strings.HasSuffix(head, "国际") {
			return c
		}
	}
	return best
}

// cutDivision returns where the employer named in f[s:e] ends once a region unit or a
// department after it is cut off (e when there is none).
func cutDivision(f []rune, s, e int) int {
	if r := regionUnitAt(f, s, e); r >= 0 {
		e = r
	}
	if c := departmentTail(f, s, e); c >= 0 {
		e = c
	}
	return e
}

// trimDivisions cuts a region unit off a new Chinese organisation's candidate (美敦力亞太區 →
// 美敦力): the arm is no entity of its own.
func trimDivisions(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != kg.KindOrganization || m.id != "" || m.media || !textnorm.HasHan(m.name) {
			continue
		}
		f := d.folded
		if n := deptWordAt(f, m.end); n > 0 {
			if c := departmentTail(f, m.start, m.end+n); c > m.start+1 && c < m.end && wholeOrgIn(string(f[m.start:c])) {
				d.respan(m, m.start, c) // 任職渣打銀行交易銀行部: the bank, not its unit
				continue
			}
		}
		r := regionUnitAt(f, m.start, m.end)
		if r < 0 || !plainName(f[m.start:r]) || allGeneric(string(f[m.start:r])) || endsWithAny(f, m.end, zhPublicBodies) {
			continue // 深圳市宝安区人民政府, 南山区科技创新局: a public body is named with its district
		}
		d.respan(m, m.start, r)
	}
	return ms
}

// divisionGap reports whether gap, between an employer's name and a title, names a unit of it:
// a region unit and at most four runes of function (亞太區科技主管, 印尼區主管) or a department
// (研究部經理).
func divisionGap(gap string) bool {
	g := []rune(textnormFold(gap))
	if len(g) < 2 || len(g) > 10 || !isHanString(string(g)) {
		return false
	}
	if departmentTail(append([]rune("某某"), g...), 0, len(g)+2) == 2 && len(g) <= 7 || businessLine(g) {
		return true
	}
	if unitGap(string(g)) {
		return true // 中介機構部執行董事, 上市科高級副總裁, 電子行業首席分析師 (unitgaps_zh.go)
	}
	n := 0
	for _, u := range zhRegionUnits {
		if hasPrefixAt(g, 0, u) {
			n = len([]rune(u))
		}
	}
	if n == 0 {
		for _, m := range placeMatcher.FindFolded(g) {
			if m.Start == 0 && m.End < len(g) && g[m.End] == '区' {
				n = m.End + 1
			}
		}
	}
	return n > 0 && len(g)-n <= 4
}

// deptWordAt returns the length of 部门 or 部 at i (0 when neither, or when 部 opens a longer word).
func deptWordAt(f []rune, i int) int {
	switch {
	case hasPrefixAt(f, i, "部门"):
		return 2
	case i < len(f) && f[i] == '部' && (i+1 == len(f) || !isHan(f[i+1]) || titleAt(f, i+1) > 0):
		return 1
	}
	return 0
}

// studyTitles name a person by where they studied (香港科技大學…學系畢業生張卓楠): the
// organisation before the title is the school (EDUCATED_AT).
var studyTitles = map[string]bool{"毕业生": true, "博士生": true, "硕士生": true, "本科生": true}

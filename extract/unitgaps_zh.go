package extract

import "strings"

// A Chinese post often names the unit between the employer and the title: a department longer
// than departmentTail reads (證監會中介機構部執行董事, 前滙豐投資銀行部副總裁), a section (港交所
// 上市科高級副總裁) or the sector an analyst covers (某證券電子行業首席分析師), with a rank
// before the title. The person works in that unit of the employer: the title is still the
// employer's, and heading a unit is no lead of the employer (leads.go reads divisionGap).

// zhUnitEnds end a unit of an organisation named between it and a title.
var zhUnitEnds = []string{"部门", "部", "科", "行业", "团队", "小组", "组"}

// zhUnitStops cannot stand inside a unit's name: they start a clause or join two names.
const zhUnitStops = "的在与和及、，。；：是为于将已"

// unitGap reports whether gap (folded) is a unit of the organisation before it, with the ranks
// that open the title after it (高级, 首席): 2–6 runes of unit name and a unit ending.
func unitGap(gap string) bool {
	g := textnormFold(gap)
	for changed := true; changed; {
		changed = false
		for _, p := range zhTitleRanks {
			if strings.HasSuffix(g, p) && len(g) > len(p) {
				g, changed = strings.TrimSuffix(g, p), true
			}
		}
	}
	for _, u := range zhUnitEnds {
		if !strings.HasSuffix(g, u) {
			continue
		}
		stem := []rune(strings.TrimSuffix(g, u))
		if len(stem) < 2 || len(stem) > 6 || !isHanString(string(stem)) || strings.ContainsAny(string(stem), zhUnitStops) {
			return false
		}
		if u == "部" && strings.ContainsRune("总全内外本东南西北", stem[len(stem)-1]) {
			return false // 總部, 全部, 內部: no unit
		}
		return true
	}
	return false
}

// unitTail returns where a unit (unitGap) that ends f[s:e] starts, when what stands before it
// ends like an organisation (資本, 證券, 銀行, 局, 委員會 …): 中信證券新能源行業首席 → 中信證券.
// -1 when there is none.
func unitTail(f []rune, s, e int) int {
	for c := s + 2; c <= e-3; c++ {
		if !unitGap(string(f[c:e])) {
			continue
		}
		head := string(f[s:c])
		if orgHead(head) || institutionalEnd(head) {
			return c
		}
	}
	return -1
}

// institutionalEnd reports whether a name ends with an institution's suffix (局, 署, 委員會 …).
func institutionalEnd(name string) bool {
	r := []rune(name)
	for k := 1; k <= 3 && k < len(r); k++ {
		if institutional[string(r[len(r)-k:])] {
			return true
		}
	}
	return false
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// zhIndustryDescriptors say what kind of business the name after them is, never end a name
// of their own inside a longer one (阿布扎比主权基金穆巴达拉, 德国汽车零部件供应商博世).
var zhIndustryDescriptors = []string{"主权基金", "设备商", "制造商", "开发商", "服务商", "供应商", "运营商", "生产商",
	"厂商", "投资机构", "创投机构"}

// cutIndustryPrefixes starts a Chinese candidate after an industry descriptor inside it when
// what stands before the descriptor is a place or generic words (中东主权基金阿布扎比投资局 →
// 阿布扎比投资局): the reader ran the description and the name together, and the description
// then hid the name from every relationship. The description alone, when another finder took
// it for a name (阿布扎比主权基金), is dropped.
func cutIndustryPrefixes(d *doc, ms []mention) []mention {
	f := d.folded
	placeEnds := map[int][]int{} // place start → ends
	for _, m := range ms {
		if m.kind == kg.KindPlace {
			placeEnds[m.start] = append(placeEnds[m.start], m.end)
		}
	}
	cutAt := map[int]int{} // the cut name's start → its description's start
	for i, m := range ms {
		if m.kind == kg.KindPlace || m.kind == kg.KindPerson || m.id != "" || !textnorm.HasHan(m.name) {
			continue
		}
		for p := m.start + 1; p < m.end; p++ {
			w := wordStartingAt(f, p, zhIndustryDescriptors)
			s := p + len([]rune(w))
			if w == "" || m.end-s < 2 || !placeAndGenericRun(f, m.start, p, placeEnds) {
				continue
			}
			cutAt[s] = m.start
			ms[i].start = s
			ms[i].name = string(d.runes[s:m.end])
			ms[i].key = d.key(ms[i].name)
			break
		}
	}
	if len(cutAt) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if from, ok := cutAt[m.end]; ok && m.start >= from && m.kind != kg.KindPlace && m.kind != kg.KindPerson && m.id == "" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// placeAndGenericRun reports whether f[start:p] is a place (or places) and generic words only.
func placeAndGenericRun(f []rune, start, p int, placeEnds map[int][]int) bool {
	if allGeneric(string(f[start:p])) {
		return true
	}
	for _, e := range placeEnds[start] {
		if e <= p && placeAndGenericRun(f, e, p, placeEnds) {
			return true
		}
	}
	return false
}

// zhPlaceDescription reports whether place p and a description of the business (主权基金,
// 电池企业) stand before the Chinese name n: 新加坡主权基金乙 is an item of a list, and the
// place only describes it.
func zhPlaceDescription(d *doc, p, n mention) bool {
	between := string(d.folded[p.end:n.start])
	r := []rune(between)
	if d.lang == "en" || len(r) < 2 || len(r) > 8 || !isHanString(between) || containsStopWord(r) {
		return false
	}
	for _, e := range append(zhIndustryDescriptors, zhItemDescriptorEnds...) {
		if strings.HasSuffix(between, e) {
			return true
		}
	}
	return false
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A district is written with or without 区 (深圳宝安区, 深圳南山): the place list holds one
// form, news writes either. A new place followed by 区 takes it into its name (宝安 → 宝安区),
// as the annotators and the graph name the district.

// extendDistricts moves the end of a new Chinese place over a 区 that follows it (not 区域 or
// 区块: a word of its own).
func extendDistricts(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	f := d.folded
	covered := map[int]bool{} // 区 inside another candidate's name (顺德区人民政府) stays there
	for _, n := range ms {
		if n.kind != kg.KindPlace && n.end-n.start > 2 {
			for k := n.start; k < n.end; k++ {
				covered[k] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.end < len(f) && covered[m.end] {
			continue
		}
		if m.kind != kg.KindPlace || m.id != "" || m.end >= len(f) || f[m.end] != '区' || strings.HasSuffix(string(f[m.start:m.end]), "区") {
			continue
		}
		if m.end+1 < len(f) && strings.ContainsRune("域块", f[m.end+1]) {
			continue
		}
		d.respan(m, m.start, m.end+1)
	}
	return ms
}

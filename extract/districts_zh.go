package extract

import (
	"slices"
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

// zhPlaceAgentWords follow a district or a city that acts as its government: its head's title
// and verbs of issuing (宝安区区长, 宝安区发布).
var zhPlaceAgentWords = []string{"区长", "市长", "县长", "镇长", "副区长", "副市长", "副县长", "副镇长", "发布", "宣布", "印发", "出台", "推出"}

// districtGovernments points an organisation named only by its district or city (顺德区发布…,
// 与顺德区签署…, 顺德区区长) at the government of that place the text names in full
// (佛山市顺德区人民政府): news names a local government by its place once it has named it.
func districtGovernments(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	var govs []mention
	for _, m := range es.mentions {
		if m.kind == kg.KindOrganization && (m.key != "" || m.id != "") && strings.HasSuffix(textnormFold(m.name), "政府") {
			govs = append(govs, m)
		}
	}
	if len(govs) == 0 {
		return
	}
	changed, moved := false, map[string]bool{}
	for i := range es.mentions {
		m := &es.mentions[i]
		n := textnormFold(m.name)
		if m.kind != kg.KindOrganization && m.kind != kg.KindPlace || m.id != "" || m.key == "" || len([]rune(n)) < 2 {
			continue
		}
		// 顺德区人民政府 after 佛山市顺德区人民政府: the same government without its city.
		if strings.HasSuffix(n, "政府") {
			for _, g := range govs {
				if gn := textnormFold(g.name); g.key != m.key && len(gn) > len(n) && strings.HasSuffix(gn, n) && strings.ContainsRune("市省", []rune(gn)[len([]rune(gn))-len([]rune(n))-1]) {
					moved[m.key] = true
					m.name, m.key, m.id = g.name, g.key, g.id
					changed = true
					break
				}
			}
			continue
		}
		if !strings.ContainsRune("区市县镇", []rune(n)[len([]rune(n))-1]) {
			continue
		}
		if m.kind == kg.KindPlace && !wordAt(d.folded, m.end, zhPlaceAgentWords) {
			continue // 宝安区发布…, 宝安区区长: the place acts, as its government; elsewhere a place
		}
		for _, g := range govs {
			gn := textnormFold(g.name)
			if g.key != m.key && strings.Contains(gn, n) && strings.HasSuffix(strings.TrimSuffix(strings.TrimSuffix(gn, "政府"), "人民"), n) {
				if c, ok := es.candidates[g.key]; ok && g.id == "" && !slices.Contains(c.aliases, m.name) {
					c.aliases = append(c.aliases, m.name) // before m.name becomes the government's
				}
				moved[m.key] = true
				m.name, m.key, m.id, m.kind = g.name, g.key, g.id, g.kind // 顺德区 in 佛山市顺德区人民政府
				changed = true
				break
			}
		}
	}
	if !changed {
		return
	}
	es.bySentence = nil
	for _, m := range es.mentions {
		delete(moved, m.key) // a key some mention still holds stays a candidate
	}
	order := es.order[:0]
	for _, k := range es.order {
		if moved[k] {
			delete(es.candidates, k) // the district was only ever the government
			continue
		}
		order = append(order, k)
	}
	es.order = order
}

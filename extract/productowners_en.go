package extract

import "strings"

// "Quanta's tests are sold to hospitals in Hong Kong and Macau": a market sentence whose
// subject is a company's products is about the company. The possessive that keeps "Quanta's
// founder" from being the subject of a founder's deeds does not apply to its products.

// ownerOfSubject returns the mention that opens an English sentence as the owner of its
// subject noun phrase: "X's <one to three lower-case words> are|is|were|will|have|has".
func ownerOfSubject(d *doc, s span, ms []mention, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" {
		return zhOwnerOfSubject(d, s, ms, fits)
	}
	at := afterTimeOpener(d, s)
	for _, m := range ms {
		if m.start < at {
			continue
		}
		if m.start != at || !fits(m) || !possessive(d, m.end) {
			return mention{}, false
		}
		ws := strings.Fields(string(d.folded[m.end:min(s.end, m.end+60)]))
		if len(ws) == 0 {
			return mention{}, false
		}
		ws = ws[1:] // "'s" or the plural's "'" ends the name's word
		for k := 0; k < len(ws) && k <= 3; k++ {
			switch ws[k] {
			case "are", "is", "were", "was", "will", "have", "has":
				return m, k >= 1
			}
			if !isLowerWord(ws[k]) {
				return mention{}, false
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// isLowerWord reports whether w is a lower-case word (letters and hyphens).
func isLowerWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return w != ""
}

// zhProductNouns are what a company sells or serves, standing after its name and 的 as the
// subject of a market sentence (甲的產品已進入日本, 甲的客戶遍布東南亞, 甲的巡檢機械人已銷往…).
var zhProductNouns = []string{"产品", "客户", "业务", "系统", "服务", "方案", "平台", "机械人", "机器人", "设备", "技术", "软件",
	"芯片", "用户", "应用"}

// zhOwnerOfSubject is the Chinese twin of ownerOfSubject: the name that opens the sentence
// (after its time phrase) followed by 的 and, within a short modifier, a product noun.
func zhOwnerOfSubject(d *doc, s span, ms []mention, fits func(mention) bool) (mention, bool) {
	at := afterTimeOpener(d, s)
	for _, m := range ms {
		if m.start < at {
			continue
		}
		if m.start != at || !fits(m) || at2(d.folded, m.end) != '的' {
			return mention{}, false
		}
		for k := m.end + 1; k < min(s.end, m.end+8); k++ {
			if !isHan(d.folded[k]) {
				return mention{}, false
			}
			if wordAt(d.folded, k, zhProductNouns) {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

package extract

import "strings"

// zhClauseName reports whether a Chinese run a finder took for a name is a clause or a label
// by its shape: a round (C轮由甲领投: the round, not the company, opens the clause), a
// headline's outlet and a story line (晚点独家丨前大疆), a demonstrative inside (经该署协助在港
// 设立: a clause about the bureau), a superlative description (「未來三年最重要的增長市場」),
// or a time word closing it (梁啟聰2017年創辦天衡智能前，曾任…: "before founding", not a
// name). The fact it carries is about a name the clause leaves out.
func zhClauseName(n string) bool {
	r := []rune(n)
	if len(r) < 2 {
		return false
	}
	if strings.HasSuffix(n, "轮") || strings.HasSuffix(n, "輪") || strings.HasSuffix(n, "轮融资") || strings.HasSuffix(n, "輪融資") {
		return true
	}
	if strings.ContainsAny(n, "丨｜|") {
		return true
	}
	for _, w := range []string{"该", "該"} {
		if k := strings.Index(n, w); k > 0 {
			return true
		}
	}
	if strings.Contains(n, "最") && strings.Contains(n, "的") && !strings.ContainsAny(n, "0123456789十百") {
		return true // a ranking counts its entries (最值得关注的40家新能源初创): a list's name
	}
	last := r[len(r)-1]
	return len(r) >= 4 && (last == '前' || last == '后' || last == '後')
}

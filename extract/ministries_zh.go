package extract

import "strings"

// jointMinistry reports whether the run m, ending where the listed ministry g ends, names a
// ministry of joined portfolios of which g's name is only the tail: 沙特通訊及資訊科技部 is
// not China's 科技部, 經濟和信息化部 not a bare 信息化部. Such a longer name stands.
func jointMinistry(d *doc, m, g mention) bool {
	f := d.folded
	return m.end == g.end && m.start < g.start && f[g.end-1] == '部' &&
		strings.ContainsAny(string(f[m.start:g.start]), "及和与")
}

package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// h12zh: a reader that runs a Chinese name up to the verb takes an adverb or a verb with its
// particle that stands between them for part of the name (光迹智能先后获得…, 知衡医疗现场与…签订,
// 马斯达尔签了…). The words below follow a company's name in news and never end one.

// zhAfterNameWords are adverbs of time and manner, and verbs with 了, that stand between a name
// and its verb.
var zhAfterNameWords = []string{"先后", "现场", "随后", "随即", "陆续", "率先", "首次", "再次", "再度", "一直", "曾经", "当天", "当日", "同步", "同期",
	"签了", "签下", "拿下", "做了", "完成了", "获得了", "推出了", "成立了"}

// trimAfterNameWords cuts such a word off the end of a new Chinese candidate (光迹智能先后 →
// 光迹智能) when at least two runes of name stay.
func trimAfterNameWords(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.id != "" || m.media || !textnorm.HasHan(m.name) {
			continue
		}
		f := d.folded[m.start:m.end]
		for _, w := range zhAfterNameWords {
			n := len([]rune(w))
			if len(f)-n >= 2 && strings.HasSuffix(string(f), w) && isHan(f[len(f)-n-1]) {
				m.end -= n
				m.name = string(d.runes[m.start:m.end])
				m.key = d.key(m.name)
				break
			}
		}
	}
	return ms
}

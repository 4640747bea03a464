package extract

import "strings"

// A Chinese sentence that opens by presenting a company with what it is (數碼港培育公司「甲」,
// 本地初創乙, 深圳機器人企業丙) moves the story to it: the next sentence's bare title (創辦人兼
// 行政總裁丁) or word for the company speaks of it, not of the article's main subject. An
// investor or a unit presented by its owner (高瓴旗下的乙, 投資方丙) does not move the story.

// zhSideDescriptors present a party that stays beside the story's subject.
var zhSideDescriptors = []string{"旗下的", "旗下", "全资子公司", "子公司", "附属公司", "母公司", "投资方", "投资者", "投资人",
	"投资机构", "创投机构", "主权基金", "机构", "券商"}

// presentedOpener reports whether the name m opens sentence s after a descriptor that presents
// it as a company of the story.
func presentedOpener(d *doc, s span, m mention) bool {
	a := openerOrLabelEnd(d, s)
	if !descriptorOpener(d, a, m.start) {
		return false
	}
	g := strings.TrimRight(string(d.folded[a:m.start]), "「“『 ")
	for _, x := range zhSideDescriptors {
		if strings.HasSuffix(g, x) {
			return false
		}
	}
	return true
}

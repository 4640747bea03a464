package extract

import "strings"

// zhCompoundHeads make the verb a Chinese cue ends with the modifier of a noun: 探討共同投資機會
// (investment opportunities: nobody invested), 港交所上市科高級副總裁 (the exchange's Listing
// Division: nothing was listed), 上市委員會, 上市規則. Keyed by the verb the cue ends with.
// 投资组合 is no such noun: 甲的投资组合包括乙 names 甲's investee. (investorNoun reads the 投资
// list too, for the gap cues this check leaves alone: one list of the nouns of investing.)
var zhCompoundHeads = map[string][]string{
	"投资": {"机会", "机遇", "回报", "策略", "意向", "框架", "经验", "环境", "气氛", "热点", "理念", "额度", "风格", "逻辑"},
	"上市": {"科", "部", "委员会", "规则", "小组", "条例"},
}

// cueOpensCompound reports whether the Chinese cue c ending at end is the first word of a
// compound noun (投資機會, 上市科): the text names a thing there, not the act.
func cueOpensCompound(d *doc, c *relCue, end int) bool {
	if c.lang != "zh" || c.gap {
		return false
	}
	for verb, heads := range zhCompoundHeads {
		if !strings.HasSuffix(c.first, verb) {
			continue
		}
		for _, w := range heads {
			if hasPrefixAt(d.folded, end, w) && !(w == "科" && hasPrefixAt(d.folded, end, "科技")) { // 上市科技公司: a listed tech company
				return true
			}
		}
	}
	return false
}

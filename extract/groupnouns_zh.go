package extract

import "strings"

// zhNewThingNouns follow 新 when the text refers back to what it named before (新中心由甲營運,
// 新公司將…, 新平台): "the new centre" is no name.
var zhNewThingNouns = []string{"中心", "公司", "平台", "基金", "园区", "办公室", "总部", "厂房", "实验室", "品牌", "计划",
	"项目", "大楼", "校舍", "分行", "门店", "业务"}

// zhCapitalOrigins qualify money by where it comes from (中東資本進入內地, 海外資金): capital
// as a flow, not a firm called 資本.
var zhCapitalOrigins = []string{"外国", "外资", "境外", "海外", "本地", "内地", "国际", "民间", "社会", "私人", "国有",
	"中东", "欧美", "亚洲", "全球", "西方", "长线", "热钱"}

// commonNounName reports whether the folded Chinese candidate name is a common noun phrase
// that Hong Kong press writes where a name could stand: a delegation, "the new centre",
// capital by its origin.
func commonNounName(name string) bool {
	if delegationName(name) { // 香港創科代表團 (delegations.go)
		return true
	}
	if rest, ok := strings.CutPrefix(name, "新"); ok && contains(zhNewThingNouns, rest) {
		return true
	}
	for _, money := range []string{"资本", "资金"} {
		if origin, ok := strings.CutSuffix(name, money); ok && origin != "" &&
			(contains(zhCapitalOrigins, origin) || placesOnly([]rune(origin))) {
			return true
		}
	}
	return false
}

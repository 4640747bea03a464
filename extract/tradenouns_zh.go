package extract

// Chinese news introduces a company by its trade before its name: 手術機械人開發商智康醫療,
// 碳化硅晶片商芯粵半導體, 物流設備供應商甲科技. The trade noun ends in 商 ("-maker",
// "-supplier", "developer") and is no part of the name, so the walk left from a name's suffix
// stops after it. 商 inside a brand (招商銀行, 華商銀行) follows no trade word and stays.

// zhTradeVerbs stand before 商 in a trade noun: what the firm does (開發商, 供應商, 分銷商).
var zhTradeVerbs = []string{"开发", "供应", "制造", "生产", "服务", "营运", "运营", "分销", "代理", "承包", "零售", "经销",
	"批发", "出口", "进口", "发展", "提供", "集成", "设计", "研发", "方案", "解决方案", "运营", "建造", "发行", "贸易"}

// zhTradeGoods stand before 商 in a trade noun that names what the firm makes (晶片商, 藥商)
// and are not all in zhGeneric.
var zhTradeGoods = []string{"晶片", "芯片", "设备", "器械", "零件", "元件", "电池", "药", "车", "面板", "模组", "传感器", "晶圆"}

// tradeNounEndsAt reports whether a trade noun (a trade word and 商) ends right before j.
func tradeNounEndsAt(f []rune, j int) bool {
	if j < 2 || f[j-1] != '商' {
		return false
	}
	if endsWithAny(f, j-1, zhTradeVerbs) || endsWithAny(f, j-1, zhTradeGoods) {
		return true
	}
	for n := 2; n <= 3 && j-1-n >= 0; n++ {
		if zhGeneric[string(f[j-1-n:j-1])] && !endsWithAny(f, j-1, []string{"投资", "创投", "基金", "管理", "控股"}) {
			return true // 機械人商, 半導體商: a generic product word and 商
		}
	}
	return false
}

// zhOwnerNouns say who owns the company named after them (區屬國企, 央企, 上市公司): like a
// trade noun they describe the name and end the walk left from its suffix
// (福田區屬國企甲發展有限公司 → 甲發展有限公司).
var zhOwnerNouns = []string{"国企", "央企", "民企", "外企", "港企", "国有企业", "民营企业", "外资企业", "中资企业",
	"上市公司", "挂牌公司",
	"科企", "药企", "车企", "房企", "险企"} // 國內車企甲汽車: an abridged kind of firm describes the name too

// ownerNounEndsAt reports whether an owner noun ends right before j.
func ownerNounEndsAt(f []rune, j int) bool {
	return endsWithAny(f, j, zhOwnerNouns)
}

// Some listed brands hold a rune that stops the walk left from a suffix (華為: 為, like 的,
// is a function word elsewhere), so 華為數字能源 was read as 數字能源, all generic, and lost.
// The walk takes such a brand whole when it ends where the walk stopped.

// stopRuneBrands maps where each listed organisation with a stop rune inside ends to where it
// starts, in the folded text f.
func stopRuneBrands(f []rune) map[int]int {
	var out map[int]int
	for _, x := range orgMatcher.FindFolded(f) {
		for _, c := range f[x.Start:x.End] {
			if zhStopRunes[c] {
				if out == nil {
					out = map[int]int{}
				}
				out[x.End] = x.Start
				break
			}
		}
	}
	return out
}

package extract

import "testing"

// Round nineteen's LOCATED_IN mechanisms: where a company is versus where it sells, and places
// named inside a chain of places.
func TestPlacesRound19(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		// Operating in places with nothing after the verb names markets; with an object, premises.
		{"zh-Hant", "本地物流平台「快達」今年完成融資。快達目前在香港、台灣及泰國營運。",
			[]string{"TARGETS_MARKET 快達 > 台灣", "TARGETS_MARKET 快達 > 泰國"}, []string{"LOCATED_IN 快達 > 台灣", "LOCATED_IN 快達 > 泰國"}},
		{"zh-Hant", "雲帆智能成立於2023年，目前於香港科學園營運。", []string{"LOCATED_IN 雲帆智能 > 香港科學園"}, nil},
		{"zh-Hans", "云帆物流目前在深圳运营两个冷链仓库。", []string{"LOCATED_IN 云帆物流 > 深圳"}, []string{"TARGETS_MARKET 云帆物流 > 深圳"}},
		// A capital after its country and 首都 is in the country; a list of places is not a chain.
		{"zh-Hant", "代表團昨日在沙特阿拉伯首都利雅得出席科技大會。", []string{"LOCATED_IN 利雅得 > 沙特阿拉伯"}, nil},
		{"zh-Hans", "公司计划进入日本首都东京及大阪市场。", []string{"LOCATED_IN 东京 > 日本"}, []string{"LOCATED_IN 大阪 > 日本"}},
		{"zh-Hans", "公司计划进入越南、泰国首都曼谷。", nil, []string{"LOCATED_IN 曼谷 > 越南"}},
		// A district or zone written after its city is a place of its own, in the city.
		{"zh-Hans", "星海储能总部位于深圳光明区。", []string{"LOCATED_IN 星海储能 > 深圳光明区", "LOCATED_IN 深圳光明区 > 深圳"},
			[]string{"LOCATED_IN 星海储能 > 深圳"}},
		{"zh-Hans", "深圳企业星海储能宣布，将在合肥经济技术开发区设立华东总部。", []string{"LOCATED_IN 星海储能 > 合肥经济技术开发区", "LOCATED_IN 合肥经济技术开发区 > 合肥"}, nil},
		{"zh-Hans", "星海储能总部位于苏州工业园区，今年在苏州以外设立研发中心。", []string{"LOCATED_IN 星海储能 > 苏州工业园区", "LOCATED_IN 苏州工业园区 > 苏州"}, nil},
		// A registered seat, like 注册于.
		{"zh-Hans", "星海基金目标规模10亿元，注册地为深圳光明区。", []string{"LOCATED_IN 星海基金 > 深圳光明区"}, nil},
		// A place before 上市公司 says where the company is listed, not where it is.
		{"zh-Hant", "星海數碼由香港上市公司恒昌控股持有六成股權。", nil, []string{"LOCATED_IN 恒昌控股 > 香港"}},
		// A building introduced by an apposition is a facility in the place it names; its tenants are in it.
		{"en", "Swire Properties on Monday opened Quarry Point, a 20-storey office tower in Hong Kong's Kwun Tong district. The largest tenant is Lumen Robotics, a drone maker.",
			[]string{"LOCATED_IN Quarry Point > Kwun Tong", "LOCATED_IN Lumen Robotics > Quarry Point"}, nil},
		{"en", "Tenants include Lumen Robotics and Orbit Pay.", nil, []string{"LOCATED_IN Lumen Robotics > Orbit Pay"}},
		{"zh-Hans", "位于南山的深港青年创新园昨日开幕。首批租户包括人工智能初创“言睿科技”及金融科技公司PayMint。",
			[]string{"LOCATED_IN 言睿科技 > 深港青年创新园", "LOCATED_IN PayMint > 深港青年创新园"}, nil},
		// "its" in a clause about a person is the organisation that clause named.
		{"en", "Harbourline Capital was set up last year. The firm was founded by Mary Tam, who spent ten years at Crane Partners and ran its Singapore office.",
			[]string{"LOCATED_IN Crane Partners > Singapore"}, []string{"LOCATED_IN Harbourline Capital > Singapore"}},
		{"en", "Harbourline Capital, which hired Mary Tam from Crane Partners, will open its Singapore office next year.",
			[]string{"LOCATED_IN Harbourline Capital > Singapore"}, []string{"LOCATED_IN Crane Partners > Singapore"}},
		// A delegation has no premises.
		{"zh-Hant", "香港創科代表團昨日抵達利雅得。代表團計劃在利雅得設立聯絡處。", nil, []string{"LOCATED_IN 香港創科代表團 > 利雅得", "LOCATED_IN 代表團 > 利雅得"}},
		// Not a kind of area (上海自贸区), and not a district inside a longer name.
		{"zh-Hans", "上海市政府表示，星海储能已落户上海自贸区。", nil, []string{"LOCATED_IN 上海自贸区 > 上海"}},
		{"zh-Hans", "深圳市政府与南京江宁区人民政府签署协议。", nil, []string{"LOCATED_IN 南京江宁区 > 南京"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang, Known: []Known{{ID: "hong-kong", Kind: "PLACE", Names: []string{"Hong Kong", "香港"}},
			{ID: "shenzhen", Kind: "PLACE", Names: []string{"Shenzhen", "深圳"}}, {ID: "hefei", Kind: "PLACE", Names: []string{"Hefei", "合肥"}}}}), c.want, c.not)
	}
}

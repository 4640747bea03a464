package extract

import "testing"

// Where events are held, which markets a company enters when its founder speaks for it, and
// ends of kinds the held-out annotators use (an event or a fund located somewhere).
func TestPlacesAndMarkets(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "团队上月出席了在杭州举行的2025全球数字经济大会。", []string{"LOCATED_IN 2025全球数字经济大会 > 杭州"}, nil},
		{"zh-Hant", "公司亦參加了於深圳舉辦的中國高新技術成果交易會。", []string{"LOCATED_IN 中國高新技術成果交易會 > 深圳"}, nil},
		{"zh-Hant", "由數碼港主辦的「亞洲支付論壇」將於下月在香港會議展覽中心舉行。", []string{"LOCATED_IN 亞洲支付論壇 > 香港會議展覽中心"}, nil},
		{"zh-Hans", "云帆物流昨日在深圳召开发布会。", nil, []string{"LOCATED_IN 云帆物流 > 深圳"}},
		{"en", "The Asia Fintech Summit, held at the AsiaWorld Convention and Exhibition Centre, drew 5,000 visitors.",
			[]string{"LOCATED_IN Asia Fintech Summit > AsiaWorld Convention and Exhibition Centre"}, nil},
		{"en", "Orbit Robotics, which is based at Cyberport, raised US$5 million.", []string{"LOCATED_IN Orbit Robotics > Cyberport"}, nil},
		{"en", "Orbit Robotics, whose head office sits in Kwun Tong, makes robots.", []string{"LOCATED_IN Orbit Robotics > Kwun Tong"}, nil},
		{"zh-Hans", "投资推广署宣布引进自动驾驶企业云驰智行在港设立国际总部。", []string{"LOCATED_IN 云驰智行 > 港"}, nil},
		{"zh-Hant", "星橋醫療宣布將在港成立研發中心。", []string{"LOCATED_IN 星橋醫療 > 港"}, nil},
		{"zh-Hant", "政府以配對形式資助企業在港設立生產線。", nil, []string{"LOCATED_IN 政府 > 港"}},
		{"zh-Hans", "已有近十家特专科技公司在港上市。", nil, []string{"LISTED_ON 特专科技公司 > 港", "LISTED_ON 有近十家特专科技公司 > 港"}},
		{"zh-Hans", "新加入的成员包括韩国的未来资产基金。", []string{"LOCATED_IN 未来资产基金 > 韩国"}, nil},
		{"zh-Hans", "云帆物流的新加坡子公司FleetOne去年开始营运。", []string{"LOCATED_IN FleetOne > 新加坡"}, nil},
		{"zh-Hant", "寶恒集團去年收購本地初創星橋醫療的全部股權，後者隨即成為其全資附屬公司，並落戶香港科學園。",
			[]string{"LOCATED_IN 星橋醫療 > 香港科學園"}, []string{"LOCATED_IN 寶恒集團 > 香港科學園"}},
		{"en", "Cyberport signed agreements with Korea's Busan Startup Agency and with the Dubai Innovation Foundation on Monday.",
			[]string{"PARTNERED_WITH Cyberport > Dubai Innovation Foundation"}, nil},
		{"en", "Cyberport said it had signed an agreement with Nimbus Cloud HK, the local arm of Nimbus.", []string{"PARTNERED_WITH Cyberport > Nimbus Cloud HK"}, nil},
		// A headquarters on a campus that is also a company.
		{"zh-Hans", "深圳物流企业云帆物流今年完成融资。公司总部位于数码港。", []string{"LOCATED_IN 云帆物流 > 数码港"}, nil},
		// 公司 opening a sentence with a date clause refers back; the company most sentences name
		// wins over one that closes the sentence before as a side party.
		{"zh-Hant", "本地初創「付橋科技」宣布完成融資，由維港投資領投。公司成立於2019年，總部位於數碼港。行政總裁劉嘉欣表示，公司計劃拓展至馬來西亞。",
			[]string{"LOCATED_IN 付橋科技 > 數碼港", "TARGETS_MARKET 付橋科技 > 馬來西亞"}, []string{"TARGETS_MARKET 數碼港 > 馬來西亞"}},
		{"zh-Hant", "物流初創「快運通」與「倉易」宣布合併，新公司命名為「通易物流」。通易物流現有員工800人。通易物流同日委任陳美玲為財務總監。行政總裁一職由快運通創辦人李志強出任。公司又透露，總部將遷往觀塘。",
			[]string{"LOCATED_IN 通易物流 > 觀塘"}, []string{"LOCATED_IN 快運通 > 觀塘"}},
		// A list after 與 or 包括 holds the partners of a subject, never of each other.
		{"zh-Hans", "这里孵化了超过300家初创企业,并与百度、华为、科大讯飞等签署合作协议。", nil, []string{"PARTNERED_WITH 百度 > 华为", "PARTNERED_WITH 百度 > 科大讯飞"}},
		{"zh-Hans", "数码港与多家领军企业,包括思科、百度、华为等签署合作协议。", nil, []string{"PARTNERED_WITH 思科 > 百度", "PARTNERED_WITH 思科 > 华为"}},
		{"zh-Hans", "数码港与百度、华为等签署合作协议。", []string{"PARTNERED_WITH 数码港 > 百度", "PARTNERED_WITH 数码港 > 华为"}, nil},
		// A list of partners ends at 等.
		{"zh-Hans", "深圳自动驾驶企业元启智驾已与比亚迪、宁德时代等车企展开合作。", []string{"PARTNERED_WITH 元启智驾 > 比亚迪", "PARTNERED_WITH 元启智驾 > 宁德时代"},
			[]string{"PARTNERED_WITH 元启智驾 > 宁德时代等车企展开"}},
		// The bare suffix names the one new name that ends with it again; a bracketed alias is its name.
		{"zh-Hant", "政府成立的香港光子研發院(光子研發院)已遷入新址。研發院表示,已與香港應用科技研究院(應科院)及華訊光電簽訂合作協議。",
			[]string{"PARTNERED_WITH 研發院 > 應科院", "PARTNERED_WITH 研發院 > 華訊光電"}, []string{"PARTNERED_WITH 應科院 > 華訊光電"}},
		// The partner named after 與 is the subsidiary, not its owner.
		{"zh-Hans", "云帆物流今年完成融资。公司已与长江集团旗下的长江物业管理签署合作协议。",
			[]string{"PARTNERED_WITH 云帆物流 > 长江物业管理"}, []string{"PARTNERED_WITH 云帆物流 > 长江集团"}},
		{"zh-Hans", "当日，数码港与沙特利雅得的创新平台Garage88签署合作备忘录。", []string{"PARTNERED_WITH 数码港 > Garage88"}, nil},
		{"zh-Hant", "數碼港投資創業基金表示，基金將與港投公司加強聯合投資。", []string{"PARTNERED_WITH 數碼港投資創業基金 > 港投公司"},
			[]string{"INVESTED_IN 港投公司 > 數碼港投資創業基金"}},
		// A facility located where 位於…的 / 在…增設 / "in" say.
		{"zh-Hans", "管理局表示，位于前海的深港青年创新园将于明年扩建。", []string{"LOCATED_IN 深港青年创新园 > 前海"}, nil},
		{"zh-Hant", "協會計劃明年在大埔增設一座「智慧農業示範中心」。", []string{"LOCATED_IN 智慧農業示範中心 > 大埔"}, nil},
		{"en", "The firm will run the Smart Logistics Centre in Kwai Chung from next year.", []string{"LOCATED_IN Smart Logistics Centre > Kwai Chung"}, nil},
		// English places before a descriptor, after a campus, in an apposition, in "open a … office".
		{"en", "Its portfolio includes the Wuhan drugmaker Lotus Pharma.", []string{"LOCATED_IN Lotus Pharma > Wuhan"}, nil},
		{"en", "It backed Cyberport-based Nimbus Labs last year.", []string{"LOCATED_IN Nimbus Labs > Cyberport"}, nil},
		{"en", "Cyberport signed an agreement with Nimbus Cloud HK, the Hong Kong subsidiary of Nimbus.", []string{"LOCATED_IN Nimbus Cloud HK > Hong Kong"}, nil},
		{"en", "Harbour Peak Capital raised a new fund. Harbour Peak Capital was founded in 2019. Chan said the firm would open a Tokyo office next year.",
			[]string{"LOCATED_IN Harbour Peak Capital > Tokyo"}, nil},
		// A pronoun sentence after sentences that name no company: the text's company.
		{"zh-Hans", "云帆物流今年完成融资。云帆物流由李志明创立。李志明表示,资金将用于开拓东南亚市场。他否认公司有上市计划。公司还计划明年在新加坡设立区域办事处。",
			[]string{"LOCATED_IN 云帆物流 > 新加坡"}, nil},
		// A place and an industry before a descriptor describe the name after it.
		{"zh-Hant", "鄧卓衡期間與荷蘭半導體設備商VeldLitho會面。", []string{"LOCATED_IN VeldLitho > 荷蘭"}, nil},
		{"zh-Hans", "公司与瑞典电池生产商NorthCell签署合作协议。", []string{"LOCATED_IN NorthCell > 瑞典"}, nil},
		// "said the money would be used to enter …": the money is what the text's company raised.
		{"en", "Orbit Robotics has raised US$10 million. Orbit Robotics was founded in 2020 by Dr Mei Lin, a former Google engineer. In May its robots were certified by the Hong Kong Robotics Standards Agency (HKRSA). Lin said the money would be used to enter Vietnam and Thailand.",
			[]string{"TARGETS_MARKET Orbit Robotics > Vietnam", "TARGETS_MARKET Orbit Robotics > Thailand"}, []string{"TARGETS_MARKET Hong Kong Robotics Standards Agency > Vietnam"}},
		// A quote speaks for the speaker's company.
		{"zh-Hant", "星橋醫療今年完成融資。星橋醫療由三名醫生創立,並與瑞安醫院合作。創辦人陳大文稱：「我們下一步會研究進入印尼市場。」",
			[]string{"TARGETS_MARKET 星橋醫療 > 印尼"}, []string{"TARGETS_MARKET 瑞安醫院 > 印尼"}},
		// 新公司 is the company 定名為 named; 於…營運 locates.
		{"zh-Hant", "寶恒集團去年完成融資。「快遞通」與「倉易」上月宣布合併，新公司定名為「通易物流」。寶恒集團持有其兩成股權。行政總裁陳大文表示，新公司將優先拓展菲律賓市場。",
			[]string{"TARGETS_MARKET 通易物流 > 菲律賓"}, []string{"TARGETS_MARKET 寶恒集團 > 菲律賓"}},
		{"zh-Hans", "云帆物流目前于深圳及东莞共营运三个仓库。", []string{"LOCATED_IN 云帆物流 > 深圳", "LOCATED_IN 云帆物流 > 东莞"}, nil},
		// The speaker's company, named before the speaker's title, enters the market.
		{"zh-Hans", "云帆物流创始人兼行政总裁李志明透露，公司计划明年把业务扩展至马来西亚。", []string{"TARGETS_MARKET 云帆物流 > 马来西亚"}, nil},
		// The sentence's own subject, named before the speaker, is the speaker's company.
		{"zh-Hans", "港投公司宣布向云帆物流注资。云帆物流由三名工程师创立，其行政总裁李志明表示，公司计划把业务扩展至泰国。",
			[]string{"TARGETS_MARKET 云帆物流 > 泰国"}, []string{"TARGETS_MARKET 港投公司 > 泰国"}},
		// The speaker's company is the one the text names most, not one the speaker once worked at.
		{"en", "Orbit Robotics raised US$5 million on Monday. Orbit Robotics makes warehouse robots. Its founder Peter Chan, who previously worked at Acme Logistics, said the company would expand to Japan next year.",
			[]string{"TARGETS_MARKET Orbit Robotics > Japan"}, []string{"TARGETS_MARKET Acme Logistics > Japan"}},
		{"zh-Hant", "星橋醫療今年完成融資。星橋醫療由三名醫生創立,並與瑞安醫院合作。創辦人陳大文說公司計劃進軍東盟市場。",
			[]string{"TARGETS_MARKET 星橋醫療 > 東盟"}, []string{"TARGETS_MARKET 瑞安醫院 > 東盟"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang, Known: []Known{{ID: "hong-kong", Kind: "PLACE", Names: []string{"Hong Kong", "香港"}},
			{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport", "數碼港", "数码港"}}}}), c.want, c.not)
	}
}
